import { findNumbers } from "../extract/findNumbers.js";
import { type NameRun, readNames } from "../extract/names/readNames.js";
import { findQuoteSpans } from "../extract/quotes/findQuoteSpans.js";
import { MONTH_WORD_NUMBERS, MONTH_WORDS } from "../text/calendarWords.js";
import { findBlocks } from "../text/findBlocks.js";
import { SENTENCE_OPENERS } from "../text/functionWords.js";
import { NATIONALITIES } from "../text/gazetteer.js";
import { TITLE_WORDS } from "../text/titleWords.js";
import { wordAlternation } from "../text/wordAlternation.js";
import { lowerWords } from "../text/words.js";
import type { Article, NumberKind } from "../types.js";

/**
 * A name found in an article, with a rough kind from its context.
 *
 * @example
 * ```ts
 * const name: EvidenceName = { text: "Kastoria", kind: "place" }; // from "near the town of Kastoria"
 * ```
 */
export interface EvidenceName {
  /** The name as written, e.g. `"Sergey Lavrov"`. */
  text: string;
  /** What the name finder says it names: a `person`, a `place`, or an organisation or other `name`. */
  kind: "person" | "place" | "name";
}

/**
 * The discriminating facts of an article that story grouping compares: names, numbers,
 * dates and quotes. Any extractor that fills this shape can be plugged into grouping (see
 * {@link StoryEvidenceExtractor}); the built-in one is {@link extractStoryEvidence}.
 *
 * @example
 * ```ts
 * const evidence: StoryEvidence = {
 *   names: [{ text: "Sergey Lavrov", kind: "person" }],
 *   numbers: ["4.5"],
 *   years: [2025],
 *   dates: ["2025-08-20"],
 *   quotes: ["a road to nowhere for everyone"],
 * };
 * ```
 */
export interface StoryEvidence {
  /** Names of people, places and other things, in order of first mention, deduplicated. */
  names: EvidenceName[];
  /** Numbers other than years, normalised to their value as a string (`"1500"`, `"4.5"`). */
  numbers: string[];
  /** Four-digit years mentioned (1900 to 2099). */
  years: number[];
  /**
   * Calendar dates, as `MM-DD` (`"08-20"`), or `YYYY-MM-DD` when the year is printed
   * ("August 20, 2025", "20 August 2025", "8/20/2025", "2025-08-20").
   */
  dates: string[];
  /** Quoted passages of at least four words, as written without the quote marks. */
  quotes: string[];
}

/**
 * Reads an article's evidence for story grouping. Plug in another reader (for example one
 * built on a full fact extractor) through {@link StoryIndexOptions.extractEvidence}.
 *
 * @param article - the article to read
 * @returns its names, numbers, years, dates and quotes
 * @example
 * ```ts
 * // Use the facts stage's people and places instead of the built-in name patterns.
 * const fromFacts: StoryEvidenceExtractor = (article) => {
 *   const facts = extractFacts(article);
 *   const built = extractStoryEvidence(article);
 *   return {
 *     ...built,
 *     names: [
 *       ...facts.people.map((person) => ({ text: person.name, kind: "person" as const })),
 *       ...facts.places.map((place) => ({ text: place.name, kind: "place" as const })),
 *     ],
 *   };
 * };
 * groupStories(articles, { extractEvidence: fromFacts });
 * ```
 */
export type StoryEvidenceExtractor = (article: Article) => StoryEvidence;

