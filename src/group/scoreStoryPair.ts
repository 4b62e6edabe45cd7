import { assertArticle } from "../parse/validateArticle.js";
import type { Article, StoryPairScore } from "../types.js";
import { CountTable } from "./countTable.js";
import { FeatureLabels } from "./featureLabels.js";
import { type GroupOptions, resolveStoryIndexOptions } from "./groupOptions.js";
import { scoreProfiles } from "./scoreProfiles.js";
import { buildProfile, countReading, type FeatureStatistics } from "./storyProfile.js";
import { readStory } from "./storyReading.js";

/**
 * Says whether two articles tell one story, and why: shared wording (MinHash estimate),
 * distinctive terms, people, places, numbers, quotes and dates, each a weighted reason;
 * years or publication days far apart count against. Without a corpus, rarity is judged
 * from the two articles and a list of common English words, so a pair scored inside
 * {@link groupStories} (which weighs terms against the whole set) can differ a little.
 *
 * @param a - one parsed article
 * @param b - another
 * @param options - thresholds and evidence reader; defaults in {@link defaultGroupOptions}
 * @returns similarity from 0 to 1, `sameStory`, `nearDuplicate` and the reasons,
 *   strongest first
 * @throws CorroborateError with code `invalid-input` when `a` or `b` is not an Article, and
 *   `invalid-options` when an option is unknown or out of range
 * @example
 * ```ts
 * const score = scoreStoryPair(apArticle, reutersArticle);
 * // { similarity: 0.41, sameStory: true, nearDuplicate: false, reasons: [
 * //   { kind: "term", detail: "shared distinctive terms: lavrov, jordanian, veto", weight: 0.22 },
 * //   { kind: "quote", detail: "shared quote: “road to nowhere”", weight: 0.08 }, …] }
 * ```
 *
 * @group Group
 */
export function scoreStoryPair(a: Article, b: Article, options: GroupOptions = {}): StoryPairScore {
  assertArticle(a, "scoreStoryPair", ["a"]);
  assertArticle(b, "scoreStoryPair", ["b"]);
  const resolved = resolveStoryIndexOptions(options);
  const statistics: FeatureStatistics = { documentCount: 0, frequencies: new CountTable() };
  const labels = new FeatureLabels();
  const readings = [a, b].map((article) =>
    readStory(article, resolved.shingleSize, resolved.seed, resolved.extractEvidence),
  );
  for (const reading of readings) countReading(statistics, reading);
  const [first, second] = readings.map((reading) =>
    buildProfile(reading, statistics, resolved, labels),
  );
  if (first === undefined || second === undefined) {
    return { similarity: 0, sameStory: false, nearDuplicate: false, reasons: [] };
  }
  const score = scoreProfiles(first, second, statistics, resolved, labels);
  return {
    similarity: score.similarity,
    sameStory: score.sameStory,
    nearDuplicate: score.nearDuplicate,
    reasons: score.reasons.map(({ kind, detail, weight }) => ({ kind, detail, weight })),
  };
}
