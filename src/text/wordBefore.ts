import { isSpaceOrEdge, isWordChar } from "./chars.js";

/**
 * The word that ends right before `offset`, across one white-space character ("Orion" in
 * "Orion 1980" for the offset of 1980), or undefined when a word does not end there. A
 * backward scan of at most `maxLength` characters: linear, unlike a pattern such as
 * `/(\p{Lu}\p{L}*)\s$/` run on a slice.
 *
 * @param text - the text
 * @param offset - where the next token starts
 * @param maxLength - the longest word to read back
 * @returns the word, or undefined
 * @example
 * ```ts
 * wordBefore("Euro 2024 final", 5); // "Euro"
 * ```
 */
export function wordBefore(text: string, offset: number, maxLength = 40): string | undefined {
  const space = offset - 1;
  if (space < 0 || !isSpaceOrEdge(text[space]) || text[space] === undefined) return undefined;
  let start = space;
  while (start > 0 && space - start < maxLength && isWordChar(text[start - 1])) start--;
  return start === space ? undefined : text.slice(start, space);
}
