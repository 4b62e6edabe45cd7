/**
 * English calendar words, shared by every stage that reads dates or must tell a date word
 * from a name: month names and abbreviations (with "Sept"), weekday names and
 * abbreviations, their numbers, and the regular-expression alternations that date
 * patterns are built from. No stage keeps its own copy.
 *
 * @module
 */

import { wordAlternation } from "./wordAlternation.js";

/** English month names, lower-cased, January first (index + 1 is the month number). */
export const ENGLISH_MONTHS: readonly string[] = [
  "january",
  "february",
  "march",
  "april",
  "may",
  "june",
  "july",
  "august",
  "september",
  "october",
  "november",
  "december",
];

/**
 * The three-letter English month abbreviations, lower-cased, January first ("may" is both
 * the name and its abbreviation).
 */
export const ENGLISH_MONTH_ABBREVIATIONS: readonly string[] = ENGLISH_MONTHS.map((name) =>
  name.slice(0, 3),
);

/**
 * Month abbreviations that news prints besides the three-letter ones, with their month
 * number: "Sept." (AP style).
 */
const LONGER_MONTH_ABBREVIATIONS: Readonly<Record<string, number>> = { sept: 9 };

/**
 * The months AP style abbreviates before a day number ("Jan. 5", "Sept. 1"), lower-cased
 * and without the dot; March to July are always spelled out, so "Mar." and "Jun." are
 * rarely dates in news copy. "sep" is kept beside "sept" because wire copy prints both.
 */
export const AP_MONTH_ABBREVIATIONS: readonly string[] = [
  "jan",
  "feb",
  "aug",
  "sept",
  "sep",
  "oct",
  "nov",
  "dec",
];

/**
 * Every lower-case English word that names a month, full or abbreviated ("january",
 * "jan", "sept"), mapped to its month number (1–12).
 */
export const MONTH_WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...ENGLISH_MONTHS.map((name, index): [string, number] => [name, index + 1]),
  ...ENGLISH_MONTH_ABBREVIATIONS.map((name, index): [string, number] => [name, index + 1]),
  ...Object.entries(LONGER_MONTH_ABBREVIATIONS),
]);

/** Every lower-case English month word, full or abbreviated ("march", "mar", "sept"). */
export const MONTH_WORDS: ReadonlySet<string> = new Set(MONTH_WORD_NUMBERS.keys());

/**
 * English weekday names, lower-cased, Sunday first, so that the index is the weekday
 * number of `Date.prototype.getDay()` (and of chrono-node and date-fns).
 */
export const ENGLISH_WEEKDAYS: readonly string[] = [
  "sunday",
  "monday",
  "tuesday",
  "wednesday",
  "thursday",
  "friday",
  "saturday",
];

/** Weekday abbreviations as pages print them ("Tue", "Tues", "Thur", "Thurs"), lower-cased, with their weekday number (Sunday = 0). */
const WEEKDAY_ABBREVIATION_NUMBERS: Readonly<Record<string, number>> = {
  sun: 0,
  mon: 1,
  tue: 2,
  tues: 2,
  wed: 3,
  thu: 4,
  thur: 4,
  thurs: 4,
  fri: 5,
  sat: 6,
};

/** Weekday abbreviations as pages print them, lower-cased and without the dot: "mon", "tue", "tues", "thur", … */
export const ENGLISH_WEEKDAY_ABBREVIATIONS: readonly string[] = Object.keys(
  WEEKDAY_ABBREVIATION_NUMBERS,
);

/**
 * Every lower-case English word that names a weekday, full or abbreviated ("monday",
 * "mon", "thurs"), mapped to its weekday number (Sunday = 0, as `Date.prototype.getDay()`).
 */
export const WEEKDAY_WORD_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...ENGLISH_WEEKDAYS.map((name, index): [string, number] => [name, index]),
  ...Object.entries(WEEKDAY_ABBREVIATION_NUMBERS),
]);

/** Every lower-case English weekday word, full or abbreviated ("friday", "fri"). */
export const WEEKDAY_WORDS: ReadonlySet<string> = new Set(WEEKDAY_WORD_NUMBERS.keys());

// A word as a reader writes it: any case, an abbreviation's dot after it.
function calendarKey(word: string): string {
  return word.toLowerCase().replace(/\.$/u, "");
}

/**
 * The number of an English month word, full or abbreviated, in any case, with or without
 * an abbreviation's dot.
 *
 * @param word - a month word, e.g. `"September"`, `"Sept."`, `"aug"`
 * @returns the month number, 1 for January to 12 for December; `undefined` for any other word
 * @example
 * ```ts
 * monthNumber("Sept."); // 9
 * monthNumber("March"); // 3
 * monthNumber("Marco"); // undefined
 * ```
 */
export function monthNumber(word: string): number | undefined {
  return MONTH_WORD_NUMBERS.get(calendarKey(word));
}

/**
 * The weekday number of an English weekday word, full or abbreviated, in any case, with or
 * without an abbreviation's dot.
 *
 * @param word - a weekday word, e.g. `"Thursday"`, `"Thurs."`, `"sun"`
 * @returns 0 for Sunday to 6 for Saturday (as `Date.prototype.getDay()`); `undefined` for any other word
 * @example
 * ```ts
 * weekdayNumber("Thurs."); // 4
 * weekdayNumber("Sunday"); // 0
 * weekdayNumber("Sundays"); // undefined
 * ```
 */
export function weekdayNumber(word: string): number | undefined {
  return WEEKDAY_WORD_NUMBERS.get(calendarKey(word));
}

/**
 * Regular-expression alternation of every English month word, full or abbreviated
 * (`"september|…|sept|…|jan"`), longest first; use it with the `i` flag and add the
 * abbreviation's dot and word boundaries in the pattern.
 */
export const MONTH_WORD_PATTERN: string = wordAlternation(MONTH_WORDS);

/**
 * Regular-expression alternation of every English weekday word, full or abbreviated
 * (`"wednesday|…|thurs|…|sun"`), longest first; use it with the `i` flag.
 */
export const WEEKDAY_WORD_PATTERN: string = wordAlternation(WEEKDAY_WORDS);
