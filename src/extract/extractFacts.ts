import { assertArticle } from "../parse/validateArticle.js";
import { extractQuotes } from "../quotes/index.js";
import type { Article, ArticleFacts } from "../types.js";
import { findDates } from "./findDates.js";
import { findEventDate } from "./findEventDate.js";
import { findNames } from "./findNames.js";
import { findNumbers } from "./findNumbers.js";

/**
 * Extracts the facts a reader would check in an article: the people named (with every
 * mention and their roles), organisations, places, dates normalised against the
 * publication date, numbers with what they count, the event date, and the quotes. Every
 * fact carries offsets into `article.body` and, for dates, the rule that resolved it.
 *
 * @param article - a parsed article (from `parseArticle`)
 * @returns the article's facts; nothing is guessed: without a publication date relative dates stay unresolved
 * @example
 * ```ts
 * const article = parseArticle({
 *   text: "Russian Foreign Minister Sergey Lavrov said on Wednesday that about 300 rounds were fired.",
 *   published: "2025-08-21",
 * });
 * const facts = extractFacts(article);
 * facts.people[0]?.name; // "Sergey Lavrov"
 * facts.dates[0]?.value; // "2025-08-20"
 * facts.numbers[0]?.counts; // "rounds"
 * ```
 */
export function extractFacts(article: Article): ArticleFacts {
  assertArticle(article, "extractFacts");
  const { body } = article;
  const dates = findDates(body, article.published?.date);
  const names = findNames(body);
  const facts: ArticleFacts = {
    people: names.people,
    organizations: names.organizations,
    places: names.places,
    dates,
    numbers: findNumbers(body, dates),
    quotes: extractQuotes(article),
  };
  const eventDate = findEventDate(article, dates);
  if (eventDate) facts.eventDate = eventDate;
  return facts;
}
