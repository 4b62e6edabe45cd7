import type { Article, PublishedDate } from "../../src/types.js";

/**
 * Builds an Article straight from a body, paragraphs split on blank lines, for tests of
 * later stages that should not depend on the parser's choices.
 */
export function articleFromBody(
  body: string,
  extra: { id?: string; published?: string; headline?: string } = {},
): Article {
  const paragraphs: Article["paragraphs"] = [];
  const blank = /\n\s*\n/g;
  let start = 0;
  for (const match of body.matchAll(blank)) {
    if (match.index > start) paragraphs.push({ start, end: match.index });
    start = match.index + match[0].length;
  }
  if (start < body.length) paragraphs.push({ start, end: body.length });
  const article: Article = {
    id: extra.id ?? "test",
    authors: [],
    body,
    paragraphs,
    removed: [],
  };
  if (extra.headline !== undefined) article.headline = extra.headline;
  if (extra.published !== undefined) {
    const published: PublishedDate = {
      date: extra.published,
      text: extra.published,
      source: "input",
      confidence: 1,
    };
    article.published = published;
  }
  return article;
}
