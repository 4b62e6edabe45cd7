// Character tests used by every scanner of this stage. Each compiles its pattern once;
// ASCII gets a fast path because most news text is ASCII.
const LETTER_OR_DIGIT = /[\p{L}\p{M}\p{N}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;
const SPACE = /\s/u;

/** True when `char` is a letter, combining mark or digit (part of a word). */
export function isWordChar(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  return LETTER_OR_DIGIT.test(char);
}

/** True when `char` is an upper-case letter. */
export function isUpper(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return UPPER.test(char);
}

/** True when `char` is a lower-case letter. */
export function isLower(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  if (code < 128) return code >= 97 && code <= 122;
  return LOWER.test(char);
}

/** True when `char` is a digit 0-9. */
export function isDigit(char: string | undefined): boolean {
  if (char === undefined || char === "") return false;
  const code = char.charCodeAt(0);
  return code >= 48 && code <= 57;
}

/** True when `char` is white space (or absent, as at the edges of the text). */
export function isSpaceOrEdge(char: string | undefined): boolean {
  if (char === undefined || char === "") return true;
  const code = char.charCodeAt(0);
  if (code < 128) return code === 32 || (code >= 9 && code <= 13);
  return SPACE.test(char);
}

/**
 * True when the UTF-16 code unit at `index` of `text` is a letter, combining mark or digit.
 * The same test as {@link isWordChar} without cutting a one-character string, for scanners
 * that look at every character of an article.
 */
export function isWordCodeAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
  }
  if (Number.isNaN(code)) return false;
  return LETTER_OR_DIGIT.test(text[index] ?? "");
}
