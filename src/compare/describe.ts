import type { Article } from "../types.js";
import type { StoryArticle } from "./storyContext.js";

/** How a message names an article: its outlet, else its id. */
export function outletName(article: Article): string {
  return article.outlet ?? article.id;
}

/** A list in words: "A", "A and B", "A, B and C". */
export function listInWords(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? "";
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/** The outlets of some articles, in words, in the story's order. */
export function outletsInWords(
  articleIds: Iterable<string>,
  articles: readonly StoryArticle[],
): string {
  const wanted = new Set(articleIds);
  return listInWords(
    articles
      .filter((entry) => wanted.has(entry.article.id))
      .map((entry) => outletName(entry.article)),
  );
}

/** Curly quotes around a text, shortened to `maxWords` words with an ellipsis. */
export function quoted(text: string, maxWords = 12): string {
  const words = text.trim().split(/\s+/u);
  const shown = words.length > maxWords ? `${words.slice(0, maxWords).join(" ")} …` : text.trim();
  return `\u201C${shown}\u201D`;
}
