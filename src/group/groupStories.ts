import { assertArticleList } from "../parse/validateArticle.js";
import type { Article, StoryGroup } from "../types.js";
import { withoutBoilerplateLines } from "./boilerplateLines.js";
import { CountTable } from "./countTable.js";
import { FeatureLabels } from "./featureLabels.js";
import { type GroupOptions, resolveStoryIndexOptions } from "./groupOptions.js";
import { groupProfiles } from "./groupProfiles.js";
import { buildProfile, countReading, type FeatureStatistics } from "./storyProfile.js";
import { readStory } from "./storyReading.js";

/**
 * Groups articles that tell the same story: near-verbatim copies (`near-duplicate`) and
 * independent write-ups of one event (`same-story`), while two events of one kind (two
 * earthquakes, two pirate attacks) stay apart. Two passes: the first reads every article
 * and counts how rare each term, name and number is across the set; the second keeps each
 * article's most distinctive terms, proposes pairs through LSH bands and an inverted term
 * index (never all pairs), scores them with reasons, and clusters by average linkage.
 * Lines repeated word for word across articles that otherwise differ (an outlet's footer
 * or newsletter blurb) are left out of the reading, so they cannot tie an outlet's
 * unrelated stories together; {@link StoryIndex}, which sees articles one at a time,
 * relies on the parser having removed them.
 *
 * @param articles - parsed articles; ids should be unique
 * @param options - see {@link GroupOptions}; defaults in {@link defaultGroupOptions}
 * @returns every article in exactly one group (`single` when alone), groups in the input
 *   order of their first member, members in input order
 * @throws CorroborateError with code `invalid-input` when `articles` is not an array of
 *   Articles with unique ids, and `invalid-options` when an option is unknown or out of range
 * @example
 * ```ts
 * const groups = groupStories([apStory, reutersStory, reprint, unrelated]);
 * // [{ id: "story-…", articleIds: ["ap", "reuters", "reprint"], kind: "same-story",
 * //    reasons: [{ kind: "person", detail: "shared names: Sergey Lavrov, …", weight: 0.21 }, …] },
 * //  { id: "story-…", articleIds: ["unrelated"], kind: "single", reasons: [] }]
 * ```
 *
 * @group Group
 */
export function groupStories(
  articles: readonly Article[],
  options: GroupOptions = {},
): StoryGroup[] {
  assertArticleList(articles, "groupStories");
  const resolved = resolveStoryIndexOptions(options);
  const statistics: FeatureStatistics = { documentCount: 0, frequencies: new CountTable() };
  const readings = articles.map((article) =>
    readStory(article, resolved.shingleSize, resolved.seed, resolved.extractEvidence),
  );
  // Lines repeated across otherwise different articles (an outlet's footer, newsletter
  // blurb or promo) are read out again, so they cannot tie an outlet's stories together.
  const cleaned = withoutBoilerplateLines(
    articles,
    readings.map((reading) => reading.shingleHashes),
    resolved.seed,
  );
  for (const [index, article] of cleaned) {
    readings[index] = readStory(
      article,
      resolved.shingleSize,
      resolved.seed,
      resolved.extractEvidence,
    );
  }
  for (const reading of readings) countReading(statistics, reading);
  const labels = new FeatureLabels();
  const profiles = readings.map((reading) => buildProfile(reading, statistics, resolved, labels));
  return groupProfiles({
    slotCount: profiles.length,
    profileAt: (slot) => profiles[slot],
    statistics,
    labels,
    options: resolved,
  });
}
