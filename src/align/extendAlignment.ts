import type { TokenAlignment } from "./alignTokens.js";
import type { QuoteToken } from "./quoteTokens.js";
import { tokenMatch } from "./tokenMatch.js";

// The widest swap read across, in words on either side ("intended" for "meant", "set out"
// for "planned").
const MAX_SWAP = 2;
// Content words the words after a swap must share when they do not run to a quote's end.
const MIN_CONTENT_AFTER = 2;

type Step = 1 | -1;

/** Words the walk may still compare, so that a long run of alike words read for several swaps stays linear. */
interface Budget {
  words: number;
}

/** How many words from (i, j) on, stepping one way, the two sequences print alike. */
function sharedRun(
  left: readonly QuoteToken[],
  right: readonly QuoteToken[],
  i: number,
  j: number,
  step: Step,
  budget: Budget,
): { length: number; content: number } {
  let length = 0;
  let content = 0;
  for (
    let a = i, b = j;
    a >= 0 && b >= 0 && a < left.length && b < right.length && budget.words > 0;
    a += step, b += step
  ) {
    budget.words--;
    const leftToken = left[a] as QuoteToken;
    const rightToken = right[b] as QuoteToken;
    if (tokenMatch(leftToken, rightToken) <= 0) break;
    length++;
    if (!leftToken.functional) content++;
  }
  return { length, content };
}

/**
 * Carries an alignment on past one end of its aligned stretch: a swapped word or two
 * followed by words both sides print alike. The pairs found, in the order the walk meets them.
 */
function extendEnd(
  left: readonly QuoteToken[],
  right: readonly QuoteToken[],
  from: [number, number],
  step: Step,
): [number, number][] {
  const added: [number, number][] = [];
  const budget: Budget = { words: 4 * MAX_SWAP * MAX_SWAP * (left.length + right.length) };
  let [i, j] = from;
  for (;;) {
    let best: { swapLeft: number; swapRight: number; length: number } | undefined;
    for (let swapLeft = 1; swapLeft <= MAX_SWAP && !best; swapLeft++) {
      for (let swapRight = 1; swapRight <= MAX_SWAP && !best; swapRight++) {
        const a = i + step * (swapLeft + 1);
        const b = j + step * (swapRight + 1);
        const run = sharedRun(left, right, a, b, step, budget);
        if (run.length === 0) continue;
        // The words after the swap reach the end of a quote, or carry enough content to
        // say the two are one sentence going on.
        const lastA = a + step * (run.length - 1);
        const lastB = b + step * (run.length - 1);
        const reachesEnd =
          step === 1
            ? lastA === left.length - 1 || lastB === right.length - 1
            : lastA === 0 || lastB === 0;
        if (reachesEnd ? run.content >= 1 : run.content >= MIN_CONTENT_AFTER)
          best = { swapLeft, swapRight, length: run.length };
      }
    }
    if (!best) return added;
    // Swapped words facing each other one for one; a longer side's extra word stays a gap.
    for (let k = 1; k <= Math.min(best.swapLeft, best.swapRight); k++)
      added.push([i + step * k, j + step * k]);
    i += step * best.swapLeft;
    j += step * best.swapRight;
    for (let k = 0; k < best.length; k++) {
      i += step;
      j += step;
      added.push([i, j]);
    }
  }
}

/**
 * An alignment carried on past the ends of its local stretch where a word is swapped in an
 * otherwise alike sentence ("because you meant to use it" / "because you intended to use
 * it"): the local alignment stops at the swap when the light words after it ("to use it")
 * weigh less than setting two content words against each other costs, and the words after
 * would read as moved. A reader sees one changed word; here the swapped words face each
 * other and the words after them align, when they run to the end of a quote with a content
 * word among them, or carry two content words.
 *
 * @param left - the first sequence (the root)
 * @param right - the second sequence (a variant)
 * @param alignment - their local alignment by {@link alignTokens}
 * @returns the alignment with the pairs found past its ends, in order, with their quality
 */
export function extendAlignment(
  left: readonly QuoteToken[],
  right: readonly QuoteToken[],
  alignment: TokenAlignment,
): TokenAlignment {
  const first = alignment.pairs[0];
  const last = alignment.pairs[alignment.pairs.length - 1];
  if (!first || !last) return alignment;
  const before = extendEnd(left, right, first, -1).reverse();
  const after = extendEnd(left, right, last, 1);
  if (before.length === 0 && after.length === 0) return alignment;
  const pairs = [...before, ...alignment.pairs, ...after];
  const qualityOf = ([i, j]: [number, number]) =>
    tokenMatch(left[i] as QuoteToken, right[j] as QuoteToken);
  return {
    score: alignment.score,
    pairs,
    quality: [...before.map(qualityOf), ...alignment.quality, ...after.map(qualityOf)],
  };
}
