/**
 * The text without its trailing characters that pass `test` ("Harbour Lights,." → "Harbour
 * Lights"). One backward scan: the linear replacement for a pattern such as `/[,.;:]+$/`,
 * which a regular-expression engine retries from every position of a long run.
 *
 * @param text - any text
 * @param test - whether a character is to be trimmed
 * @returns `text` without the trailing run of such characters
 * @example
 * ```ts
 * trimEndWhere("Harbour Lights,", (char) => ",.;:!?".includes(char)); // "Harbour Lights"
 * ```
 */
export function trimEndWhere(text: string, test: (char: string) => boolean): string {
  let end = text.length;
  while (end > 0 && test(text[end - 1] ?? "")) end--;
  return end === text.length ? text : text.slice(0, end);
}
