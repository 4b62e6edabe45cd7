import { alignQuotes } from "../align/index.js";
import { extractFacts, linkPeople } from "../extract/index.js";
import { groupStories } from "../group/index.js";
import type { Article, Comparison } from "../types.js";

/**
 * The one place where the CLI compares articles. Until `compareArticles` (issue 11) lands
 * it composes the stages that exist, with no findings; then this becomes one call to it.
 */
export function compareParsed(articles: Article[]): Comparison {
  const facts = Object.fromEntries(articles.map((article) => [article.id, extractFacts(article)]));
  const stories = groupStories(articles);
  const cast = linkPeople(facts);
  return {
    version: "0",
    articles: articles.map((article) => ({
      ...article,
      facts: facts[article.id] ?? {
        people: [],
        organizations: [],
        places: [],
        dates: [],
        numbers: [],
        quotes: [],
      },
    })),
    stories,
    cast,
    quoteGroups: alignQuotes(articles, { stories, facts, cast }),
    discrepancies: [],
    exclusives: [],
  };
}
