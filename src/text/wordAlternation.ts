/**
 * Regular-expression alternations built from word lists, so that patterns in every stage
 * read the shared lists of `src/text` instead of spelling words out again.
 *
 * @module
 */

const PATTERN_CHARACTER = /[.*+?^${}()|[\]\\/]/gu;

/** How {@link wordAlternation} writes each word. */
export type WordCase = "lower" | "capitalised";

/**
 * A regular-expression alternation of whole words, longest first so that "september" wins
 * over "sep", for building patterns from the shared word lists. Characters that mean
 * something in a pattern ("." in "a.m.") are escaped; the caller adds word boundaries
 * (lookarounds, not `\b`).
 *
 * @param words - lower-case words or phrases, e.g. the month names of `calendarWords`
 * @param wordCase - `"lower"` (for a pattern with the `i` flag) or `"capitalised"` ("January", for a case-sensitive pattern)
 * @returns the alternation without a group, e.g. `"september|february|…|may"`
 * @example
 * ```ts
 * wordAlternation(["sep", "september", "sept"]); // "september|sept|sep"
 * wordAlternation(["may", "june"], "capitalised"); // "June|May"
 * ```
 */
export function wordAlternation(words: Iterable<string>, wordCase: WordCase = "lower"): string {
  return [...new Set(words)]
    .sort((left, right) => right.length - left.length || left.localeCompare(right))
    .map((word) => (wordCase === "capitalised" ? word[0]?.toUpperCase() + word.slice(1) : word))
    .map((word) => word.replace(PATTERN_CHARACTER, "\\$&"))
    .join("|");
}
