import { contentId } from "../text/hash.js";
import type { StoryGroup, StoryReason } from "../types.js";
import {
  type AverageLinkClustering,
  averageLinkClustering,
  type ClusterLink,
  type WeightedEdge,
} from "./averageLinkClusters.js";
import { CandidateIndex, MAX_BUCKET_CANDIDATES } from "./candidateIndex.js";
import type { FeatureLabels } from "./featureLabels.js";
import type { ResolvedStoryIndexOptions } from "./groupOptions.js";
import { estimateJaccard } from "./minHash.js";
import { RecentHolders } from "./recentHolders.js";
import { type LabelledReason, scoreProfiles } from "./scoreProfiles.js";
import type { FeatureStatistics, StoryProfile } from "./storyProfile.js";
import { type ProfileNorms, profileNorms } from "./storySignals.js";

interface ScoredEdge extends WeightedEdge {
  nearDuplicate: boolean;
  sameStory: boolean;
  reasons: LabelledReason[];
}

const GROUP_DETAIL_ITEMS = 6;

/**
 * A group's id: a hash of its sorted member ids. Each id is escaped before the ids are
 * joined by newlines (backslash and newline written as `\\` and `\n`), so no two lists of
 * ids hash the same text: ["p\nq"] and ["p", "q"] get different ids, while ids without a
 * backslash or newline keep the ids they always had.
 *
 * @param articleIds - the member ids, in any order
 * @returns `story-` and the hash
 */
export function storyGroupId(articleIds: readonly string[]): string {
  const escaped = articleIds.map((id) =>
    id.includes("\\") || id.includes("\n")
      ? id.replace(/[\\\n]/gu, (mark) => (mark === "\n" ? "\\n" : "\\\\"))
      : id,
  );
  return `story-${contentId(escaped.sort().join("\n"))}`;
}

/** The indexed profiles to group, with what scoring them needs. */
export interface IndexedProfiles {
  /** Number of slots; removed slots stay counted. */
  slotCount: number;
  /** The profile in a slot (`undefined` for removed slots). */
  profileAt: (slot: number) => StoryProfile | undefined;
  /** The article id in a slot, without unpacking its profile (default: from the profile). */
  idAt?: (slot: number) => string | undefined;
  /** Document frequencies for rarity. */
  statistics: FeatureStatistics;
  /** How hashes read, for reasons. */
  labels: FeatureLabels;
  /** Resolved options. */
  options: ResolvedStoryIndexOptions;
}

/**
 * Whether two profiles are close enough in time to compare: always when either has no
 * publication day.
 */
export function withinTimeWindow(a: StoryProfile, b: StoryProfile, windowDays: number): boolean {
  if (a.publishedDay === undefined || b.publishedDay === undefined) return true;
  return Math.abs(a.publishedDay - b.publishedDay) <= windowDays;
}

// Estimated shingle Jaccard at which an article is folded into an earlier one: reprints
// that differ by a few words. Looser near copies (a new lead, a trimmed ending) are still
// scored in their own right, so a group does not depend on which copy came first.
const FOLD_JACCARD = 0.9;

/** Articles folded into representatives: near copies are scored once, through one of them. */
interface FoldedCopies {
  /** Each slot's representative (itself for a representative; -1 for a removed slot). */
  representativeOf: Int32Array;
  /** How many articles each representative stands for (0 for the others). */
  weights: Float64Array;
  /** The representatives' candidate index. */
  index: CandidateIndex;
}

/**
 * Folds exact and near copies into one representative each before any pair is scored.
 * Articles are taken in slot order; each is compared, by its MinHash signature only, with
 * the nearest earlier representatives that share an LSH band with it (at most
 * {@link MAX_BUCKET_CANDIDATES} per band), and joins the most similar one whose estimated
 * Jaccard similarity is at least {@link FOLD_JACCARD} (and at least `nearDuplicateJaccard`,
 * so the scorer would call the pair near copies too). An article that copies none becomes
 * a representative. Work and memory grow with the number of articles, however many copies
 * one story has.
 */
