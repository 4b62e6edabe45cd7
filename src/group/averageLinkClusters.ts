/** A scored pair of items, by index. */
export interface WeightedEdge {
  /** One item's index. */
  a: number;
  /** The other item's index. */
  b: number;
  /** Similarity from 0 to 1. */
  similarity: number;
  /**
   * The two are copies of one text (a press release or wire story run twice): the pair
   * joins their clusters like any other but does not count towards cohesion.
   */
  copy?: boolean;
}

interface HeapEntry {
  average: number;
  first: number;
  second: number;
  firstVersion: number;
  secondVersion: number;
}

// Highest average first; ties broken by cluster ids so the result never depends on
// insertion order.
function before(x: HeapEntry, y: HeapEntry): boolean {
  if (x.average !== y.average) return x.average > y.average;
  if (x.first !== y.first) return x.first < y.first;
  return x.second < y.second;
}

class EntryHeap {
  private readonly entries: HeapEntry[] = [];

  get size(): number {
    return this.entries.length;
  }

  push(entry: HeapEntry): void {
    const entries = this.entries;
    entries.push(entry);
    let index = entries.length - 1;
    while (index > 0) {
      const parent = (index - 1) >> 1;
      const parentEntry = entries[parent];
      if (parentEntry === undefined || !before(entry, parentEntry)) break;
      entries[index] = parentEntry;
      index = parent;
    }
    entries[index] = entry;
  }

  pop(): HeapEntry | undefined {
    const entries = this.entries;
    const top = entries[0];
    const last = entries.pop();
    if (top === undefined || last === undefined || entries.length === 0) return top;
    let index = 0;
    for (;;) {
      const left = index * 2 + 1;
      const right = left + 1;
      let best = left;
      const leftEntry = entries[left];
      if (leftEntry === undefined) break;
      const rightEntry = entries[right];
      if (rightEntry !== undefined && before(rightEntry, leftEntry)) best = right;
      const bestEntry = entries[best];
      if (bestEntry === undefined || !before(bestEntry, last)) break;
      entries[index] = bestEntry;
      index = best;
    }
    entries[index] = last;
    return top;
  }
}

/**
 * Average-linkage agglomerative clustering over a sparse similarity graph: pairs that
 * were never proposed count as similarity 0, so the work follows the number of edges,
 * not the square of the number of items. Average linkage (unlike single linkage) does not
 * chain two stories together through one ambiguous pair.
 *
 * Two clusters that each hold several articles also merge only while their average link
 * is at least `cohesionRatio` times the cohesion of the looser one (the average link of
 * the merges that built it). Two events of one kind (two pirate attacks in one gulf, two
 * product launches of one firm) each form a tight cluster whose articles share names and
 * figures, joined to the other by the topic's vocabulary alone: their link clears an
 * absolute threshold but is a fraction of either cluster's cohesion. Halves of one
 * event's coverage link at most of their cohesion. The rule compares a cluster with
 * itself, so it holds whatever the corpus does to the scale of similarities. Pairs marked
 * `copy` (two runs of one press release or wire story) join clusters but are left out of
 * cohesion: copies hold together more tightly than any two write-ups of their event, and
 * counted in they would keep the rest of its coverage out.
 *
 * @param count - number of items, indexed 0 … count − 1
 * @param edges - scored pairs (each unordered pair at most once)
 * @param threshold - merge while the best average similarity is at least this
 * @param weights - how many articles each item stands for (a representative of folded
 *   copies stands for all of them, each with the representative's similarities); 1 each
 *   by default
 * @param cohesionRatio - share of the looser cluster's cohesion that two clusters of
 *   several articles must link at to merge; 0 turns the rule off
 * @returns clusters as sorted index lists, ordered by their smallest index
 */
export function averageLinkClusters(
  count: number,
  edges: readonly WeightedEdge[],
  threshold: number,
  weights?: ArrayLike<number>,
  cohesionRatio = 0,
): number[][] {
  return averageLinkClustering(count, edges, threshold, weights, cohesionRatio).clusters;
}

/** Two final clusters that were left with a link: why they did not merge can be read off. */
export interface ClusterLink {
  /** One cluster's position in {@link AverageLinkClustering.clusters}. */
  first: number;
  /** The other's (greater than `first`). */
  second: number;
  /** The average similarity over every pair of articles across the two. */
  average: number;
}

/** Clusters with what decided their borders. */
export interface AverageLinkClustering {
  /** Clusters as sorted index lists, ordered by their smallest index. */
  clusters: number[][];
  /**
   * Each cluster's cohesion (the average link of the merges that built it), or `undefined`
   * for a cluster never merged (a lone item, whatever its weight).
   */
  cohesion: (number | undefined)[];
  /**
   * How many pairs of articles each cluster's cohesion averages over (0 for a cluster never
   * merged), so a later pass can go on from these clusters as items.
   */
  cohesionPairs: number[];
  /** The links left between clusters: each pair once, none of them at zero. */
  links: ClusterLink[];
}

