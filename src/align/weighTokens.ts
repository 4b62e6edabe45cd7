import type { Passage } from "./collectPassages.js";

// What a function word weighs against a content word's 1 and more.
const FUNCTION_WORD_WEIGHT = 0.2;

/**
 * Sets every token's weight for one story: 0.2 for a function word, else
 * 1 + ½·ln((N+1)/df), N the story's passages and df those carrying the stem. A word most
 * quotes of the story repeat ("security" in a story about security guarantees) says less
 * about which statement a sentence is than a word only two quotes share ("utopia").
 *
 * @param passages - the story's passages; their tokens are given weights in place
 *   (they were built for this call, nothing outside sees them)
 */
export function weighTokens(passages: readonly Passage[]): void {
  const documentFrequency = new Map<string, number>();
  for (const passage of passages) {
    const seen = new Set<string>();
    for (const token of passage.tokens) {
      if (token.functional || seen.has(token.stem)) continue;
      seen.add(token.stem);
      documentFrequency.set(token.stem, (documentFrequency.get(token.stem) ?? 0) + 1);
    }
  }
  const total = passages.length;
  for (const passage of passages) {
    for (const token of passage.tokens) {
      token.weight = token.functional
        ? FUNCTION_WORD_WEIGHT
        : 1 + 0.5 * Math.log((total + 1) / (documentFrequency.get(token.stem) ?? 1));
    }
  }
}
