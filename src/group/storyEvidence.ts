import { type NameToken, nameTokens } from "../extract/names/nameTokens.js";
import { type NameReading, readNames } from "../extract/names/readNames.js";
import { ENGLISH_MONTH_ABBREVIATIONS, ENGLISH_MONTHS } from "../text/calendarWords.js";
import { SCALE_WORDS, SHORT_SCALE_WORDS } from "../text/numberWords.js";
import { wordAlternation } from "../text/wordAlternation.js";
import { wordBefore } from "../text/wordBefore.js";
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
  /** What the facts stage's name finder read it as: a `person`, a `place`, or another `name` (an organisation, a label, a work). */
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
  /** Numbers other than years, normalised to their value as a string, a scale applied as the facts stage applies it (`"1500"`, `"4.5"`, `"4500000"` for "$4.5 million"). */
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
const NUMBER = /\p{Nd}+(?:[.,]\p{Nd}+)*/gu;
const TIME = /^(\p{Nd}{1,2}):(\p{Nd}{2})/u;
// A spoken scale after one space or a hyphen ("$1.5-million"), or a short one glued to
// the number, then no letter.
const SCALE_AFTER = new RegExp(
  `(?:[ -](${wordAlternation(
    Object.keys(SCALE_WORDS)
      .filter((word) => !SHORT_SCALE_WORDS.has(word))
      .concat(["bn", "mn"]),
  )})|(bn|mn|m|k))(?![\\p{L}])`,
  "iuy",
);
const MONTHS = ENGLISH_MONTH_ABBREVIATIONS;
// A month written out or abbreviated with or without its dot ("Aug.", "Sept"); "May" is
// never short for anything.
const MONTH_NAME = `(${wordAlternation(ENGLISH_MONTHS, "capitalised")}|(?:${wordAlternation(
  [...MONTHS.filter((name) => name !== "may"), "sept"],
  "capitalised",
)})\\.?)`;
// Both month patterns are tried only where a word is a month (sticky), not at every
// character of the text.
const MONTH_DAY = new RegExp(
  `${MONTH_NAME}[ \\t]+(\\p{Nd}{1,2})(?:st|nd|rd|th)?(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "uy",
);
const MONTH_WORDS: ReadonlySet<string> = new Set([...ENGLISH_MONTHS, ...MONTHS, "sept"]);
const DAY_WORD = /^\p{Nd}{1,2}(?:st|nd|rd|th)?$/u;
const NUMERIC_DATE = /(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{1,2})[ \t]*\/[ \t]*(\p{Nd}{4})/gu;
const ISO_DATE = /(\p{Nd}{4})-(\p{Nd}{2})-(\p{Nd}{2})/gu;
const DAY_MONTH = new RegExp(
  `(\\p{Nd}{1,2})(?:st|nd|rd|th)?[ \\t]+(?:of[ \\t]+)?${MONTH_NAME}(?:,?[ \\t]+(\\p{Nd}{4}))?`,
  "uy",
);
// Quoted passages: curly, straight, guillemets, low-high German marks, and the ``...''
// pairs of older newswire. Bounded length keeps the scan linear.
const QUOTED = /[“"«„]([^“”"«»„\n]{12,600})[”"»“]|``([^`'\n]{12,600})''|‘([^‘’\n]{12,600})’/gu;
const WORDS = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * The built-in evidence reader: the names the facts stage reads (people, places,
 * organisations, each with its kind), numbers, years, month-day dates and quoted
 * passages. It reads the words once with the facts stage's name finder, without roles,
 * and the rest by linear patterns, so that grouping and comparison see the same names; a
 * fuller fact extractor can replace it.
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
  const text = storyText(article);
  return readStoryEvidence(text, nameTokens(text));
}

/**
 * The text grouping reads of an article: headline and body, NFKC-normalised, with URLs
 * left out.
 */
export function storyText(article: Article): string {
  return foldText(
    article.headline === undefined ? article.body : `${article.headline}\n${article.body}`,
  );
}