/** What items bring from an earlier clustering: the cohesion each already has. */
export interface PriorCohesion {
  /** Per item, the summed similarity of the article pairs its cohesion averages over. */
  sums: ArrayLike<number>;
  /** Per item, how many article pairs that is (0 for none). */
  pairs: ArrayLike<number>;
}

/**
 * {@link averageLinkClusters}, also returning each cluster's cohesion and the average links
 * left between clusters. At the end every link is either under `threshold` (average linkage
 * keeps the clusters apart) or, between two merged clusters, under `cohesionRatio` times the
 * looser one's cohesion (the cohesion rule does): a merge that cleared both would have been
 * made. So a reader can say why two articles that scored as one story ended apart.
 *
 * @param count - number of items, indexed 0 … count − 1
 * @param edges - scored pairs (each unordered pair at most once)
 * @param threshold - merge while the best average similarity is at least this
 * @param weights - how many articles each item stands for; 1 each by default
 * @param cohesionRatio - as in {@link averageLinkClusters}; 0 turns the rule off
 * @param prior - the cohesion items already have (clusters of an earlier pass taken as
 *   items); none by default
 * @returns the clusters, their cohesion and the links between them
 */
export function averageLinkClustering(
  count: number,
  edges: readonly WeightedEdge[],
  threshold: number,
  weights?: ArrayLike<number>,
  cohesionRatio = 0,
  prior?: PriorCohesion,
): AverageLinkClustering {
  const members: (number[] | undefined)[] = Array.from({ length: count }, (_, index) => [index]);
  const links: (Map<number, number> | undefined)[] = Array.from({ length: count }, () => new Map());
  const versions = new Uint32Array(count);
  // Cluster weights: the number of articles a cluster stands for. Link sums add the
  // similarities of every pair of articles across two clusters.
  const weight = Float64Array.from({ length: count }, (_, index) => weights?.[index] ?? 1);
  // Cohesion of a cluster built by merges: the summed link of each merge (the similarity of
  // every pair of articles it joined) over the number of those pairs. A lone item (even a
  // representative of folded copies, whose copies were never scored here) has none.
  const cohesionSum = Float64Array.from({ length: count }, (_, index) => prior?.sums[index] ?? 0);
  const cohesionPairs = Float64Array.from(
    { length: count },
    (_, index) => prior?.pairs[index] ?? 0,
  );
  const cohesion = (cluster: number) => (cohesionSum[cluster] ?? 0) / (cohesionPairs[cluster] ?? 1);
  // The part of a link made of copy pairs (by the key of the two clusters): its summed
  // similarity and its weighted number of pairs, left out of cohesion when the two merge.
  const copySums = new Map<number, number>();
  const copyPairs = new Map<number, number>();
  const pairKey = (x: number, y: number) => Math.min(x, y) * count + Math.max(x, y);
  const heap = new EntryHeap();
  for (const edge of edges) {
    if (edge.a === edge.b) continue;
    const first = Math.min(edge.a, edge.b);
    const second = Math.max(edge.a, edge.b);
    const firstLinks = links[first];
    const secondLinks = links[second];
    if (firstLinks === undefined || secondLinks === undefined) continue;
    const pairs = (weight[first] ?? 1) * (weight[second] ?? 1);
    const sum = (firstLinks.get(second) ?? 0) + edge.similarity * pairs;
    firstLinks.set(second, sum);
    secondLinks.set(first, sum);
    if (edge.copy === true) {
      const key = pairKey(first, second);
      copySums.set(key, (copySums.get(key) ?? 0) + edge.similarity * pairs);
      copyPairs.set(key, (copyPairs.get(key) ?? 0) + pairs);
    }
  }
  for (let first = 0; first < count; first++) {
    for (const [second, sum] of links[first] ?? []) {
      const average = sum / ((weight[first] ?? 1) * (weight[second] ?? 1));
      if (second > first && average >= threshold) {
        heap.push({ average, first, second, firstVersion: 0, secondVersion: 0 });
      }
    }
  }
  while (heap.size > 0) {
    const entry = heap.pop();
    if (entry === undefined || entry.average < threshold) break;
    if (
      versions[entry.first] !== entry.firstVersion ||
      versions[entry.second] !== entry.secondVersion
    ) {
      continue;
    }
    if (
      cohesionRatio > 0 &&
      (cohesionPairs[entry.first] ?? 0) > 0 &&
      (cohesionPairs[entry.second] ?? 0) > 0 &&
      entry.average < cohesionRatio * Math.min(cohesion(entry.first), cohesion(entry.second))
    ) {
      // Kept apart for now; a later merge into either cluster pushes their link again.
      continue;
    }
    const firstMembers = members[entry.first];
    const secondMembers = members[entry.second];
    const firstLinks = links[entry.first];
    const secondLinks = links[entry.second];
    if (!firstMembers || !secondMembers || !firstLinks || !secondLinks) continue;
    // Keep the cluster with more links and fold the other into it.
    const keepFirst = firstLinks.size >= secondLinks.size;
    const kept = keepFirst ? entry.first : entry.second;
    const gone = keepFirst ? entry.second : entry.first;
    const keptLinks = keepFirst ? firstLinks : secondLinks;
    const goneLinks = keepFirst ? secondLinks : firstLinks;
    keptLinks.delete(gone);
    goneLinks.delete(kept);
    const joinedKey = pairKey(kept, gone);
    const joinedCopySum = copySums.get(joinedKey) ?? 0;
    const joinedCopyPairs = copyPairs.get(joinedKey) ?? 0;
    copySums.delete(joinedKey);
    copyPairs.delete(joinedKey);
    for (const [neighbour, sum] of goneLinks) {
      const neighbourLinks = links[neighbour];
      if (neighbourLinks === undefined) continue;
      neighbourLinks.delete(gone);
      const merged = (keptLinks.get(neighbour) ?? 0) + sum;
      keptLinks.set(neighbour, merged);
      neighbourLinks.set(kept, merged);
      const goneKey = pairKey(gone, neighbour);
      const goneCopyPairs = copyPairs.get(goneKey);
      if (goneCopyPairs !== undefined) {
        const keptKey = pairKey(kept, neighbour);
        copySums.set(keptKey, (copySums.get(keptKey) ?? 0) + (copySums.get(goneKey) ?? 0));
        copyPairs.set(keptKey, (copyPairs.get(keptKey) ?? 0) + goneCopyPairs);
        copySums.delete(goneKey);
        copyPairs.delete(goneKey);
      }
    }
    // The smaller list joins the larger one in place: a cluster grown one member at a time
    // costs linear time, not quadratic.
    const [larger, smaller] =
      firstMembers.length >= secondMembers.length
        ? [firstMembers, secondMembers]
        : [secondMembers, firstMembers];
    for (const member of smaller) larger.push(member);
    const keptMembers = larger;
    members[kept] = keptMembers;
    const joinedPairs = (weight[kept] ?? 1) * (weight[gone] ?? 1);
    cohesionSum[kept] =
      (cohesionSum[kept] ?? 0) +
      (cohesionSum[gone] ?? 0) +
      entry.average * joinedPairs -
      joinedCopySum;
    cohesionPairs[kept] =
      (cohesionPairs[kept] ?? 0) + (cohesionPairs[gone] ?? 0) + joinedPairs - joinedCopyPairs;
    weight[kept] = (weight[kept] ?? 1) + (weight[gone] ?? 1);
    members[gone] = undefined;
    links[gone] = undefined;
    versions[kept] = (versions[kept] ?? 0) + 1;
    versions[gone] = (versions[gone] ?? 0) + 1;
    for (const [neighbour, sum] of keptLinks) {
      const neighbourMembers = members[neighbour];
      if (neighbourMembers === undefined) continue;
      const average = sum / ((weight[kept] ?? 1) * (weight[neighbour] ?? 1));
      if (average < threshold) continue;
      const first = Math.min(kept, neighbour);
      const second = Math.max(kept, neighbour);
      heap.push({
        average,
        first,
        second,
        firstVersion: versions[first] ?? 0,
        secondVersion: versions[second] ?? 0,
      });
    }
  }
  // Survivors in order of their smallest member, so positions match the sorted clusters.
  const survivors: { id: number; members: number[] }[] = [];
  members.forEach((cluster, id) => {
    if (cluster !== undefined) survivors.push({ id, members: [...cluster].sort((x, y) => x - y) });
  });
  survivors.sort((x, y) => (x.members[0] ?? 0) - (y.members[0] ?? 0));
  const positionOf = new Int32Array(count).fill(-1);
  for (const [position, survivor] of survivors.entries()) positionOf[survivor.id] = position;
  const clusterLinks: ClusterLink[] = [];
  for (const [position, survivor] of survivors.entries()) {
    for (const [neighbour, sum] of links[survivor.id] ?? []) {
      const other = positionOf[neighbour] ?? -1;
      if (other <= position || sum <= 0) continue;
      const average = sum / ((weight[survivor.id] ?? 1) * (weight[neighbour] ?? 1));
      clusterLinks.push({ first: position, second: other, average });
    }
  }
  return {
    clusters: survivors.map((survivor) => survivor.members),
    cohesion: survivors.map((survivor) =>
      (cohesionPairs[survivor.id] ?? 0) > 0 ? cohesion(survivor.id) : undefined,
    ),
    cohesionPairs: survivors.map((survivor) => cohesionPairs[survivor.id] ?? 0),
    links: clusterLinks,
  };
}
