import type { QuoteToken } from "./quoteTokens.js";

/**
 * The summed weight of some words.
 *
 * @param tokens - the words
 * @returns the sum of their weights
 */
export function totalWeight(tokens: readonly QuoteToken[]): number {
  let total = 0;
  for (const token of tokens) total += token.weight;
  return total;
}
