import type {
  ComparedArticle,
  Comparison,
  Discrepancy,
  Exclusive,
  QuoteGroup,
  StoryGroup,
} from "../types.js";
import { storyTimeline, type TimelineEntry } from "./storyTimeline.js";

/** What a report shows of one story: its articles and everything found about them. */
export interface StoryReport {
  /** The story. */
  story: StoryGroup;
  /** A title for the story: the headline of its first article that has one, else its id. */
  title: string;
  /** The story's articles, in the story's order. */
  articles: ComparedArticle[];
  /** The story's findings, conflicts first, in the comparison's order otherwise. */
  discrepancies: Discrepancy[];
  /** The statements two or more of its outlets quote. */
  quoteGroups: QuoteGroup[];
  /** Statements only one outlet quotes (shown as a count; the exclusives list them). */
  singleQuoteGroups: number;
  /** What only one outlet reports. */
  exclusives: Exclusive[];
  /** The dates its outlets report. */
  timeline: TimelineEntry[];
}

/**
 * Splits a comparison into what the report shows per story, in the comparison's story
 * order. An article no story lists is reported as a story of its own, so nothing
 * compared goes missing from the report. Linear in the size of the comparison.
 *
 * @param comparison - the comparison
 * @returns one report section per story
 */
export function storyReports(comparison: Comparison): StoryReport[] {
  const articleById = new Map(comparison.articles.map((article) => [article.id, article]));
  const stories: StoryGroup[] = [...comparison.stories];
  const listed = new Set(stories.flatMap((story) => story.articleIds));
  for (const article of comparison.articles) {
    if (!listed.has(article.id))
      stories.push({ id: article.id, articleIds: [article.id], kind: "single", reasons: [] });
  }
  const byStory = <T extends { storyId: string }>(items: readonly T[]): Map<string, T[]> => {
    const map = new Map<string, T[]>();
    for (const item of items) {
      const list = map.get(item.storyId);
      if (list === undefined) map.set(item.storyId, [item]);
      else list.push(item);
    }
    return map;
  };
  const discrepancies = byStory(comparison.discrepancies);
  const quoteGroups = byStory(comparison.quoteGroups);
  const exclusives = new Map(comparison.exclusives.map((entry) => [entry.storyId, entry.items]));
  return stories.map((story) => {
    const articles = story.articleIds
      .map((id) => articleById.get(id))
      .filter((article): article is ComparedArticle => article !== undefined);
    const groups = quoteGroups.get(story.id) ?? [];
    const findings = discrepancies.get(story.id) ?? [];
    return {
      story,
      title: articles.find((article) => article.headline)?.headline ?? story.id,
      articles,
      discrepancies: [
        ...findings.filter((finding) => finding.severity === "conflict"),
        ...findings.filter((finding) => finding.severity !== "conflict"),
      ],
      quoteGroups: groups.filter((group) => group.articleIds.length > 1),
      singleQuoteGroups: groups.filter((group) => group.articleIds.length <= 1).length,
      exclusives: exclusives.get(story.id) ?? [],
      timeline: storyTimeline(articles),
    };
  });
}
