import type { QuoteGroup, WordDifference } from "../types.js";

/**
 * A group's differences by article, each list sorted by offset, for {@link markVariant}.
 *
 * @param group - the quote group
 * @returns the differences of each article
 */
export function differencesByArticle(group: QuoteGroup): Map<string, WordDifference[]> {
  const map = new Map<string, WordDifference[]>();
  for (const difference of group.alignment.differences) {
    const list = map.get(difference.articleId);
    if (list === undefined) map.set(difference.articleId, [difference]);
    else list.push(difference);
  }
  for (const list of map.values()) list.sort((a, b) => a.start - b.start || a.end - b.end);
  return map;
}
