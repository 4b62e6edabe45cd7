import type { AlignOptions } from "../../src/align/index.js";
import { alignQuotes } from "../../src/align/index.js";
import type { Article, QuoteGroup, StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

/**
 * Multi-outlet mini-stories written for these tests, modelled on how wire copy, papers and
 * broadcasters quote one press conference (a port strike in the invented town of
 * Haldenby): each article is given as its body, keyed by id.
 */
export type Outlets = Record<string, string>;

/** The articles of a mini-story, in key order. */
export function storyArticles(outlets: Outlets): Article[] {
  return Object.entries(outlets).map(([id, body]) => articleFromBody(body, { id }));
}

/** The mini-story as one story group, so that tests do not lean on story grouping. */
export function oneStory(articles: readonly Article[]): StoryGroup[] {
  return [
    {
      id: "story-test",
      articleIds: articles.map((article) => article.id),
      kind: "same-story",
      reasons: [],
    },
  ];
}

/** Aligns a mini-story as one story. */
export function alignStory(outlets: Outlets, options: AlignOptions = {}): QuoteGroup[] {
  const articles = storyArticles(outlets);
  return alignQuotes(articles, { stories: oneStory(articles), ...options });
}

/** A variant as a test reads it: `article:first three words`. */
export function variantLabel(variant: QuoteGroup["variants"][number]): string {
  return `${variant.articleId}:${variant.text.split(/\s+/u).slice(0, 3).join(" ")}`;
}

/** The groups quoted by two or more articles, each as its sorted variant labels. */
export function multiOutletGroups(groups: readonly QuoteGroup[]): string[][] {
  return groups
    .filter((group) => group.articleIds.length > 1)
    .map((group) => group.variants.map(variantLabel).sort())
    .sort((a, b) => (a[0] ?? "").localeCompare(b[0] ?? ""));
}