function foldCopies(indexed: IndexedProfiles): FoldedCopies {
  const { slotCount, profileAt, options } = indexed;
  const representativeOf = new Int32Array(slotCount).fill(-1);
  const weights = new Float64Array(slotCount);
  const index = new CandidateIndex(options.maxPostingsPerTerm);
  const signatures: (Uint16Array | undefined)[] = new Array(slotCount);
  const shingleCounts = new Uint32Array(slotCount);
  const foldAt = Math.max(FOLD_JACCARD, options.nearDuplicateJaccard);
  for (let slot = 0; slot < slotCount; slot++) {
    const profile = profileAt(slot);
    if (profile === undefined) continue;
    let representative = -1;
    let best = -1;
    if (profile.shingleCount > 0) {
      const nearest = index.candidates(profile, Number.POSITIVE_INFINITY, slot, {
        before: slot,
        perBucket: MAX_BUCKET_CANDIDATES,
        bandsOnly: true,
      });
      for (const [other] of nearest) {
        const signature = signatures[other];
        if (signature === undefined) continue;
        if ((shingleCounts[other] ?? 0) === 0) continue;
        const copy = estimateJaccard(profile.signature, signature);
        if (copy >= foldAt && copy > best) {
          best = copy;
          representative = other;
        }
      }
    }
    if (representative >= 0) {
      representativeOf[slot] = representative;
      weights[representative] = (weights[representative] ?? 0) + 1;
      continue;
    }
    representativeOf[slot] = slot;
    weights[slot] = 1;
    signatures[slot] = profile.signature;
    shingleCounts[slot] = profile.shingleCount;
    index.add(slot, profile);
  }
  return { representativeOf, weights, index };
}

/** Scores one pair of slots, given their profiles, into an edge with its reasons. */
type PairScorer = (
  a: number,
  aProfile: StoryProfile,
  b: number,
  bProfile: StoryProfile,
) => ScoredEdge;

/** Scores pairs of slots; each profile's norms are computed once, however often it is scored. */
function pairScorer(indexed: IndexedProfiles): PairScorer {
  const { slotCount, statistics, labels, options } = indexed;
  // Norms depend only on the profile and the (fixed) statistics: compute each once.
  const norms: (ProfileNorms | undefined)[] = new Array(slotCount);
  const normsAt = (slot: number, profile: StoryProfile) => {
    let cached = norms[slot];
    if (cached === undefined) {
      cached = profileNorms(profile, statistics);
      norms[slot] = cached;
    }
    return cached;
  };
  return (a, aProfile, b, bProfile) => {
    const scored = scoreProfiles(aProfile, bProfile, statistics, options, labels, [
      normsAt(a, aProfile),
      normsAt(b, bProfile),
    ]);
    return {
      a,
      b,
      similarity: scored.similarity,
      copy: scored.nearDuplicate,
      nearDuplicate: scored.nearDuplicate,
      sameStory: scored.sameStory,
      reasons: scored.reasons,
    };
  };
}

// Latest holders kept per term too common to propose candidates, for articles the indexes
// tie to no story.
const RECENT_HOLDERS = 8;
// Share of an article's too-common indexed terms a recent holder must share with it.
const COMMON_SHARE = 0.2;

/**
 * Scores the proposed pairs of representatives once each (pairs that share an LSH band,
 * or enough indexed terms within the time window; each article proposes only earlier
 * ones, at most {@link MAX_BUCKET_CANDIDATES} per band), and each folded copy against its
 * representative. An article that no proposed pair ties to a story also meets the latest
 * {@link RECENT_HOLDERS} earlier holders of each of its indexed terms that are too common to
 * propose anything, when it shares a fifth of them (and at least `minSharedTerms`) with one.
 */
