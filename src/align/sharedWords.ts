import type { QuoteToken } from "./quoteTokens.js";
import { tokenMatch } from "./tokenMatch.js";

/** What two stretches of words share: the weight, and how many content words. */
export interface SharedWords {
  /** Shared weight. */
  weight: number;
  /**
   * Content words of `left` matched; a capitalised word counts half, since a shared
   * name ("Prime Minister George Papandreou") says who is spoken of, not what was said.
   */
  contentWords: number;
}

function contentCount(token: QuoteToken): number {
  if (token.functional) return 0;
  return token.nameKey === "" ? 1 : 0.5;
}

/**
 * What two stretches of words share in any order: each word of one is matched with at
 * most one word of the other, same stems first, then word families ("russia" and
 * "russian") at 0.7. The order-free measure is what lets "security issues" and "issues of
 * ensuring security" count as the same words.
 *
 * @param left - one stretch (a sentence, a fragment)
 * @param right - the other
 * @returns the shared weight (at most the lighter stretch's total) and content-word count
 */
export function sharedWords(
  left: readonly QuoteToken[],
  right: readonly QuoteToken[],
): SharedWords {
  // Sentences are short: two passes over pairs beat building an index, and allocate little.
  const used = new Uint8Array(right.length);
  const matched = new Uint8Array(left.length);
  let shared = 0;
  let contentWords = 0;
  for (let i = 0; i < left.length; i++) {
    const token = left[i] as QuoteToken;
    for (let j = 0; j < right.length; j++) {
      const partner = right[j] as QuoteToken;
      if (used[j] === 1 || partner.stem !== token.stem) continue;
      used[j] = 1;
      matched[i] = 1;
      shared += Math.min(token.weight, partner.weight);
      contentWords += contentCount(token);
      break;
    }
  }
  for (let i = 0; i < left.length; i++) {
    const token = left[i] as QuoteToken;
    if (matched[i] === 1 || token.functional) continue;
    for (let j = 0; j < right.length; j++) {
      const partner = right[j] as QuoteToken;
      if (used[j] === 1 || partner.functional) continue;
      const quality = tokenMatch(token, partner);
      if (quality <= 0) continue;
      used[j] = 1;
      shared += quality * Math.min(token.weight, partner.weight);
      contentWords += contentCount(token);
      break;
    }
  }
  return { weight: shared, contentWords };
}