/** A text NFKC-normalised, with URLs left out: what grouping reads of any text. */
export function foldText(text: string): string {
  const normal = text.normalize("NFKC");
  return normal.includes("http") || normal.includes("www.")
    ? normal.replace(URL_TEXT, " ")
    : normal;
}

/**
 * {@link extractStoryEvidence} on a text already cut into words: story grouping reads an
 * article's words once, for its fingerprint and its evidence.
 *
 * @param text - the article's {@link storyText}
 * @param tokens - its words, as the name finder cuts them
 * @returns the evidence
 */
export function readStoryEvidence(text: string, tokens: NameToken[]): StoryEvidence {
  const { numbers, years } = findNumbersAndYears(text);
  const reading = readNames(text, { roles: false, tokens });
  return {
    names: namesOf(text, reading),
    numbers,
    years,
    dates: findDates(text, tokens),
    quotes: findQuotes(text),
  };
}

/**
 * The names of the text as the facts stage reads them (`readNames`, without roles), each
 * once by its lower-case form: the names in order of first mention, then the places and
 * organisations found only inside a longer run ("Moscow" in "Moscow Mayor Sergei
 * Sobyanin"). A run read as a person is a `person`, a place a `place`, anything else a
 * `name` (a lone word before which "in", "near" or "at" stands is a `place`); a lone
 * common word ("Police", "Officials") is no evidence of one story.
 */
function namesOf(text: string, reading: NameReading): EvidenceName[] {
  const names = new Map<string, EvidenceName>();
  const add = (name: string, kind: EvidenceName["kind"]) => {
    if (name.length < 2) return;
    const key = name.toLowerCase();
    if (!names.has(key) && !commonWords.has(key)) names.set(key, { text: name, kind });
  };
  for (const run of reading.runs) {
    const single = run.words.length === 1;
    const kind =
      run.kind === "person"
        ? "person"
        : run.kind === "place" ||
            (run.kind === "other" && PLACE_PREPOSITIONS.has(placeWordBefore(text, run.runStart)))
          ? "place"
          : "name";
    add(single ? (run.words[0] ?? "") : run.words.join(" "), kind);
  }
  for (const place of reading.places) add(place.name, "place");
  for (const organization of reading.organizations) add(organization.name, "name");
  return [...names.values()];
}

// Words before a name that place it ("in Kastoria", "near the Gulf of Aden").
const PLACE_PREPOSITIONS = new Set(["in", "at", "near", "from", "off", "across", "outside"]);

/** The lower-case word before a name, across one "the" ("in the Gulf of Aden" → "in"). */
function placeWordBefore(text: string, start: number): string {
  const word = wordBefore(text, start, 12)?.toLowerCase();
  if (word !== "the") return word ?? "";
  return wordBefore(text, start - word.length - 1, 12)?.toLowerCase() ?? "";
}

const LETTER = /\p{L}/u;
const YEAR = /^(?:19|20)\p{Nd}{2}$/u;

function findNumbersAndYears(text: string): { numbers: string[]; years: number[] } {
  const numbers = new Set<string>();
  const years = new Set<number>();
  for (const match of text.matchAll(NUMBER)) {
    const raw = match[0];
    const end = match.index + raw.length;
    // A scale after the number multiplies it, as the facts stage reads it: "4.5 million",
    // "$2bn", "10k" (the short forms glued to the number).
    SCALE_AFTER.lastIndex = end;
    const scaleWord = SCALE_AFTER.exec(text);
    const scaleName = (scaleWord?.[1] ?? scaleWord?.[2] ?? "").toLowerCase();
    const scale = scaleWord === null ? 1 : (SCALE_WORDS[scaleName] ?? 1);
    // Digits glued to letters ("3D", "G20") are names, not counts.
    const next = text.charAt(end);
    const previous = text.charAt(match.index - 1);
    if (
      (LETTER.test(next) && scaleWord?.[2] === undefined) ||
      LETTER.test(previous) ||
      previous === ":"
    )
      continue;
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
    const value = normaliseNumber(raw, scale);
    if (value !== undefined) numbers.add(value);
  }
  return { numbers: [...numbers], years: [...years] };
}