function scoreCandidatePairs(
  indexed: IndexedProfiles,
  folded: FoldedCopies,
  score: PairScorer,
): { between: ScoredEdge[]; copies: ScoredEdge[] } {
  const { slotCount, profileAt, options } = indexed;
  const { representativeOf, index } = folded;
  const between: ScoredEdge[] = [];
  const copies: ScoredEdge[] = [];
  const recent = new RecentHolders(RECENT_HOLDERS);
  // Representatives that have copies, unpacked once for all their copies.
  const withCopies = new Map<number, StoryProfile>();
  for (let slot = 0; slot < slotCount; slot++) {
    const representative = representativeOf[slot] ?? -1;
    if (representative < 0) continue;
    const profile = profileAt(slot);
    if (profile === undefined) continue;
    if (representative !== slot) {
      let representativeProfile = withCopies.get(representative);
      if (representativeProfile === undefined) {
        representativeProfile = profileAt(representative);
        if (representativeProfile === undefined) continue;
        withCopies.set(representative, representativeProfile);
      }
      copies.push(score(representative, representativeProfile, slot, profile));
      continue;
    }
    const proposed = index.candidates(profile, options.minSharedTerms, slot, {
      before: slot,
      perBucket: MAX_BUCKET_CANDIDATES,
    });
    let tied = false;
    for (const [other, evidence] of proposed) {
      if (evidence.sharedBands === 0 && evidence.sharedTerms < options.minSharedTerms) continue;
      const otherProfile = profileAt(other);
      if (otherProfile === undefined) continue;
      if (evidence.sharedBands === 0) {
        if (!withinTimeWindow(profile, otherProfile, options.timeWindowDays)) continue;
      }
      const edge = score(other, otherProfile, slot, profile);
      if (edge.similarity > 0) between.push(edge);
      tied ||= edge.sameStory;
    }
    const common = profile.keyTerms.filter((term) => index.tooCommon(term));
    if (!tied) {
      // Tied to no story by the indexes: an article written in the words its whole story
      // shares (a short report of an event hundreds of outlets cover) has only terms too
      // common to propose anything. The latest holders of those terms stand in for them.
      // A write-up of the same story shares a good part of those words with the latest
      // write-ups; an unrelated article shares two or three of them by chance.
      const needed = Math.max(options.minSharedTerms, common.length * COMMON_SHARE);
      const nearest = recent.heldWith(common, needed);
      const known = nearest.length === 0 ? undefined : new Set(proposed.map(([other]) => other));
      for (const other of nearest) {
        if (known?.has(other)) continue;
        const otherProfile = profileAt(other);
        if (otherProfile === undefined) continue;
        if (!withinTimeWindow(profile, otherProfile, options.timeWindowDays)) continue;
        const edge = score(other, otherProfile, slot, profile);
        if (edge.similarity > 0) between.push(edge);
      }
    }
    for (const term of common) recent.note(term, slot);
  }
  return { between, copies };
}

// Articles sampled from each side of a link whose pairs were mostly never scored: up to
// SAMPLED_MEMBERS² pairs estimate its average. Passes over the clusters stop when one
// merges nothing, and after MAX_SAMPLING_PASSES at most, so the work stays linear.
const SAMPLED_MEMBERS = 6;
const MAX_SAMPLING_PASSES = 6;

/** Up to `count` members spread evenly over a sorted cluster. */
function spreadSample(members: readonly number[], count: number): number[] {
  if (members.length <= count) return [...members];
  return Array.from(
    { length: count },
    (_, index) => members[Math.floor((index * members.length) / count)] ?? 0,
  );
}

