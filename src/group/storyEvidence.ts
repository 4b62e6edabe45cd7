import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS } from "../text/calendarWords.js";
import { wordAlternation } from "../text/wordAlternation.js";
import type { Article } from "../types.js";
import { commonWords } from "./commonWords.js";

/**
 * A name found in an article, with a rough kind from its context.
 *
 * @example
 * ```ts
 * const name: EvidenceName = { text: "Kastoria", kind: "place" }; // from "near the town of Kastoria"
 * ```
 *
 * @group Group
 */
export interface EvidenceName {
  /** The name as written, e.g. `"Sergey Lavrov"`. */
  text: string;
  /** `place` after a preposition of place, `person` for two to four words, `name` otherwise. */
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
 *
 * @group Group
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
 *
 * @group Group
 */
export type StoryEvidenceExtractor = (article: Article) => StoryEvidence;

const URL_TEXT = /(?:https?:\/\/|www\.)[^\s]+/giu;
// A capitalised word (or an acronym), optionally hyphenated or with an apostrophe inside.
const NAME_SEQUENCE =
  /\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*(?:[ \t]+(?:(?:of|de|del|da|van|von|al|bin|la|le)[ \t]+)?\p{Lu}[\p{L}\p{M}]*(?:[-'’]\p{L}[\p{L}\p{M}]*)*)*/gu;
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const TIME = /^(\p{Nd}{1,2}):(\p{Nd}{2})/u;
// "May" is left out: as a capitalised word it is as often a name or a verb.
const MONTH_WORDS = new Set(ENGLISH_MONTHS.filter((name) => name !== "may"));
const MONTHS = ENGLISH_MONTH_ABBREVIATIONS;
// A month written out or abbreviated with or without its dot ("Aug.", "Sept"); "May" is
// never short for anything.
const MONTH_NAME = `(${wordAlternation(ENGLISH_MONTHS, "capitalised")}|(?:${wordAlternation(
  [...MONTHS.filter((name) => name !== "may"), "sept"],
  "capitalised",
)})\\.?)`;
const MONTH_DAY = new RegExp(
  `${MONTH_NAME}[ \\t]+(\\p{Nd}{1,2})(?:st|nd|rd|th)?(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "gu",
);
const NUMERIC_DATE = /(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{4})/gu;
const ISO_DATE = /(\p{Nd}{4})-(\p{Nd}{2})-(\p{Nd}{2})/gu;
const DAY_MONTH = new RegExp(
  `(\\p{Nd}{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH_NAME}(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "gu",
);
// Quoted passages: curly, straight, guillemets, low-high German marks, and the ``...''
// pairs of older newswire. Bounded length keeps the scan linear.
const QUOTED = /[“"«„]([^“”"«»„\n]{12,600})[”"»“]|``([^`'\n]{12,600})''|‘([^‘’\n]{12,600})’/gu;
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "off", "across", "outside"]);
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The built-in evidence reader: capitalised name sequences, numbers, years, month-day
 * dates and quoted passages, found by simple linear patterns. It is light on purpose (a
 * few microseconds per article); a fuller fact extractor can replace it.
 *
 * @param article - the article to read; only `headline` and `body` are used
 * @returns the evidence, deduplicated, in order of first mention
 * @example
 * ```ts
 * const evidence = extractStoryEvidence(article);
 * evidence.names; // [{ text: "Sergey Lavrov", kind: "person" }, { text: "Moscow", kind: "place" }]
 * ```
 *
 * @group Group
 */
export function extractStoryEvidence(article: Article): StoryEvidence {
  const joined = `${article.headline ?? ""}\n${article.body}`;
  const text =
    joined.includes("http") || joined.includes("www.") ? joined.replace(URL_TEXT, " ") : joined;
  const { numbers, years } = findNumbersAndYears(text);
  return {
    names: findNames(text),
    numbers,
    years,
    dates: findDates(text),
    quotes: findQuotes(text),
  };
}

function isNotName(word: string): boolean {
  const lower = word.toLowerCase();
  return commonWords.has(lower) || MONTH_WORDS.has(lower);
}

/** The word before `index`, skipping one "the" ("in the Gulf of Aden" → "in"). */
function precedingWord(text: string, index: number): string {
  let end = index;
  let word = "";
  for (let round = 0; round < 2; round++) {
    while (end > 0 && (text[end - 1] === " " || text[end - 1] === "\t")) end--;
    let start = end;
    while (start > 0 && /\p{L}/u.test(text[start - 1] ?? "")) start--;
    word = text.slice(start, end).toLowerCase();
    if (word !== "the") return word;
    end = start;
  }
  return word;
}

function findNames(text: string): EvidenceName[] {
  const names = new Map<string, EvidenceName>();
  for (const match of text.matchAll(NAME_SEQUENCE)) {
    const sequence = match[0];
    // Most hits are one capitalised word opening a sentence ("The", "But"): skip them fast.
    const single = !sequence.includes(" ") && !sequence.includes("\t");
    if (single && isNotName(sequence)) continue;
    const words = single ? [sequence] : sequence.split(/[ \t]+/u);
    // Drop words that are capitalised only because they open a sentence or a title.
    let first = 0;
    let last = words.length;
    while (first < last && isNotName(words[first] ?? "")) first++;
    while (last > first && isNotName(words[last - 1] ?? "")) last--;
    if (first === last) continue;
    const name = last - first === 1 ? (words[first] ?? "") : words.slice(first, last).join(" ");
    if (name.length < 2) continue;
    const key = name.toLowerCase();
    if (names.has(key)) continue;
    const kind: EvidenceName["kind"] = PLACE_PREPOSITIONS.has(precedingWord(text, match.index))
      ? "place"
      : words.length >= 2 && words.length <= 4
        ? "person"
        : "name";
    names.set(key, { text: name, kind });
  }
  return [...names.values()];
}

const LETTER = /\p{L}/u;
const YEAR = /^(?:19|20)\p{Nd}{2}$/u;

function findNumbersAndYears(text: string): { numbers: string[]; years: number[] } {
  const numbers = new Set<string>();
  const years = new Set<number>();
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    // Digits glued to letters ("3D", "G20") are names, not counts.
    const next = text.charAt(match.index + raw.length);
    const previous = text.charAt(match.index - 1);
    if (LETTER.test(next) || LETTER.test(previous) || previous === ":") continue;
    if (YEAR.test(raw)) {
      years.add(Number(raw));
      continue;
    }
    if (next === ":") {
      const time = TIME.exec(text.slice(match.index, match.index + 6));
      if (time !== null) {
        numbers.add(`${Number(time[1])}:${time[2]}`);
        continue;
      }
    }
    const value = normaliseNumber(raw);
    if (value !== undefined) numbers.add(value);
  }
  return { numbers: [...numbers], years: [...years] };
}

function normaliseNumber(raw: string): string | undefined {
  // "1,500" and "1.500" group thousands; "4.5" and "4,5" are decimals.
  const grouped = /^\p{Nd}{1,3}(?:[.,]\p{Nd}{3})+$/u.test(raw);
  const cleaned = grouped ? raw.replace(/[.,]/gu, "") : raw.replace(",", ".");
  const value = Number(cleaned);
  if (!Number.isFinite(value)) return undefined;
  return String(value);
}

function monthNumber(name: string): string {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return String(index + 1).padStart(2, "0");
}

function findDates(text: string): string[] {
  const dates = new Set<string>();
  const add = (month: string, day: string, year: string | undefined) => {
    const dayNumber = Number(day);
    if (dayNumber < 1 || dayNumber > 31) return;
    const monthDay = `${monthNumber(month)}-${String(dayNumber).padStart(2, "0")}`;
    dates.add(year === undefined ? monthDay : `${year}-${monthDay}`);
  };
  for (const match of text.matchAll(MONTH_DAY)) {
    add(match[1] ?? "", match[2] ?? "", match[3]);
  }
  for (const match of text.matchAll(DAY_MONTH)) {
    add(match[2] ?? "", match[1] ?? "", match[3]);
  }
  for (const match of text.matchAll(NUMERIC_DATE)) {
    // Month first as in American copy, unless the first number cannot be a month.
    const first = Number(match[1]);
    const second = Number(match[2]);
    const [month, day] = first > 12 ? [second, first] : [first, second];
    if (month >= 1 && month <= 12) add(MONTHS[month - 1] ?? "", String(day), match[3]);
  }
  for (const match of text.matchAll(ISO_DATE)) {
    const month = Number(match[2]);
    if (month >= 1 && month <= 12) add(MONTHS[month - 1] ?? "", match[3] ?? "", match[1]);
  }
  return [...dates];
}

function findQuotes(text: string): string[] {
  const quotes: string[] = [];
  for (const match of text.matchAll(QUOTED)) {
    const quoted = (match[1] ?? match[2] ?? match[3] ?? "").trim();
    const wordCount = quoted.match(WORDS)?.length ?? 0;
    if (wordCount >= 4) quotes.push(quoted);
  }
  return quotes;
}
