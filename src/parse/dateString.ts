/**
 * Reading one calendar date (with an optional time and UTC offset) from the strings news
 * pages print: ISO 8601 timestamps, "August 20, 2025", "20. August 2025", "20.08.2025",
 * "2025年8月20日" and their relatives in several European languages.
 *
 * The day is returned as written: nothing is converted to UTC, so a timestamp such as
 * `2025-08-20T23:30:00-05:00` stays on the 20th and keeps its offset.
 *
 * @module
 */

import { MONTH_WORD_NUMBERS } from "../text/calendarWords.js";
import { wordAlternation } from "../text/wordAlternation.js";

/** A calendar day read from a string, as written (never converted to UTC). */
export interface ParsedDateString {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:mm`, when the string gives one. */
  time?: string;
  /** UTC offset such as `+02:00`, or `Z` for UTC, when the string gives one. */
  offset?: string;
}

/** A date found inside a longer text, with where it was found. */
export interface FoundDate extends ParsedDateString {
  /** The matched text, e.g. `"August 20, 2025 at 11:28 AM"`. */
  text: string;
  /** Offset of the first matched character in the searched text. */
  index: number;
}

/** Options of {@link parseDateString} and {@link findDateInText}. */
export interface DateStringOptions {
  /**
   * Read an ambiguous slashed date such as `03/04/2025` as day/month (3 April) rather than
   * the US month/day (4 March). Dates whose first number is over 12 are day-first anyway.
   */
  preferDayFirst?: boolean;
}

/** Defaults of {@link parseDateString}: ambiguous slashed dates are read the US way. */
export const defaultDateStringOptions: Required<DateStringOptions> = {
  preferDayFirst: false,
};

// Month names and common abbreviations in the languages of the pages we read. Genitive
// forms are listed where a language inflects the month after a day number (Russian, Polish).
const MONTH_NAMES: Record<string, number> = {};

const MONTHS_BY_LANGUAGE: (readonly string[])[] = [
  // German and Austrian
  [
    "januar",
    "februar",
    "märz",
    "april",
    "mai",
    "juni",
    "juli",
    "august",
    "september",
    "oktober",
    "november",
    "dezember",
  ],
  ["jänner", "feber", "maerz", "", "", "", "", "", "", "okt", "", "dez"],
  ["jän", "", "mär", "", "", "", "", "", "", "", "", ""],
  // French
  [
    "janvier",
    "février",
    "mars",
    "avril",
    "mai",
    "juin",
    "juillet",
    "août",
    "septembre",
    "octobre",
    "novembre",
    "décembre",
  ],
  ["janv", "févr", "", "avr", "", "", "juil", "aout", "", "", "", "déc"],
  ["", "fevrier", "", "", "", "", "", "", "", "", "", "decembre"],
  ["", "fév", "", "", "", "", "", "", "", "", "", ""],
  // Spanish
  [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
  ],
  ["ene", "", "", "abr", "", "", "", "ago", "setiembre", "", "", "dic"],
  // Italian
  [
    "gennaio",
    "febbraio",
    "marzo",
    "aprile",
    "maggio",
    "giugno",
    "luglio",
    "agosto",
    "settembre",
    "ottobre",
    "novembre",
    "dicembre",
  ],
  ["gen", "", "", "", "mag", "giu", "lug", "", "set", "ott", "", ""],
  // Portuguese
  [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
  ],
  ["", "fev", "", "", "", "", "", "", "", "out", "", "dez"],
  // Dutch
  [
    "januari",
    "februari",
    "maart",
    "april",
    "mei",
    "juni",
    "juli",
    "augustus",
    "september",
    "oktober",
    "november",
    "december",
  ],
  ["", "", "mrt", "", "", "", "", "", "", "", "", ""],
  // Polish (genitive, as printed after a day number)
  [
    "stycznia",
    "lutego",
    "marca",
    "kwietnia",
    "maja",
    "czerwca",
    "lipca",
    "sierpnia",
    "września",
    "października",
    "listopada",
    "grudnia",
  ],
  // Russian (genitive)
  [
    "января",
    "февраля",
    "марта",
    "апреля",
    "мая",
    "июня",
    "июля",
    "августа",
    "сентября",
    "октября",
    "ноября",
    "декабря",
  ],
];
// English first, so that an English word wins where another language spells one alike.
for (const [name, month] of MONTH_WORD_NUMBERS) {
  MONTH_NAMES[name] = month;
}
for (const names of MONTHS_BY_LANGUAGE) {
  names.forEach((name, monthIndex) => {
    if (name !== "" && MONTH_NAMES[name] === undefined) {
      MONTH_NAMES[name] = monthIndex + 1;
    }
  });
}

// Longest names first so that "september" wins over "sep" in the alternation.
const MONTH_PATTERN = wordAlternation(Object.keys(MONTH_NAMES));

const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}])";
const NOT_BEFORE_DIGIT = "(?![\\p{N}])";
const NOT_BEFORE_LETTER = "(?![\\p{L}])";

// 2025-08-20, 2025-08-20T14:05:00+03:00, 2025-08-20 14:05, 2025/08/20, 2025.08.20
const ISO_DATE = new RegExp(
  `${NOT_AFTER_WORD}(\\d{4})([-/.])(\\d{1,2})\\2(\\d{1,2})(?:(?:T|\\s{1,3})(\\d{1,2}):(\\d{2})(?::\\d{1,2}(?:[.,]\\d{1,9})?)?\\s?(Z|[+-]\\d{2}(?::?\\d{2})?)?)?${NOT_BEFORE_DIGIT}`,
  "gu",
);

// August 20, 2025 · Aug. 20 2025 · August 20th, 2025 · Aug 20,2025
const MONTH_FIRST = new RegExp(
  `${NOT_AFTER_WORD}(${MONTH_PATTERN})\\.?${NOT_BEFORE_LETTER}\\s{0,3}(\\d{1,2})(?:st|nd|rd|th)?${NOT_BEFORE_DIGIT}\\.?,?\\s{0,3}(\\d{4})${NOT_BEFORE_DIGIT}`,
  "giu",
);

// 20 August 2025 · 20. August 2025 · 29 October, 2025 · 20 de agosto de 2025 · 1er janvier 2020
// · 20-Aug-2025
const DAY_FIRST = new RegExp(
  `${NOT_AFTER_WORD}(\\d{1,2})(?:\\.|st|nd|rd|th|er|º|°)?[\\s\\-/]{0,3}(?:de\\s{1,3})?(${MONTH_PATTERN})${NOT_BEFORE_LETTER}\\.?,?[\\s\\-/]{0,3}(?:de\\s{1,3}|del\\s{1,3})?(\\d{4})${NOT_BEFORE_DIGIT}`,
  "giu",
);

// 20.08.2025 · 08/20/2025 · 20/08/2025 · 20-08-2025
const ANY_DIGIT = /\d/u;

const NUMERIC_DATE =
  /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{4})(?![\p{L}\p{N}])(?![./-]\d)/gu;

// "10/02/25", "06.05.25": a two-digit year is a date only where the page says so, by a
// clock time after it or a date's label before it ("Posted 06.05.25", "10/02/25 10:15pm");
// elsewhere such a run is as likely a score, a ratio or a version.
const SHORT_YEAR_DATE =
  /(?<![\p{L}\p{N}./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\p{L}\p{N}])(?![./-]\d)/gu;
const SHORT_YEAR_LABEL = /(?<!\p{L})(?:posted|published|updated|modified|date|dated|on)\s?:?\s?$/iu;
const SHORT_YEAR_TIME = /^,?\s?(?:at\s)?\d{1,2}[:.]\d{2}(?!\d)/iu;
// Two-digit years from this one on are read in the 1900s.
const SHORT_YEAR_CENTURY_TURN = 70;

// 2025年8月20日 · 2025년 8월 20일
const EAST_ASIAN_DATE = /(?<![\p{N}])(\d{4})\s?[年년]\s?(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일]?/gu;

// A clock time printed just after a date: ", 14:05", " at 11:28 AM", " um 14.05 Uhr", " - 9h30".
const TRAILING_TIME =
  /^(?:\s{0,3}[,|·•\-–—/]?\s{0,3}(?:at|um|à|a las|alle|às|om|kl\.|о|в)?\s{0,3})(\d{1,2})[:h.](\d{2})(?::\d{2})?(?:\s?([ap])\.?\s?m\.?(?![\p{L}]))?(?:\s?(?:uhr|h)(?![\p{L}]))?(?:\s?(Z|UTC|GMT|[+-]\d{2}:?\d{2}))?/iu;

/**
 * Reads the first calendar date in a string, with the time and UTC offset written beside
 * it, without converting anything to UTC.
 *
 * @param text - a date string as a page prints it, e.g. `"Aug. 20, 2025, 11:28 AM"`
 * @param options - how to read ambiguous slashed dates; see {@link defaultDateStringOptions}
 * @returns the day as written (`YYYY-MM-DD`), with `time` and `offset` when given;
 *   `undefined` when the string holds no valid date (`31 February 2025`, `2025-13-01`)
 * @example
 * ```ts
 * parseDateString("2025-08-20T23:30:00-05:00");
 * // { date: "2025-08-20", time: "23:30", offset: "-05:00" }
 * parseDateString("3. März 2019");
 * // { date: "2019-03-03" }
 * ```
 */
export function parseDateString(
  text: string,
  options: DateStringOptions = {},
): ParsedDateString | undefined {
  const found = findDateInText(text, options);
  if (found === undefined) {
    return undefined;
  }
  const { text: _matched, index: _index, ...parsed } = found;
  return parsed;
}

/**
 * Finds the first valid calendar date in a longer text (a byline, a dateline, a
 * paragraph), with its position and the time written after it.
 *
 * @param text - any text, e.g. `"By Ana Ruiz | Published August 20, 2025 at 11:28 AM"`
 * @param options - how to read ambiguous slashed dates; see {@link defaultDateStringOptions}
 * @returns the first date with its matched text and index, or `undefined` when none
 * @example
 * ```ts
 * findDateInText("Posted on 20. August 2025, 14:05 Uhr");
 * // { date: "2025-08-20", time: "14:05", text: "20. August 2025, 14:05 Uhr", index: 10 }
 * ```
 */
export function findDateInText(
  text: string,
  options: DateStringOptions = {},
): FoundDate | undefined {
  return findDatesInText(text, options, 1)[0];
}

/**
 * Finds every valid calendar date in a text, in order of position.
 *
 * @param text - any text
 * @param options - how to read ambiguous slashed dates; see {@link defaultDateStringOptions}
 * @param limit - stop after this many dates (default: all)
 * @returns the dates found, each with its matched text and index
 * @example
 * ```ts
 * findDatesInText("Published 20.08.2025, updated 21.08.2025").map((found) => found.date);
 * // ["2025-08-20", "2025-08-21"]
 * ```
 */
export function findDatesInText(
  text: string,
  options: DateStringOptions = {},
  limit = Number.POSITIVE_INFINITY,
): FoundDate[] {
  // Every date format has a digit; most paragraphs a page is cut into have none.
  if (!ANY_DIGIT.test(text)) {
    return [];
  }
  const settings = { ...defaultDateStringOptions, ...options };
  const found: FoundDate[] = [];
  const readers: [RegExp, (match: RegExpExecArray) => DayParts | undefined][] = [
    [ISO_DATE, readIsoDate],
    [MONTH_FIRST, readMonthFirst],
    [DAY_FIRST, readDayFirst],
    [NUMERIC_DATE, (match) => readNumericDate(match, settings.preferDayFirst)],
    [EAST_ASIAN_DATE, readEastAsianDate],
    [SHORT_YEAR_DATE, (match) => readShortYearDate(match, settings.preferDayFirst)],
  ];
  for (const [pattern, read] of readers) {
    // The scan is synchronous and no reader calls back into it, so the module's global
    // patterns serve as cursors once reset (compiling copies per call cost more than the
    // scan on pages cut into thousands of paragraphs).
    const scanner = pattern;
    scanner.lastIndex = 0;
    let perPattern = 0;
    for (let match = scanner.exec(text); match !== null; match = scanner.exec(text)) {
      const parts = read(match);
      if (parts !== undefined) {
        found.push(withTrailingTime(text, match, parts));
        perPattern += 1;
        if (perPattern >= limit) {
          break;
        }
      }
    }
  }
  found.sort((left, right) => left.index - right.index || right.text.length - left.text.length);
  const distinct: FoundDate[] = [];
  let coveredUntil = -1;
  for (const date of found) {
    if (date.index >= coveredUntil) {
      distinct.push(date);
      coveredUntil = date.index + date.text.length;
      if (distinct.length >= limit) {
        break;
      }
    }
  }
  return distinct;
}

interface DayParts {
  year: number;
  month: number;
  day: number;
  time?: string;
  offset?: string;
}

function readIsoDate(match: RegExpExecArray): DayParts | undefined {
  const [, year, , month, day, hour, minute, offset] = match;
  const parts = validDay(Number(year), Number(month), Number(day));
  if (parts === undefined) {
    return undefined;
  }
  if (hour !== undefined && minute !== undefined) {
    const time = validTime(Number(hour), Number(minute));
    if (time !== undefined) {
      parts.time = time;
      if (offset !== undefined) {
        parts.offset = normalizeOffset(offset);
      }
    }
  }
  return parts;
}

function readMonthFirst(match: RegExpExecArray): DayParts | undefined {
  const [, monthName = "", day, year] = match;
  return validDay(Number(year), monthOfName(monthName), Number(day));
}

function readDayFirst(match: RegExpExecArray): DayParts | undefined {
  const [, day, monthName = "", year] = match;
  return validDay(Number(year), monthOfName(monthName), Number(day));
}

function readNumericDate(match: RegExpExecArray, preferDayFirst: boolean): DayParts | undefined {
  const [, first, separator = "", second, year] = match;
  return numericDay(Number(first), separator, Number(second), Number(year), preferDayFirst);
}

// A day written in figures, "first separator second separator year", read the page's way.
function numericDay(
  first: number,
  separator: string,
  second: number,
  year: number,
  preferDayFirst: boolean,
): DayParts | undefined {
  // Dots and dashes are day-first across Europe; slashes are month-first in the US unless
  // the first number cannot be a month or the caller says the page is day-first.
  let dayFirst = separator !== "/" || preferDayFirst;
  if (first > 12) {
    dayFirst = true;
  } else if (second > 12) {
    dayFirst = false;
  }
  return dayFirst ? validDay(year, second, first) : validDay(year, first, second);
}

function readShortYearDate(match: RegExpExecArray, preferDayFirst: boolean): DayParts | undefined {
  const before = match.input.slice(Math.max(0, match.index - 12), match.index);
  const after = match.input.slice(
    match.index + match[0].length,
    match.index + match[0].length + 12,
  );
  if (!SHORT_YEAR_LABEL.test(before) && !SHORT_YEAR_TIME.test(after)) {
    return undefined;
  }
  const [, first, separator = "", second, shortYear] = match;
  const short = Number(shortYear);
  const year = short < SHORT_YEAR_CENTURY_TURN ? 2000 + short : 1900 + short;
  return numericDay(Number(first), separator, Number(second), year, preferDayFirst);
}

function readEastAsianDate(match: RegExpExecArray): DayParts | undefined {
  const [, year, month, day] = match;
  return validDay(Number(year), Number(month), Number(day));
}

function monthOfName(name: string): number {
  return MONTH_NAMES[name.toLowerCase()] ?? 0;
}

function validDay(year: number, month: number, day: number): DayParts | undefined {
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) {
    return undefined;
  }
  if (day > daysInMonth(year, month)) {
    return undefined;
  }
  return { year, month, day };
}

function daysInMonth(year: number, month: number): number {
  if (month === 2) {
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    return leap ? 29 : 28;
  }
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function validTime(hour: number, minute: number): string | undefined {
  if (hour > 23 || minute > 59) {
    return undefined;
  }
  return `${pad(hour)}:${pad(minute)}`;
}

function normalizeOffset(offset: string): string {
  if (offset === "Z" || offset === "z") {
    return "Z";
  }
  const sign = offset[0];
  const digits = offset.slice(1).replace(":", "");
  const hours = digits.slice(0, 2);
  const minutes = digits.slice(2, 4).padEnd(2, "0");
  return `${sign}${hours}:${minutes}`;
}

function pad(value: number): string {
  return String(value).padStart(2, "0");
}

function withTrailingTime(text: string, match: RegExpExecArray, parts: DayParts): FoundDate {
  let matched = match[0];
  const result: FoundDate = {
    date: `${parts.year}-${pad(parts.month)}-${pad(parts.day)}`,
    text: matched,
    index: match.index,
  };
  if (parts.time !== undefined) {
    result.time = parts.time;
    if (parts.offset !== undefined) {
      result.offset = parts.offset;
    }
    return result;
  }
  const after = text.slice(match.index + matched.length, match.index + matched.length + 40);
  const timeMatch = TRAILING_TIME.exec(after);
  if (timeMatch !== null) {
    const [whole, hourText, minuteText, meridiem, zone] = timeMatch;
    let hour = Number(hourText);
    if (meridiem !== undefined) {
      const afternoon = meridiem.toLowerCase() === "p";
      if (hour > 12 || hour === 0) {
        return { ...result };
      }
      hour = (hour % 12) + (afternoon ? 12 : 0);
    }
    const time = validTime(hour, Number(minuteText));
    if (time !== undefined) {
      matched += whole;
      result.text = matched;
      result.time = time;
      if (zone !== undefined) {
        result.offset = /^(?:utc|gmt)$/iu.test(zone) ? "Z" : normalizeOffset(zone);
      }
    }
  }
  return result;
}