/**
 * Joins clusters that average linkage kept apart only for want of scored pairs. The
 * candidate indexes propose a bounded number of pairs per article (a term in too many
 * posting lists proposes none, an LSH bucket gives its nearest members), and average
 * linkage counts a pair never proposed as similarity 0. That is right for articles that
 * share nothing, but one story told by hundreds of outlets shares its words across all of
 * them: each article is proposed with a few dozen of the others, so the average over all
 * pairs between two halves of the story falls as the story grows, and it splits into
 * pieces held together by their densest pairs. So, for two clusters with a pair across them
 * scored as the same story while most pairs across them were never scored, at least one of
 * them held together by write-ups (it has a cohesion), the average is estimated from a
 * spread sample of the pairs across (each scored in full, a pair of articles that share
 * nothing scoring 0), and the clusters are clustered again as items under the same
 * threshold and cohesion rule, with the cohesion they already have; against a lone article
 * or a group of copies the estimate must also clear `cohesionRatio` of the other side's
 * cohesion. Repeated while that merges anything; a bounded number of pairs per link, a
 * bounded number of passes.
 */
function joinSampledLinks(
  first: AverageLinkClustering,
  context: {
    indexed: IndexedProfiles;
    between: readonly ScoredEdge[];
    weights: ArrayLike<number>;
    score: PairScorer;
  },
): AverageLinkClustering {
  const { indexed, between, weights, score } = context;
  const { slotCount, profileAt, options } = indexed;
  let clustering = first;
  for (let pass = 0; pass < MAX_SAMPLING_PASSES; pass++) {
    const { clusters, links } = clustering;
    const clusterOf = new Int32Array(slotCount).fill(-1);
    const clusterWeight = clusters.map((cluster, number) => {
      let total = 0;
      for (const slot of cluster) {
        clusterOf[slot] = number;
        total += weights[slot] ?? 0;
      }
      return total;
    });
    // Per link, the weight of the pairs across it that were scored, and whether one of
    // them scored as the same story.
    const scored = new Map<number, { pairs: number; sameStory: boolean }>();
    const keyOf = (x: number, y: number) => Math.min(x, y) * clusters.length + Math.max(x, y);
    for (const edge of between) {
      const a = clusterOf[edge.a] ?? -1;
      const b = clusterOf[edge.b] ?? -1;
      if (a < 0 || b < 0 || a === b) continue;
      const key = keyOf(a, b);
      const entry = scored.get(key) ?? { pairs: 0, sameStory: false };
      entry.pairs += (weights[edge.a] ?? 0) * (weights[edge.b] ?? 0);
      entry.sameStory ||= edge.sameStory;
      scored.set(key, entry);
    }
    const samples = new Map<number, number[]>();
    const sampleOf = (number: number) => {
      let sample = samples.get(number);
      if (sample === undefined) {
        sample = spreadSample(clusters[number] ?? [], SAMPLED_MEMBERS);
        samples.set(number, sample);
      }
      return sample;
    };
    let estimated = 0;
    const edges: WeightedEdge[] = links.map((link) => {
      const entry = scored.get(keyOf(link.first, link.second));
      const all = (clusterWeight[link.first] ?? 0) * (clusterWeight[link.second] ?? 0);
      const kept = { a: link.first, b: link.second, similarity: link.average };
      const firstCohesion = clustering.cohesion[link.first];
      const secondCohesion = clustering.cohesion[link.second];
      if (entry === undefined || !entry.sameStory || entry.pairs * 2 >= all) return kept;
      // Only a cluster held together by write-ups (one with a cohesion) is part of a story
      // whose pairs went unscored; between lone articles and groups of copies the scored
      // pairs say all there is, as before.
      if (firstCohesion === undefined && secondCohesion === undefined) return kept;
      let sum = 0;
      let pairs = 0;
      // Profiles are unpacked per link, not kept: a kept copy of every sampled profile would
      // cost an index's worth of memory.
      const others = sampleOf(link.second).map((slot) => [slot, profileAt(slot)] as const);
      for (const x of sampleOf(link.first)) {
        const xProfile = profileAt(x);
        if (xProfile === undefined) continue;
        for (const [y, yProfile] of others) {
          if (yProfile === undefined) continue;
          const weight = (weights[x] ?? 0) * (weights[y] ?? 0);
          const pair = x < y ? score(x, xProfile, y, yProfile) : score(y, yProfile, x, xProfile);
          sum += pair.similarity * weight;
          pairs += weight;
        }
      }
      const average = pairs > 0 ? sum / pairs : 0;
      // Against a lone article or a group of copies the cohesion rule has one side to go by:
      // the estimate stands only if it clears that side's share.
      const oneSided =
        firstCohesion === undefined || secondCohesion === undefined
          ? (firstCohesion ?? secondCohesion ?? 0)
          : 0;
      if (average < options.cohesionRatio * oneSided) return kept;
      estimated++;
      return { a: link.first, b: link.second, similarity: average };
    });
    if (estimated === 0) break;
    const again = averageLinkClustering(
      clusters.length,
      edges,
      options.sameStoryThreshold,
      clusterWeight,
      options.cohesionRatio,
      {
        sums: clustering.cohesion.map(
          (value, number) => (value ?? 0) * (clustering.cohesionPairs[number] ?? 0),
        ),
        pairs: clustering.cohesionPairs,
      },
    );
    if (again.clusters.length === clusters.length) {
      // Nothing merged: keep this pass's estimates as the links that say why.
      clustering = { ...clustering, links: again.links };
      break;
    }
    const merged = again.clusters.map((items) => {
      const slots: number[] = [];
      for (const item of items) for (const slot of clusters[item] ?? []) slots.push(slot);
      return slots.sort((x, y) => x - y);
    });
    clustering = { ...again, clusters: merged };
  }
  return clustering;
}

