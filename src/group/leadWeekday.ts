import { weekdayOf } from "../compare/calendarDay.js";
import { ENGLISH_WEEKDAYS, MONTH_WORDS } from "../text/calendarWords.js";
import { wordAlternation } from "../text/wordAlternation.js";
import { wordBefore } from "../text/wordBefore.js";

// The lead: the first sentences of a report, where it says when its event happened ("The
// navy on Saturday foiled…", "…shook the island early Thursday").
const LEAD_LENGTH = 320;
const WEEKDAY = new RegExp(`\\b(${wordAlternation(ENGLISH_WEEKDAYS, "capitalised")})\\b`, "gu");
const NEXT_WORD = /^[ \t]+(\p{Lu}[\p{L}]*)/u;
// Capitalised words that may stand before a weekday that names a day: sentence openers and
// prepositions ("On Monday", "Late Friday"). Any other capitalised word makes the weekday
// part of a name ("Good Friday", "Super Tuesday", "Easter Sunday").
const DAY_OPENERS: ReadonlySet<string> = new Set([
  "on",
  "by",
  "since",
  "until",
  "till",
  "last",
  "next",
  "this",
  "early",
  "late",
  "before",
  "after",
  "from",
  "through",
  "each",
  "every",
  "and",
  "or",
  "but",
  "as",
  "at",
]);

/**
 * The weekday a report's lead names, Sunday = 0: the first weekday in the first sentences
 * of its body that is not part of a name (a capitalised word other than a month after it,
 * "Sunday Times"; before it, "Good Friday").
 *
 * @param body - the article body
 * @returns the weekday number, or undefined when the lead names none
 * @example
 * ```ts
 * leadWeekday("The navy on Saturday foiled an attack on a tanker."); // 6
 * leadWeekday("Easter Sunday services were held as usual."); // undefined
 * ```
 */
export function leadWeekday(body: string): number | undefined {
  const lead = body.slice(0, LEAD_LENGTH);
  WEEKDAY.lastIndex = 0;
  for (let match = WEEKDAY.exec(lead); match !== null; match = WEEKDAY.exec(lead)) {
    const name = match[1] ?? "";
    const after = NEXT_WORD.exec(
      lead.slice(match.index + name.length, match.index + name.length + 24),
    );
    if (after !== null && !MONTH_WORDS.has((after[1] ?? "").toLowerCase())) continue;
    const before = wordBefore(lead, match.index);
    if (before !== undefined && /^\p{Lu}/u.test(before) && !DAY_OPENERS.has(before.toLowerCase())) {
      continue;
    }
    return ENGLISH_WEEKDAYS.indexOf(name.toLowerCase());
  }
  return undefined;
}

/**
 * The day a lead's weekday falls on, counted back from the publication day (the same
 * day or up to six days before it): two reports published on different days that name the
 * same Saturday meet.
 *
 * @param weekday - the weekday the lead names, Sunday = 0
 * @param publishedDay - the publication day, days since 1970-01-01
 * @returns the day the weekday names, days since 1970-01-01
 */
export function leadDay(weekday: number, publishedDay: number): number {
  return publishedDay - ((weekdayOf(publishedDay) - weekday + 7) % 7);
}
