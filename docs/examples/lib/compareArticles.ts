// Stand-in until compareArticles (issue 11) is in the library: the stages that exist,
// composed, with no findings. The demo and the examples switch to the library's
// compareArticles, unchanged otherwise, when it lands.
import {
  type Article,
  type ArticleInput,
  alignQuotes,
  type Comparison,
  extractFacts,
  groupStories,
  linkPeople,
  parseArticle,
} from "corroborate";

export function compareArticles(inputs: readonly (string | ArticleInput)[]): Comparison {
  const articles: Article[] = inputs.map((input) => parseArticle(input));
  const facts = Object.fromEntries(articles.map((article) => [article.id, extractFacts(article)]));
  const stories = groupStories(articles);
  const cast = linkPeople(facts);
  return {
    version: "0",
    articles: articles.map((article) => ({
      ...article,
      facts: facts[article.id] ?? extractFacts(article),
    })),
    stories,
    cast,
    quoteGroups: alignQuotes(articles, { stories, facts, cast }),
    discrepancies: [],
    exclusives: [],
  };
}