/** Sums the reasons of a group's pairs by kind: the average weight, the most shared items. */
function summariseReasons(edges: readonly ScoredEdge[]): StoryReason[] {
  const byKind = new Map<
    string,
    { weight: number; details: Map<string, number>; fallback: string }
  >();
  for (const edge of edges) {
    for (const reason of edge.reasons) {
      const key = reason.weight < 0 ? `${reason.kind}-` : reason.kind;
      const entry = byKind.get(key) ?? { weight: 0, details: new Map(), fallback: reason.detail };
      entry.weight += reason.weight;
      for (const item of reason.items) entry.details.set(item, (entry.details.get(item) ?? 0) + 1);
      byKind.set(key, entry);
    }
  }
  const reasons: StoryReason[] = [];
  for (const [key, entry] of byKind) {
    const kind = key.endsWith("-") ? key.slice(0, -1) : key;
    const items = [...entry.details]
      .sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))
      .slice(0, GROUP_DETAIL_ITEMS)
      .map(([item, count]) => (count > 1 ? `${item} (${count} pairs)` : item));
    let detail: string;
    if (key === "wording") {
      const copies = edges.filter((edge) => edge.nearDuplicate).length;
      detail =
        copies > 0
          ? `${copies} of ${edges.length} compared pairs are near copies`
          : `word sequences shared in ${edges.length} compared pairs`;
    } else if (items.length === 0) {
      detail = entry.fallback;
    } else detail = `${entry.fallback.split(":")[0] ?? kind}: ${items.join(", ")}`;
    reasons.push({ kind, detail, weight: round(entry.weight / edges.length) });
  }
  return reasons.sort(
    (x, y) => Math.abs(y.weight) - Math.abs(x.weight) || (x.kind < y.kind ? -1 : 1),
  );
}

const round = (value: number) => Math.round(value * 1000) / 1000;

/** Two clusters kept apart though one pair across them scored as one story. */
interface KeptApart {
  link: ClusterLink;
  /** The strongest pair across them that scored as the same story. */
  pair: ScoredEdge;
}