const URL_TEXT = /(?:https?:\/\/|www\.)[^\s]+/giu;
// Numbers that say what an event was: counts, sums, shares and measures. Ordinals, phone
// numbers and scores say little about which story an article tells.
const EVIDENCE_NUMBER_KINDS: ReadonlySet<NumberKind> = new Set([
  "cardinal",
  "money",
  "percent",
  "measure",
]);
const CLOCK_TIME_HINT = ":";
const CLOCK_TIME = /(?<![\p{N}:])(\p{Nd}{1,2}):(\p{Nd}{2})(?![\p{N}])/gu;
// Dates by the shared calendar words, capitalised as news prints them: "August 20",
// "20 August 2025", "Aug. 20, 2025".
const MONTH = `(${wordAlternation(MONTH_WORDS, "capitalised")})\\.?`;
const MONTH_DAY = new RegExp(
  `${MONTH}[ \\t]+(\\p{Nd}{1,2})(?:st|nd|rd|th)?(?![\\p{N}])(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "gu",
);
const DAY_MONTH = new RegExp(
  `(\\p{Nd}{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH}(?![\\p{L}])(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "gu",
);
const LETTER = /\p{L}/u;
const DIGIT = /\p{N}/u;
const NUMERIC_DATE = /(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{4})/gu;
const ISO_DATE = /(\p{Nd}{4})-(\p{Nd}{2})-(\p{Nd}{2})/gu;
const MIN_QUOTE_WORDS = 4;

/**
 * The built-in evidence reader, made of the same primitives as the facts stage: names
 * from the one name finder (people, places and organisations, never a title such as
 * "Minister" or an adjective such as "European"), numbers from the number finder (so
 * "$4.5 million" is 4500000 here as in the facts), month-day dates read with the shared
 * calendar words, and quoted passages found by the quote-mark scanner.
 *
 * @param article - the article to read; only `headline`, `body` and `paragraphs` are used
 * @returns the evidence, deduplicated, in order of first mention
 * @example
 * ```ts
 * const evidence = extractStoryEvidence(article);
 * evidence.names; // [{ text: "Sergey Lavrov", kind: "person" }, { text: "Moscow", kind: "place" }]
 * ```
 */
export function extractStoryEvidence(article: Article): StoryEvidence {
  const joined =
    article.headline === undefined ? article.body : `${article.headline}\n${article.body}`;
  // URLs are blanked, not cut, so that offsets stay put.
  const text =
    joined.includes("http") || joined.includes("www.")
      ? joined.replace(URL_TEXT, (url) => " ".repeat(url.length))
      : joined;
  const dates = findEvidenceDates(text);
  const { numbers, years } = findEvidenceNumbers(text, dates.spans);
  return {
    names: findEvidenceNames(text),
    numbers,
    years,
    dates: dates.values,
    quotes: findEvidenceQuotes(text),
  };
}

/**
 * A name the finder could not place (an unknown surname, a ship, a storm) still tells
 * stories apart; a lone title ("Minister"), an adjective ("European") or a heading in
 * capitals does not.
 */
function isNameLike(run: NameRun): boolean {
  if (
    run.words.every((word) => word.length > 1 && word === word.toUpperCase()) &&
    run.words.length > 1
  )
    return false;
  return !run.words.every((word) => {
    const lower = word.toLowerCase();
    return TITLE_WORDS.has(lower) || NATIONALITIES.has(lower) || SENTENCE_OPENERS.has(lower);
  });
}

function findEvidenceNames(text: string): EvidenceName[] {
  const names = new Map<string, EvidenceName>();
  for (const run of readNames(text, { roles: false }).runs) {
    if (run.kind === "other" && !isNameLike(run)) continue;
    const name = run.words.join(" ");
    if (name.length < 2) continue;
    const key = name.toLowerCase();
    if (names.has(key)) continue;
    names.set(key, {
      text: name,
      kind: run.kind === "person" ? "person" : run.kind === "place" ? "place" : "name",
    });
  }
  return [...names.values()];
}

interface Span {
  start: number;
  end: number;
}

function findEvidenceNumbers(
  text: string,
  dateSpans: Span[],
): { numbers: string[]; years: number[] } {
  const numbers = new Set<string>();
  const years = new Set<number>();
  const spans = dateSpans.map((span) => ({ ...span, text: "" }));
  for (const found of findNumbers(text, spans, { words: false })) {
    if (found.kind === "year") {
      if (found.value >= 1900 && found.value <= 2099) years.add(found.value);
      continue;
    }
    if (!EVIDENCE_NUMBER_KINDS.has(found.kind)) continue;
    numbers.add(String(found.value));
  }
  // Clock times are no counts, but the time of an event is evidence ("at 4:12 a.m.").
  if (text.includes(CLOCK_TIME_HINT))
    for (const match of text.matchAll(CLOCK_TIME)) numbers.add(`${Number(match[1])}:${match[2]}`);
  // A year inside a full date is a year the article speaks of.
  for (const span of dateSpans) {
    const year = /(?<![\p{N}])(?:19|20)\p{Nd}{2}(?![\p{N}])/u.exec(
      text.slice(span.start, span.end),
    );
    if (year !== null) years.add(Number(year[0]));
  }
  return { numbers: [...numbers], years: [...years].sort((a, b) => a - b) };
}

function monthDay(month: number, day: number, year: string | undefined): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const monthDayText = `${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return year === undefined ? monthDayText : `${year}-${monthDayText}`;
}

function findEvidenceDates(text: string): { values: string[]; spans: Span[] } {
  const found: { value: string; start: number; end: number }[] = [];
  const add = (value: string | undefined, match: RegExpMatchArray) => {
    if (value !== undefined)
      found.push({ value, start: match.index ?? 0, end: (match.index ?? 0) + match[0].length });
  };
  // The word edges are checked here rather than by a lookbehind, which would make the
  // pattern try every position of the text.
  for (const match of text.matchAll(MONTH_DAY)) {
    if (LETTER.test(text[match.index - 1] ?? "")) continue;
    const month = match[1] ?? "";
    add(
      monthDay(MONTH_WORD_NUMBERS.get(month.toLowerCase()) ?? 0, Number(match[2]), match[3]),
      match,
    );
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    if (DIGIT.test(text[match.index - 1] ?? "")) continue;
    const month = match[2] ?? "";
    add(
      monthDay(MONTH_WORD_NUMBERS.get(month.toLowerCase()) ?? 0, Number(match[1]), match[3]),
      match,
    );
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    // Month first as in American copy, unless the first number cannot be a month.
    const first = Number(match[1]);
    const second = Number(match[2]);
    const [month, day] = first > 12 ? [second, first] : [first, second];
    add(monthDay(month, day, match[3]), match);
  }
  for (const match of text.matchAll(ISO_DATE))
    add(monthDay(Number(match[2]), Number(match[3]), match[1]), match);
  found.sort((a, b) => a.start - b.start);
  return { values: [...new Set(found.map((date) => date.value))], spans: found };
}

function findEvidenceQuotes(text: string): string[] {
  const spans = findQuoteSpans(text, findBlocks({ body: text, paragraphs: [] }));
  const quotes: string[] = [];
  for (const span of spans) {
    if (!span.closed) continue;
    const quoted = text.slice(span.start, span.end).trim();
    if (lowerWords(quoted).length >= MIN_QUOTE_WORDS) quotes.push(quoted);
  }
  return quotes;
}
