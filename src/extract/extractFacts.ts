import { assertArticle } from "../parse/validateArticle.js";
import type { Article, ArticleFacts } from "../types.js";
import { findDates } from "./findDates.js";
import { findEventDate } from "./findEventDate.js";
import { findNumbers } from "./findNumbers.js";
import { readPeopleAndQuotes } from "./readPeopleAndQuotes.js";

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
 *
 * @group Extract
 */
export function extractFacts(article: Article): ArticleFacts {
  assertArticle(article, "extractFacts");
  const { body, published } = article;
  // A banner or weak publication date makes the relative dates resolved against it weak.
  const dates = findDates(
    body,
    published?.date,
    published && { publishedSource: published.source, publishedConfidence: published.confidence },
  );
  const names = readPeopleAndQuotes(article);
  const facts: ArticleFacts = {
    people: names.people,
    organizations: names.organizations,
    places: names.places,
    dates,
    numbers: findNumbers(body, dates),
    quotes: names.quotes,
  };
  const eventDate = findEventDate(article, dates);
  if (eventDate) facts.eventDate = eventDate;
  return facts;
}
