import { assertArticle } from "../parse/validateArticle.js";
import type { Article, Quote } from "../types.js";
import { type QuoteOptions, resolveQuoteOptions } from "./quotes/attributeQuotes.js";
import { readPeopleAndQuotes } from "./readPeopleAndQuotes.js";

/**
 * Finds the quotes of an article with their kind, speaker and verb of saying, in text
 * order. Curly and straight quotes, single quotes, «», „“, ‚‘ and the ``…'' pairs of
 * older newswire are read; apostrophes, inch marks and nicknames are not quotes. A quote
 * broken by its attribution (“…,” Lavrov said. “…”) gives two quotes, the second with
 * `continues` set to the first one's id, and so does each paragraph of a quote that runs
 * over paragraphs. The speaker is one of the article's people (`personId` points into
 * `extractFacts(article).people`) or organisations, named by its fullest form, with the
 * offsets of the mention that attributes the quote; a pronoun or "the minister" resolves
 * to the person meant, and a quote paragraph without attribution inherits the previous
 * speaker. A quote no one speaks (a treaty's wording, a term in scare quotes) has no
 * speaker.
 *
 * @param article - A parsed article; only `body` and `paragraphs` are read.
 * @param options - Overrides of {@link defaultQuoteOptions}.
 * @returns The quotes in text order, with ids `q1`, `q2`, …
 * @example
 * ```ts
 * const article = parseArticle(
 *   "Transport Minister Elena Markova met the unions on Wednesday.\n\n" +
 *     "“The plan is too expensive,” Markova told reporters. “It needs a second look.”",
 * );
 * extractQuotes(article).map((quote) => [quote.text, quote.speaker?.name, quote.continues]);
 * // [["The plan is too expensive,", "Elena Markova", undefined],
 * //  ["It needs a second look.", "Elena Markova", "q1"]]
 * ```
 *
 * @group Extract
 */
export function extractQuotes(article: Article, options: Partial<QuoteOptions> = {}): Quote[] {
  assertArticle(article, "extractQuotes");
  resolveQuoteOptions(options);
  return readPeopleAndQuotes(article, options).quotes;
}