function normaliseNumber(raw: string, scale: number): string | undefined {
  // "1,500" and "1.500" group thousands; "4.5" and "4,5" are decimals.
  const grouped = /^\p{Nd}{1,3}(?:[.,]\p{Nd}{3})+$/u.test(raw);
  const cleaned = grouped ? raw.replace(/[.,]/gu, "") : raw.replace(",", ".");
  const value = Number(cleaned) * scale;
  if (!Number.isFinite(value)) return undefined;
  return String(value);
}

function monthNumber(name: string): string {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return String(index + 1).padStart(2, "0");
}

function isMonthWord(word: string): boolean {
  return MONTH_WORDS.has((word.endsWith(".") ? word.slice(0, -1) : word).toLowerCase());
}

/**
 * Where a month name starts in a word: the word itself ("August", "Aug."), or its tail
 * after a lower-case letter ("RuizDecember"); -1 when it holds none.
 */
function monthStart(token: NameToken): number {
  if (token.capitalised && isMonthWord(token.lower)) return token.start;
  const word = token.text;
  // A word written in lower case (most words) has no capital to start a month name.
  if (word === token.lower) return -1;
  for (let index = word.length - 3; index > 0; index--) {
    const code = word.charCodeAt(index);
    if (code < 65 || code > 90) continue;
    const before = word.charCodeAt(index - 1);
    if (before >= 97 && before <= 122 && isMonthWord(word.slice(index))) return token.start + index;
    return -1;
  }
  return -1;
}

/** Where the one or two digits of a day end a word ("20", "20th", "Reyes15"), or -1. */
function trailingDayStart(token: NameToken): number {
  if (DAY_WORD.test(token.text)) return token.start;
  const word = token.text;
  let start = word.length;
  while (start > 0 && word.charCodeAt(start - 1) >= 48 && word.charCodeAt(start - 1) <= 57) start--;
  const digits = word.length - start;
  return digits >= 1 && digits <= 2 && start > 0 ? token.start + start : -1;
}

function findDates(text: string, tokens: readonly NameToken[]): string[] {
  const dates = new Set<string>();
  const add = (month: string, day: string, year: string | undefined) => {
    const dayNumber = Number(day);
    if (dayNumber < 1 || dayNumber > 31) return;
    const monthDay = `${monthNumber(month)}-${String(dayNumber).padStart(2, "0")}`;
    dates.add(year === undefined ? monthDay : `${year}-${monthDay}`);
  };
  // Where each month word starts: a word of its own, or glued to a byline before it
  // ("By Ana RuizDecember 22, 2023", "updatedSep 4").
  const months: { index: number; start: number }[] = [];
  for (let index = 0; index < tokens.length; index++) {
    const token = tokens[index] as NameToken;
    const start = monthStart(token);
    if (start >= 0) months.push({ index, start });
  }
  for (const { start } of months) {
    MONTH_DAY.lastIndex = start;
    const match = MONTH_DAY.exec(text);
    if (match !== null) add(match[1] ?? "", match[2] ?? "", match[3]);
  }
  for (const { index, start } of months) {
    if (start !== tokens[index]?.start) continue;
    // The day before the month, perhaps with "of" between ("20th of August"), or glued to
    // a byline ("By Joel Reyes15 February 2024").
    const before = tokens[index - 1]?.lower === "of" ? tokens[index - 2] : tokens[index - 1];
    const dayStart = before === undefined ? -1 : trailingDayStart(before);
    if (dayStart < 0) continue;
    DAY_MONTH.lastIndex = dayStart;
    const match = DAY_MONTH.exec(text);
    if (match !== null) add(match[2] ?? "", match[1] ?? "", match[3]);
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
