import type { Passage } from "./collectPassages.js";

/** Which passages to compare: proposed pairs, and passages identical word for word. */
export interface Candidates {
  /** Pairs `[earlier, later]` of passage indices sharing word pairs, each once. */
  pairs: [number, number][];
  /** Pairs `[first, copy]` of full quotes whose stems are equal: linked without alignment. */
  identical: [number, number][];
}

// Content words this far apart in a quote make a seed, in either order, so that "security
// issues" and "issues of ensuring security" share one.
const SEED_SPAN = 2;

/** Unordered pairs of nearby content stems: the seeds of the n-gram index (as in passim). */
function seedsOf(passage: Passage): string[] {
  const stems = passage.tokens.filter((token) => !token.functional).map((token) => token.stem);
  const seeds = new Set<string>();
  for (let i = 0; i < stems.length; i++) {
    for (let j = i + 1; j <= i + SEED_SPAN && j < stems.length; j++) {
      const a = stems[i] as string;
      const b = stems[j] as string;
      if (a !== b) seeds.add(a < b ? `${a} ${b}` : `${b} ${a}`);
    }
  }
  return [...seeds].sort();
}

/**
 * Proposes the pairs of passages worth aligning without comparing all pairs: an inverted
 * index from seeds (nearby content-word pairs) to the passages that hold them. Each
 * passage looks up at most `maxPostings` earlier holders per seed and keeps the
 * `maxCandidates` that share the largest share of the smaller seed set (two seeds at
 * least, one for a fragment), so the cost stays linear in the number of quotes however
 * many repeat one phrase.
 *
 * @param passages - the story's passages, in order
 * @param options - the caps
 * @returns the pairs to align and the identical copies
 */
export function candidatePairs(
  passages: readonly Passage[],
  options: { maxCandidates: number; maxPostings: number },
): Candidates {
  const pairs: [number, number][] = [];
  const identical: [number, number][] = [];
  const firstWithStems = new Map<string, number>();
  const postings = new Map<string, number[]>();
  const seedCounts = new Map<number, number>();
  for (const passage of passages) {
    // Full quotes repeated word for word (wire copies) are linked without alignment;
    // fragments are not, as one short phrase may come from two speakers.
    const signature = passage.fragment ? "" : passage.tokens.map((token) => token.stem).join(" ");
    const first = firstWithStems.get(signature);
    if (first !== undefined) {
      identical.push([first, passage.index]);
      continue;
    }
    if (!passage.fragment) firstWithStems.set(signature, passage.index);
    const seeds = seedsOf(passage);
    seedCounts.set(passage.index, seeds.length);
    const shared = new Map<number, number>();
    for (const seed of seeds) {
      const holders = postings.get(seed);
      if (!holders) continue;
      for (let k = holders.length - 1; k >= 0 && k >= holders.length - options.maxPostings; k--) {
        const holder = holders[k] as number;
        shared.set(holder, (shared.get(holder) ?? 0) + 1);
      }
    }
    // Ranked by the share of the smaller seed set that is shared, so that a fragment whose
    // one seed a quote holds ranks with the quotes that share many.
    const chosen = [...shared.entries()]
      .filter(([holder, count]) => {
        const needed = passage.fragment || passages[holder]?.fragment ? 1 : 2;
        return count >= needed;
      })
      .map(([holder, count]) => {
        const smaller = Math.min(seeds.length, seedCounts.get(holder) ?? seeds.length);
        return [holder, count / Math.max(1, smaller)] as const;
      })
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, options.maxCandidates);
    for (const [holder] of [...chosen].sort((a, b) => a[0] - b[0])) {
      pairs.push([holder, passage.index]);
    }
    for (const seed of seeds) {
      const holders = postings.get(seed);
      if (holders) holders.push(passage.index);
      else postings.set(seed, [passage.index]);
    }
  }
  return { pairs, identical };
}
