import type { Article } from "../types.js";

/**
 * A short label for each article as a reader knows it: the outlet's name where the page
 * gives one, else the article id; two articles of one outlet are told apart by their id.
 *
 * @param articles - the articles, in report order
 * @returns each article's label by id
 */
export function articleLabels(articles: readonly Article[]): Map<string, string> {
  const counts = new Map<string, number>();
  for (const article of articles) {
    const outlet = article.outlet ?? article.id;
    counts.set(outlet, (counts.get(outlet) ?? 0) + 1);
  }
  const labels = new Map<string, string>();
  for (const article of articles) {
    const outlet = article.outlet ?? article.id;
    const shared = (counts.get(outlet) ?? 0) > 1 && article.outlet !== undefined;
    labels.set(article.id, shared ? `${outlet} (${article.id})` : outlet);
  }
  return labels;
}
