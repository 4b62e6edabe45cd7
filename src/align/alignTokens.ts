import { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import type { QuoteToken } from "./quoteTokens.js";
import { tokenMatch } from "./tokenMatch.js";

/** Two token sequences aligned: the pairs set against each other, in order. */
export interface TokenAlignment {
  /** The alignment's score (0 when nothing aligns). */
  score: number;
  /** Aligned pairs `[i, j]` (token i of the first sequence against token j of the second), in order. */
  pairs: [number, number][];
  /** For each pair, how alike its tokens are (see {@link tokenMatch}). */
  quality: number[];
}

// Affine gap costs of the Smith–Waterman–Gotoh recurrence, in units of a content word's
// weight: opening a gap costs about one word, widening it a fifth of one, so that a
// variant's inserted clause stays one gap and the words on both sides of it still align.
const GAP_OPEN = 1;
const GAP_EXTEND = 0.2;
// Setting two different content words against each other costs more than leaving both
// out, so that reordered words show as moved, not as replaced.
const MISMATCH = 1.2;
// Two different function words ("the" for "a") are a cheap substitution.
const FUNCTION_MISMATCH = 0.1;

const FROM_START = 0;
const FROM_MATCH = 1;
const FROM_LEFT_GAP = 2;
const FROM_RIGHT_GAP = 3;

function pairScore(left: QuoteToken, right: QuoteToken): number {
  const weight = (left.weight + right.weight) / 2;
  const quality = tokenMatch(left, right);
  if (quality > 0) return quality * weight;
  if (left.functional && right.functional) return -FUNCTION_MISMATCH;
  return -MISMATCH * weight;
}

/**
 * Local alignment of two token sequences (Smith–Waterman with Gotoh's affine gaps) over
 * stems and weights: the best-scoring stretch that the two share, with words inserted on
 * either side as gaps and words of one family or one misspelt name set against each
 * other. Cost is the product of the lengths; callers cap them.
 *
 * @param left - the first sequence
 * @param right - the second sequence
 * @param workspace - scratch memory to reuse (one is made when none is given)
 * @returns the aligned pairs of the best local alignment
 */
export function alignTokens(
  left: readonly QuoteToken[],
  right: readonly QuoteToken[],
  workspace: AlignmentWorkspace = new AlignmentWorkspace(),
): TokenAlignment {
  const rows = left.length + 1;
  const columns = right.length + 1;
  workspace.reset(rows * columns);
  const { match, leftGap, rightGap, matchFrom, leftGapFrom, rightGapFrom } = workspace;
  let best = 0;
  let bestCell = -1;
  for (let i = 1; i < rows; i++) {
    const leftToken = left[i - 1] as QuoteToken;
    for (let j = 1; j < columns; j++) {
      const cell = i * columns + j;
      const diagonal = cell - columns - 1;
      // Best way to arrive at the diagonal cell; a new alignment may start anywhere.
      let previous = 0;
      let from = FROM_START;
      const diagonalMatch = match[diagonal] ?? 0;
      const diagonalLeft = leftGap[diagonal] ?? Number.NEGATIVE_INFINITY;
      const diagonalRight = rightGap[diagonal] ?? Number.NEGATIVE_INFINITY;
      if (diagonalMatch > previous) {
        previous = diagonalMatch;
        from = FROM_MATCH;
      }
      if (diagonalLeft > previous) {
        previous = diagonalLeft;
        from = FROM_LEFT_GAP;
      }
      if (diagonalRight > previous) {
        previous = diagonalRight;
        from = FROM_RIGHT_GAP;
      }
      const score = previous + pairScore(leftToken, right[j - 1] as QuoteToken);
      match[cell] = Math.max(score, 0);
      matchFrom[cell] = score > 0 ? from : FROM_START;
      if (score > best) {
        best = score;
        bestCell = cell;
      }
      // A left token unaligned: open from a match above or widen the gap above.
      const up = cell - columns;
      const open = (match[up] ?? 0) - GAP_OPEN;
      const widen = (leftGap[up] ?? Number.NEGATIVE_INFINITY) - GAP_EXTEND;
      leftGap[cell] = Math.max(open, widen);
      leftGapFrom[cell] = open >= widen ? FROM_MATCH : FROM_LEFT_GAP;
      const back = cell - 1;
      const openRight = (match[back] ?? 0) - GAP_OPEN;
      const widenRight = (rightGap[back] ?? Number.NEGATIVE_INFINITY) - GAP_EXTEND;
      rightGap[cell] = Math.max(openRight, widenRight);
      rightGapFrom[cell] = openRight >= widenRight ? FROM_MATCH : FROM_RIGHT_GAP;
    }
  }
  const pairs: [number, number][] = [];
  const quality: number[] = [];
  let cell = bestCell;
  let state = FROM_MATCH;
  while (cell > 0) {
    const i = Math.floor(cell / columns);
    const j = cell % columns;
    if (state === FROM_MATCH) {
      if ((match[cell] ?? 0) <= 0) break;
      pairs.push([i - 1, j - 1]);
      quality.push(tokenMatch(left[i - 1] as QuoteToken, right[j - 1] as QuoteToken));
      state = matchFrom[cell] ?? FROM_START;
      if (state === FROM_START) break;
      cell -= columns + 1;
    } else if (state === FROM_LEFT_GAP) {
      state = leftGapFrom[cell] ?? FROM_MATCH;
      cell -= columns;
    } else {
      state = rightGapFrom[cell] ?? FROM_MATCH;
      cell -= 1;
    }
  }
  pairs.reverse();
  quality.reverse();
  return { score: best, pairs, quality };
}
