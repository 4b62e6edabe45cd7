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
  const unmatched = new Map<string, QuoteToken[]>();
  for (const token of right) {
    const list = unmatched.get(token.stem);
    if (list) list.push(token);
    else unmatched.set(token.stem, [token]);
  }
  let shared = 0;
  let contentWords = 0;
  const leftovers: QuoteToken[] = [];
  for (const token of left) {
    const partner = unmatched.get(token.stem)?.pop();
    if (partner) {
      shared += Math.min(token.weight, partner.weight);
      contentWords += contentCount(token);
    } else leftovers.push(token);
  }
  if (leftovers.length === 0) return { weight: shared, contentWords };
  const rest = [...unmatched.values()].flat();
  const used = new Set<QuoteToken>();
  for (const token of leftovers) {
    if (token.functional) continue;
    for (const partner of rest) {
      if (used.has(partner) || partner.functional) continue;
      const quality = tokenMatch(token, partner);
      if (quality <= 0) continue;
      used.add(partner);
      shared += quality * Math.min(token.weight, partner.weight);
      contentWords += contentCount(token);
      break;
    }
  }
  return { weight: shared, contentWords };
}
