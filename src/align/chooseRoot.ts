import type { VariantDraft } from "./variantDraft.js";

function contentStems(draft: VariantDraft): Map<string, number> {
  const stems = new Map<string, number>();
  for (const token of draft.tokens) {
    if (!token.functional && !stems.has(token.stem)) stems.set(token.stem, token.weight);
  }
  return stems;
}

/**
 * The root of a group: its fullest version. Among the full quotes (partial ones only when
 * there is nothing else), those carrying at least `rootCoverage` of the best share of the
 * words two or more variants have are eligible, and the one with the most word weight
 * wins, as MemeTracker roots a quote cluster at its longest variant; ties go to the first
 * in article order. The eligibility keeps a loose paraphrase that runs on into another
 * sentence from rooting the group just because it is long.
 *
 * @param drafts - the group's variants, in output order
 * @param rootCoverage - share of the best coverage of shared words a root needs
 * @returns the index of the root
 */
export function chooseRoot(drafts: readonly VariantDraft[], rootCoverage: number): number {
  const stemsOf = drafts.map(contentStems);
  const carriers = new Map<string, number>();
  for (const stems of stemsOf) {
    for (const stem of stems.keys()) carriers.set(stem, (carriers.get(stem) ?? 0) + 1);
  }
  const full = drafts.map((_, index) => index).filter((index) => drafts[index]?.role !== "partial");
  const pool = full.length > 0 ? full : drafts.map((_, index) => index);
  const sharedWeight = (index: number) => {
    let total = 0;
    for (const [stem, weight] of stemsOf[index] ?? new Map<string, number>()) {
      if ((carriers.get(stem) ?? 0) >= 2) total += weight;
    }
    return total;
  };
  const shared = pool.map(sharedWeight);
  const bestShared = shared.reduce((best, value) => Math.max(best, value), 0);
  let root = pool[0] ?? 0;
  let rootWeight = -1;
  for (const [position, index] of pool.entries()) {
    if ((shared[position] ?? 0) < rootCoverage * bestShared) continue;
    let weight = 0;
    for (const token of drafts[index]?.tokens ?? []) weight += token.weight;
    if (weight > rootWeight + 1e-9) {
      root = index;
      rootWeight = weight;
    }
  }
  return root;
}