/**
 * Pairs of clusters that hold a pair scored as the same story (`scoreProfiles`' verdict, as
 * {@link scoreStoryPair} gives it), each with its strongest such pair: one per pair of
 * clusters, found in one pass over the scored edges.
 */
function keptApart(
  between: readonly ScoredEdge[],
  clusterOf: Int32Array,
  links: readonly ClusterLink[],
  clusterCount: number,
): KeptApart[] {
  const linkOf = new Map<number, ClusterLink>();
  for (const link of links) linkOf.set(link.first * clusterCount + link.second, link);
  const apart = new Map<number, KeptApart>();
  for (const edge of between) {
    if (!edge.sameStory) continue;
    const a = clusterOf[edge.a] ?? -1;
    const b = clusterOf[edge.b] ?? -1;
    if (a < 0 || b < 0 || a === b) continue;
    const key = Math.min(a, b) * clusterCount + Math.max(a, b);
    const link = linkOf.get(key);
    if (link === undefined) continue;
    const known = apart.get(key);
    if (known === undefined || edge.similarity > known.pair.similarity) {
      apart.set(key, { link, pair: edge });
    }
  }
  return [...apart.values()];
}

/**
 * A `linkage` reason on one of two groups kept apart: the other group, the pair across them
 * that scored as one story, and which rule kept them apart — average linkage (the link over
 * every pair across the two is under the same-story threshold) or the cohesion rule (the
 * link is under `cohesionRatio` of the looser group's cohesion). The weight is the link less
 * what was needed: negative, evidence against merging.
 */
function keptApartReason(
  link: ClusterLink,
  pair: ScoredEdge,
  context: {
    otherId: string;
    otherSize: number;
    cohesion: readonly [number | undefined, number | undefined];
    pairIds: readonly [string, string];
    options: ResolvedStoryIndexOptions;
  },
): StoryReason {
  const { otherId, otherSize, cohesion, pairIds, options } = context;
  const threshold = options.sameStoryThreshold;
  const [firstCohesion, secondCohesion] = cohesion;
  const looser =
    firstCohesion !== undefined && secondCohesion !== undefined
      ? Math.min(firstCohesion, secondCohesion)
      : undefined;
  const byCohesion = link.average >= threshold && looser !== undefined && options.cohesionRatio > 0;
  const needed = byCohesion && looser !== undefined ? options.cohesionRatio * looser : threshold;
  const articles = otherSize === 1 ? "1 article" : `${otherSize} articles`;
  const rule =
    byCohesion && looser !== undefined
      ? `under ${options.cohesionRatio} of the looser group's cohesion ${round(looser)} (${round(needed)} needed)`
      : `under the same-story threshold ${threshold}`;
  return {
    kind: "linkage",
    detail: `kept apart from ${otherId} (${articles}): average link ${round(link.average)} is ${rule}, though ${pairIds[0]} and ${pairIds[1]} score ${round(pair.similarity)}`,
    weight: round(link.average - needed),
  };
}

/**
 * Groups indexed profiles into stories: scores the proposed pairs, clusters them by
 * average linkage at the same-story threshold (two clusters that each hold several
 * articles only while their link is at least `cohesionRatio` of the looser one's
 * cohesion), joins clusters kept apart only for want of scored pairs (see
 * {@link joinSampledLinks}), and says why each group holds together.
 *
 * @param indexed - the profiles, their index and statistics, and the resolved options
 * @returns story groups, ordered by their first member's slot
 */
