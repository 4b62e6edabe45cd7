import type { CompareOptions } from "../../src/compare/index.js";
import { findDiscrepancies } from "../../src/compare/index.js";
import type { Article, Discrepancy, PublishedDate, StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

/**
 * One outlet's article in a case: its id, body and, where it has one, its publication day
 * (as given by the caller, or a fuller date with its source, time and confidence).
 */
export interface Outlet {
  id: string;
  body: string;
  published?: string | Partial<PublishedDate>;
  /** The writers its byline names. */
  authors?: string[];
}

/** The articles of a case, parsed straight from their bodies (no parser choices involved). */
export function outlets(items: readonly Outlet[]): Article[] {
  return items.map((item) => {
    const article = articleFromBody(item.body, { id: item.id });
    if (item.authors) article.authors = [...item.authors];
    if (typeof item.published === "string") {
      article.published = {
        date: item.published,
        text: item.published,
        source: "input",
        confidence: 1,
      };
    } else if (item.published !== undefined) {
      const date = item.published.date ?? "";
      article.published = { text: date, source: "input", confidence: 1, date, ...item.published };
    }
    return article;
  });
}

/** The findings of one rule on articles told as one story, so that grouping plays no part. */
export function findingsOf(
  items: readonly Outlet[],
  kind: Discrepancy["kind"],
  options: CompareOptions = {},
): Discrepancy[] {
  const articles = outlets(items);
  const story: StoryGroup = {
    id: "story-case",
    articleIds: articles.map((article) => article.id),
    kind: "same-story",
    reasons: [],
  };
  return findDiscrepancies(articles, { ...options, stories: [story] }).filter(
    (finding) => finding.kind === kind,
  );
}

/** A finding in a line: severity, rule and each outlet's value, for table-driven expectations. */
export function summary(finding: Discrepancy): string {
  const values = finding.values.map((value) => `${value.articleId}=${value.value}`);
  return `${finding.severity} ${finding.rule} ${[...new Set(values)].join(" ")}`;
}
