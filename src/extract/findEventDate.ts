import { CorroborateError } from "../errors.js";
import { assertArticle } from "../parse/validateArticle.js";
import type { Article, ArticleFacts, DateMention } from "../types.js";

const DAY = /^\d{4}-\d{2}-\d{2}$/u;
// The lead: the first paragraphs, where newsrooms date the main event.
const LEAD_PARAGRAPHS = 3;

/**
 * The day of the main event an article reports: the first date in the lead that resolves
 * to a single day (newsroom leads date the main event first: "Russia's top diplomat
 * Wednesday said ..."). Dates counted from another date in the story are skipped.
 *
 * @param article - the parsed article, for its paragraphs
 * @param dates - the article's date mentions, from {@link findDates}
 * @returns the event day with the text it was read from, or undefined when the lead dates nothing
 * @example
 * ```ts
 * const article = parseArticle({ text: "Lavrov spoke on Wednesday in Moscow.", published: "2025-08-21" });
 * findEventDate(article, findDates(article.body, "2025-08-21"));
 * // { date: "2025-08-20", text: "Wednesday", start: 16, end: 25 }
 * ```
 *
 * @group Extract
 */
export function findEventDate(article: Article, dates: DateMention[]): ArticleFacts["eventDate"] {
  assertArticle(article, "findEventDate");
  if (!Array.isArray(dates))
    throw new CorroborateError("invalid-input", "findEventDate: expected the dates as an array");
  const leadEnd =
    article.paragraphs[Math.min(LEAD_PARAGRAPHS, article.paragraphs.length) - 1]?.end ??
    article.body.length;
  const inLead = dates.filter(
    (date) => date.start < leadEnd && date.value !== undefined && DAY.test(date.value),
  );
  const first = inLead.find((date) => date.rule !== "time-of-day") ?? inLead[0];
  if (!first?.value) return undefined;
  return { date: first.value, text: first.text, start: first.start, end: first.end };
}