export function groupProfiles(indexed: IndexedProfiles): StoryGroup[] {
  const { slotCount, profileAt, options } = indexed;
  const idAt = indexed.idAt ?? ((slot: number) => profileAt(slot)?.id);
  const folded = foldCopies(indexed);
  const score = pairScorer(indexed);
  const { between, copies } = scoreCandidatePairs(indexed, folded, score);
  // Representatives are clustered, each weighing as many articles as it stands for; the
  // copies then join their representative's cluster.
  const clustering = joinSampledLinks(
    averageLinkClustering(
      slotCount,
      between,
      options.sameStoryThreshold,
      folded.weights,
      options.cohesionRatio,
    ),
    { indexed, between, weights: folded.weights, score },
  );
  // Lone copies and removed slots are left out here (copies join their representative
  // below); neither has a scored link, so no kept-apart pair refers to one.
  const kept = clustering.clusters.flatMap((cluster, position) => {
    const first = cluster[0] ?? -1;
    return cluster.length > 1 || folded.representativeOf[first] === first ? [position] : [];
  });
  const clusters = kept.map((position) => clustering.clusters[position] ?? []);
  const cohesion = kept.map((position) => clustering.cohesion[position]);
  const numberOf = new Int32Array(clustering.clusters.length).fill(-1);
  for (const [number, position] of kept.entries()) numberOf[position] = number;
  const links: ClusterLink[] = [];
  for (const link of clustering.links) {
    const first = numberOf[link.first] ?? -1;
    const second = numberOf[link.second] ?? -1;
    if (first >= 0 && second >= 0) links.push({ first, second, average: link.average });
  }
  const clusterOf = new Int32Array(slotCount).fill(-1);
  clusters.forEach((cluster, number) => {
    for (const slot of cluster) clusterOf[slot] = number;
  });
  const internal: ScoredEdge[][] = clusters.map(() => []);
  for (const edge of between) {
    const number = clusterOf[edge.a] ?? -1;
    if (number >= 0 && number === clusterOf[edge.b]) internal[number]?.push(edge);
  }
  for (const edge of copies) {
    const number = clusterOf[edge.a] ?? -1;
    if (number < 0) continue;
    clusters[number]?.push(edge.b);
    internal[number]?.push(edge);
  }
  const memberIds = clusters.map((cluster) => {
    cluster.sort((x, y) => x - y);
    const articleIds: string[] = [];
    for (const slot of cluster) {
      const id = idAt(slot);
      if (id !== undefined) articleIds.push(id);
    }
    return articleIds;
  });
  const groupIds = memberIds.map((articleIds) => storyGroupId(articleIds));
  const apartReasons: StoryReason[][] = clusters.map(() => []);
  const apart = keptApart(between, clusterOf, links, clusters.length);
  // Strongest link first, so the nearest miss leads.
  apart.sort((x, y) => y.link.average - x.link.average);
  for (const { link, pair } of apart) {
    const ends = [link.first, link.second];
    for (const [side, number] of ends.entries()) {
      const other = ends[1 - side] ?? -1;
      apartReasons[number]?.push(
        keptApartReason(link, pair, {
          otherId: groupIds[other] ?? "",
          otherSize: memberIds[other]?.length ?? 0,
          cohesion: [cohesion[link.first], cohesion[link.second]],
          pairIds: [idAt(pair.a) ?? "", idAt(pair.b) ?? ""],
          options,
        }),
      );
    }
  }
  const groups: StoryGroup[] = [];
  clusters.forEach((cluster, number) => {
    const articleIds = memberIds[number] ?? [];
    if (articleIds.length === 0) return;
    const groupEdges = internal[number] ?? [];
    const id = groupIds[number] ?? storyGroupId(articleIds);
    const againstOthers = apartReasons[number] ?? [];
    if (articleIds.length === 1) {
      groups.push({ id, articleIds, kind: "single", reasons: againstOthers });
      return;
    }
    const copied = new Set<number>();
    for (const edge of groupEdges) {
      if (edge.nearDuplicate) {
        copied.add(edge.a);
        copied.add(edge.b);
      }
    }
    const nearDuplicate = cluster.every((slot) => copied.has(slot));
    groups.push({
      id,
      articleIds,
      kind: nearDuplicate ? "near-duplicate" : "same-story",
      reasons: [...summariseReasons(groupEdges), ...againstOthers],
    });
  });
  return groups;
}
