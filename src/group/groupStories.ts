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
  // Folding copies into a representative, proposing only earlier articles, the latest
  // holders of common terms and the merge order of average linkage all take articles in
  // turn, so each step runs over the articles in the order of their ids: the same articles
  // then give the same groups however the caller ordered them (a copy with one extra line
  // otherwise speaks for all its copies when it happens to come first).
  const sorted = [...articles].sort((x, y) => (x.id < y.id ? -1 : x.id > y.id ? 1 : 0));
  const statistics: FeatureStatistics = { documentCount: 0, frequencies: new CountTable() };
  const readings = sorted.map((article) =>
    readStory(article, resolved.shingleSize, resolved.seed, resolved.extractEvidence),
  );
  // Lines repeated across otherwise different articles (an outlet's footer, newsletter
  // blurb or promo) are read out again, so they cannot tie an outlet's stories together.
  const cleaned = withoutBoilerplateLines(
    sorted,
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
  const groups = groupProfiles({
    slotCount: profiles.length,
    profileAt: (slot) => profiles[slot],
    statistics,
    labels,
    options: resolved,
  });
  return inInputOrder(groups, articles);
}

// Groups back in the caller's order: members in input order, groups by their first member.
function inInputOrder(groups: StoryGroup[], articles: readonly Article[]): StoryGroup[] {
  const position = new Map(articles.map((article, index) => [article.id, index]));
  const at = (id: string) => position.get(id) ?? 0;
  const reordered = groups.map((group) => ({
    ...group,
    articleIds: [...group.articleIds].sort((x, y) => at(x) - at(y)),
  }));
  return reordered.sort((x, y) => at(x.articleIds[0] ?? "") - at(y.articleIds[0] ?? ""));
}
