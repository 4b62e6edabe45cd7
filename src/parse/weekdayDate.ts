/**
 * Dates printed without their year but with their weekday: "Friday 2 May", "Tue, Sept. 16",
 * "Last updated 04:15 BST, Friday 2 May". Live pages and some CMSs leave the year out of
 * the stamps of the current year; the weekday then fixes the year, given the years the
 * page's other stamps name.
 *
 * @module
 */

import {
  MONTH_WORD_PATTERN,
  monthNumber,
  WEEKDAY_WORD_PATTERN,
  weekdayNumber,
} from "../text/calendarWords.js";
import type { FoundDate } from "./dateString.js";

// "Friday 2 May", "Fri, 2nd May", "Friday, May 2", "Fri. May 2nd": a weekday, then the day
// and month in either order, and no year after them (a year makes it a full date, read by
// the ordinary finders).
const WEEKDAY_DATE = new RegExp(
  `(?<![\\p{L}\\p{N}])(${WEEKDAY_WORD_PATTERN})\\.?,?\\s{1,3}` +
    `(?:(\\d{1,2})(?:st|nd|rd|th|\\.)?\\s{1,3}(${MONTH_WORD_PATTERN})\\.?` +
    `|(${MONTH_WORD_PATTERN})\\.?\\s{1,3}(\\d{1,2})(?:st|nd|rd|th)?)` +
    "(?![\\p{L}\\p{N}])(?!,?\\s{0,3}\\d{4})",
  "giu",
);

/**
 * Finds dates written with a weekday and without a year, and gives each the year near
 * the page's own in which that day falls on that weekday.
 *
 * @param text - a short line of a page, e.g. `"Last updated 04:15 BST, Friday 2 May"`
 * @param years - the years the page's other stamps name, most trusted first; each is
 *   tried, then the year before and the year after it (a stamp of 31 December read on
 *   1 January)
 * @returns the dates found, in order; a date whose weekday falls in none of those years
 *   is left out, as is every date when no years are given
 * @example
 * ```ts
 * findWeekdayDates("Updated Friday 2 May", [2025]).map((found) => found.date);
 * // ["2025-05-02"]
 * findWeekdayDates("Updated Monday 2 May", [2025]); // [] (2 May 2025 was a Friday)
 * ```
 */
export function findWeekdayDates(text: string, years: readonly number[]): FoundDate[] {
  if (years.length === 0) {
    return [];
  }
  const found: FoundDate[] = [];
  WEEKDAY_DATE.lastIndex = 0;
  for (let match = WEEKDAY_DATE.exec(text); match !== null; match = WEEKDAY_DATE.exec(text)) {
    const [matched, weekdayWord = "", dayFirst, monthAfter, monthFirst, dayAfter] = match;
    const weekday = weekdayNumber(weekdayWord);
    const month = monthNumber(monthAfter ?? monthFirst ?? "");
    const day = Number(dayFirst ?? dayAfter);
    if (weekday === undefined || month === undefined) {
      continue;
    }
    const year = yearOfWeekday(weekday, month, day, years);
    if (year !== undefined) {
      found.push({
        date: `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
        text: matched,
        index: match.index,
      });
    }
  }
  return found;
}

// The first of the given years, or of the years beside them, in which the day is a real
// date that falls on the weekday.
function yearOfWeekday(
  weekday: number,
  month: number,
  day: number,
  years: readonly number[],
): number | undefined {
  for (const year of years) {
    for (const candidate of [year, year - 1, year + 1]) {
      const date = new Date(Date.UTC(candidate, month - 1, day));
      if (date.getUTCDate() === day && date.getUTCDay() === weekday) {
        return candidate;
      }
    }
  }
  return undefined;
}
