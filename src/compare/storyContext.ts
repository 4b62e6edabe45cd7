import type { Article, ArticleFacts, CastMember, QuoteGroup, StoryGroup } from "../types.js";

/** One article of a story, with its facts and its place in the caller's input. */
export interface StoryArticle {
  /** The parsed article. */
  article: Article;
  /** Its facts, from `extractFacts`. */
  facts: ArticleFacts;
  /** Its position among the articles the caller gave, so that findings list outlets in that order. */
  order: number;
}

/**
 * What a discrepancy rule reads about one story: its articles with their facts (in the
 * caller's order), the people they name (each {@link CastMember} with only this story's
 * appearances), and the statements they quote, aligned. Plain data; rules never change it.
 */
export interface StoryContext {
  /** The story. */
  story: StoryGroup;
  /** Its articles, in the order the caller gave them. */
  articles: readonly StoryArticle[];
  /** Its people across outlets, each with the appearances in this story's articles only. */
  cast: readonly CastMember[];
  /** Its statements, each with every outlet's version aligned word by word. */
  quoteGroups: readonly QuoteGroup[];
}
