import { contentId } from "../text/hash.js";
import type { StoryGroup, StoryReason } from "../types.js";
import { averageLinkClusters, type WeightedEdge } from "./averageLinkClusters.js";
import type { CandidateIndex } from "./candidateIndex.js";
import type { FeatureLabels } from "./featureLabels.js";
import type { ResolvedStoryIndexOptions } from "./groupOptions.js";
import { type LabelledReason, scoreProfiles } from "./scoreProfiles.js";
import type { FeatureStatistics, StoryProfile } from "./storyProfile.js";
import { type ProfileNorms, profileNorms } from "./storySignals.js";

interface ScoredEdge extends WeightedEdge {
  nearDuplicate: boolean;
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
  /** The candidate index holding those slots. */
  index: CandidateIndex;
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

/**
 * Scores every proposed pair once: pairs that share an LSH band, or enough indexed terms
 * within the time window.
 */
function scoreCandidatePairs(indexed: IndexedProfiles): ScoredEdge[] {
  const { slotCount, profileAt, index, statistics, labels, options } = indexed;
  const edges: ScoredEdge[] = [];
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
  for (let slot = 0; slot < slotCount; slot++) {
    const profile = profileAt(slot);
    if (profile === undefined) continue;
    for (const [other, evidence] of index.candidates(profile, options.minSharedTerms, slot)) {
      if (other <= slot) continue;
      if (evidence.sharedBands === 0 && evidence.sharedTerms < options.minSharedTerms) continue;
      const otherProfile = profileAt(other);
      if (otherProfile === undefined) continue;
      if (evidence.sharedBands === 0) {
        if (!withinTimeWindow(profile, otherProfile, options.timeWindowDays)) continue;
      }
      const score = scoreProfiles(profile, otherProfile, statistics, options, labels, [
        normsAt(slot, profile),
        normsAt(other, otherProfile),
      ]);
      if (score.similarity <= 0) continue;
      edges.push({
        a: slot,
        b: other,
        similarity: score.similarity,
        nearDuplicate: score.nearDuplicate,
        reasons: score.reasons,
      });
    }
  }
  return edges;
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
    reasons.push({ kind, detail, weight: Math.round((entry.weight / edges.length) * 1000) / 1000 });
  }
  return reasons.sort(
    (x, y) => Math.abs(y.weight) - Math.abs(x.weight) || (x.kind < y.kind ? -1 : 1),
  );
}

/**
 * Groups indexed profiles into stories: scores the proposed pairs, clusters them by
 * average linkage at the same-story threshold, and says why each group holds together.
 *
 * @param indexed - the profiles, their index and statistics, and the resolved options
 * @returns story groups, ordered by their first member's slot
 */
export function groupProfiles(indexed: IndexedProfiles): StoryGroup[] {
  const { slotCount, profileAt, options } = indexed;
  const idAt = indexed.idAt ?? ((slot: number) => profileAt(slot)?.id);
  const edges = scoreCandidatePairs(indexed);
  const clusters = averageLinkClusters(slotCount, edges, options.sameStoryThreshold);
  const clusterOf = new Int32Array(slotCount).fill(-1);
  clusters.forEach((cluster, number) => {
    for (const slot of cluster) clusterOf[slot] = number;
  });
  const internal: ScoredEdge[][] = clusters.map(() => []);
  for (const edge of edges) {
    const number = clusterOf[edge.a] ?? -1;
    if (number >= 0 && number === clusterOf[edge.b]) internal[number]?.push(edge);
  }
  const groups: StoryGroup[] = [];
  clusters.forEach((cluster, number) => {
    const articleIds: string[] = [];
    for (const slot of cluster) {
      const id = idAt(slot);
      if (id !== undefined) articleIds.push(id);
    }
    if (articleIds.length === 0) return;
    const groupEdges = internal[number] ?? [];
    const id = storyGroupId(articleIds);
    if (articleIds.length === 1) {
      groups.push({ id, articleIds, kind: "single", reasons: [] });
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
      reasons: summariseReasons(groupEdges),
    });
  });
  return groups;
}
