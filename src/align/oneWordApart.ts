import type { QuoteToken } from "./quoteTokens.js";

// Words a sentence needs for one swapped word to leave it recognisably the same sentence.
const MIN_SWAP_TOKENS = 6;

/**
 * Whether two sentences are one another with at most one word swapped, added or dropped,
 * every other word in the same order ("This board has chosen to act" / "This board has
 * decided to act"). A short statement that changes one of its few content words shares
 * too few of them to pass as more than a phrase, yet a sentence repeated word for word
 * but one is a misquote, not two statements. Linear: the common start and end must meet.
 *
 * @param left - one sentence's words
 * @param right - the other's
 * @returns whether they differ in one word at most, each at least six words long
 */
export function oneWordApart(left: readonly QuoteToken[], right: readonly QuoteToken[]): boolean {
  const shorter = Math.min(left.length, right.length);
  if (shorter < MIN_SWAP_TOKENS || Math.abs(left.length - right.length) > 1) return false;
  let head = 0;
  while (head < shorter && left[head]?.stem === right[head]?.stem) head++;
  let tail = 0;
  while (
    tail < shorter - head &&
    left[left.length - 1 - tail]?.stem === right[right.length - 1 - tail]?.stem
  )
    tail++;
  return Math.max(left.length, right.length) - head - tail <= 1;
}
