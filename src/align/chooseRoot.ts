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
 * wins, as MemeTracker roots a quote cluster at its longest variant; ties go to the
 * wording more variants give word for word, then to the lower article id. The eligibility keeps a loose paraphrase that runs on into another
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
  // How many variants give each wording word for word: between two of equal weight the
  // wording more outlets give roots the group, then the article id decides, so the root
  // does not depend on the order the articles came in.
  const wording = drafts.map((draft) => draft.tokens.map((token) => token.stem).join(" "));
  const copies = new Map<string, number>();
  for (const text of wording) copies.set(text, (copies.get(text) ?? 0) + 1);
  let root = pool[0] ?? 0;
  let rootWeight = -1;
  for (const [position, index] of pool.entries()) {
    if ((shared[position] ?? 0) < rootCoverage * bestShared) continue;
    let weight = 0;
    for (const token of drafts[index]?.tokens ?? []) weight += token.weight;
    const tie = Math.abs(weight - rootWeight) <= 1e-9;
    if (weight > rootWeight + 1e-9 || (tie && rootsBefore(index, root))) {
      root = index;
      rootWeight = weight;
    }
  }
  return root;

  function rootsBefore(index: number, current: number): boolean {
    const mine = copies.get(wording[index] ?? "") ?? 0;
    const theirs = copies.get(wording[current] ?? "") ?? 0;
    if (mine !== theirs) return mine > theirs;
    const id = drafts[index]?.passage.articleId ?? "";
    const currentId = drafts[current]?.passage.articleId ?? "";
    return id < currentId;
  }
}
