import * as chrono from "chrono-node";
import { assertText } from "../parse/validateArticle.js";
import {
  AP_MONTH_ABBREVIATIONS,
  ENGLISH_MONTHS,
  ENGLISH_WEEKDAY_ABBREVIATIONS,
  ENGLISH_WEEKDAYS,
  monthNumber,
} from "../text/calendarWords.js";
import { isSpaceOrEdge } from "../text/chars.js";
import { isWeakPublishedDate } from "../text/dateSources.js";
import { NUMBER_WORDS, TENS_WORDS, UNIT_WORDS } from "../text/numberWords.js";
import { trimEndWhere } from "../text/trimEndWhere.js";
import { wordAlternation } from "../text/wordAlternation.js";
import { wordBefore } from "../text/wordBefore.js";
import type { DateCertainty, DateMention, DateRule, PublishedSource } from "../types.js";
import {
  type CalendarUnit,
  dayValue,
  monthValue,
  parseDay,
  shiftDate,
  valueAt,
  weekendValue,
  yearValue,
} from "./calendar.js";
import { clauseTense, isFutureTense } from "./clauseTense.js";
import { planCalledOff } from "./planCalledOff.js";

/**
 * Date expressions: chrono-node finds absolute dates and day-level relative ones; a news
 * rule layer on top resolves weekdays and bare months by tense, and adds the week, month
 * and year values chrono does not give ("last week", "this year", "March", "2014").
 */

// The certainty a step gives a value it resolved; a weak reference is decided at the end.
type ResolvedCertainty = Exclude<DateCertainty, "weak-reference" | "unresolved">;

interface Candidate extends DateMention {
  // Higher wins when two candidates cover the same span: our rules refine chrono.
  priority: number;
}

const NOT_WORD_BEFORE = "(?<![\\p{L}\\p{N}])";
const NOT_WORD_AFTER = "(?![\\p{L}\\p{N}])";

// "earlier this week", "last month", "the past year", "next weekend".
const RELATIVE_PERIOD = new RegExp(
  `${NOT_WORD_BEFORE}(?:(?:earlier|later|early|late|the end of|the beginning of|the middle of|the start of|the rest of)\\s+)?` +
    "(this past|this coming|this|last|next|the past|the last|the coming|the next|the previous|the following|past|coming|previous)" +
    `\\s+(week|month|year|weekend)${NOT_WORD_AFTER}`,
  "giu",
);

// "two days ago", "3 weeks ago", "a year ago".
// Number words from "one" to the given value ("dozen" is a noun: "a dozen days ago").
function numberWordsUpTo(most: number, least = 1): string {
  return wordAlternation(
    Object.keys(NUMBER_WORDS).filter((word) => {
      const value = NUMBER_WORDS[word] ?? 0;
      return word !== "dozen" && value >= least && value <= most;
    }),
  );
}

const AGO = new RegExp(
  `${NOT_WORD_BEFORE}(\\d{1,3}|an?|${numberWordsUpTo(12)})\\s+(day|week|month|year)s?\\s+(?:or\\s+so\\s+)?ago${NOT_WORD_AFTER}`,
  "giu",
);

// "Jan.", "Sept.": AP-style abbreviations, which always carry their dot.
const AP_ABBREVIATIONS_WITH_DOT = wordAlternation(AP_MONTH_ABBREVIATIONS, "capitalised").replace(
  /\p{L}+/gu,
  "$&\\.",
);

// Month names with an optional modifier, not followed by a day number (chrono reads those).
const MONTH_NAME = new RegExp(
  `${NOT_WORD_BEFORE}(?:(last|next|this|early|late|mid-|mid|earlier|later|Last|Next|This|Early|Late|Mid-|Mid|Earlier|Later)\\s*)?` +
    `(${wordAlternation(ENGLISH_MONTHS, "capitalised")}|${AP_ABBREVIATIONS_WITH_DOT})` +
    `(?:,?\\s+(\\d{4})|\\s+(last|this|next)\\s+year)?${NOT_WORD_AFTER}(?!\\s*\\d)`,
  "gu",
);

// A lone four-digit year: not part of a longer number, an amount, a time or a decade.
const YEAR = /(?<![\p{L}\p{N}$£€.,:/])(1[89]\d\d|20\d\d)(?![\p{L}\p{N}%]|[.,:/-]\d)/gu;

// A count of years, months, weeks or days and then "after" or "before", and the words
// before it that make it a length of time ("a term of", "jailed for", "will serve").
const SPAN_THEN_ANCHOR = /^[\p{L}\d-]+\s+(?:years?|months?|weeks?|days?)\s+(?:after|before)$/iu;
const DURATION_HOLDER =
  /(?<![\p{L}])(?:of|for|serve|serves|served|serving|spent|spend|got|gets|faces|facing|sentenced to|jailed for)\s$/iu;
// A bare number opening what chrono read, and the marks that make a number a clock time.
const BARE_HOUR_LEAD = /^\d{1,2}(?:\s?(?:to|-|–)\s?\d{1,2})?\s+/u;
const AT_BEFORE = /(?<![\p{L}])(?:at|by)\s$/iu;
const CLOCK_MARK = /:\d|\b[ap]\.?m\b|o['’]clock|\d\s?h\b|\bnoon\b|\bmidnight\b/iu;

// Expressions chrono reads that are not dates a reader would check.
const NOT_A_DATE =
  /^(?:now|right now|the moment|a moment|second|minute|hour|(?:in\s+)?(?:an?|a few|one|\d+)\s+(?:second|minute|hour)s?)$/iu;

// A weekday's full name, or its abbreviation with the dot.
const WEEKDAY = new RegExp(
  `${wordAlternation(ENGLISH_WEEKDAYS)}|(?:${wordAlternation(ENGLISH_WEEKDAY_ABBREVIATIONS)})\\.`,
  "iu",
);

function relativePeriodOffset(modifier: string): number {
  const lower = modifier.toLowerCase();
  if (lower === "this" || lower === "this coming") return 0;
  if (/next|coming|following/u.test(lower)) return 1;
  return -1;
}

// How certain a resolved value is, by the step that resolved it (see DateRule's groups).
const RULE_CERTAINTY: Record<DateRule, ResolvedCertainty> = {
  "absolute-day": "stated",
  "month-year": "stated",
  year: "stated",
  "year-in-words": "stated",
  "range-year": "stated",
  "month-day": "year-implied",
  "month-day-nearest-year": "year-implied",
  "month-day-past-tense": "year-implied",
  "month-day-future-tense": "year-implied",
  "month-day-weekday-year": "year-implied",
  month: "year-implied",
  "month-nearest": "year-implied",
  "month-past-tense": "year-implied",
  "month-future-tense": "year-implied",
  holiday: "year-implied",
  weekday: "relative",
  "weekday-news-rule": "relative",
  "weekday-future-tense": "relative",
  "weekday-last": "relative",
  "weekday-next": "relative",
  "weekday-until": "relative",
  "weekday-planned": "relative",
  "weekday-of-date": "relative",
  "relative-day": "relative",
  ago: "relative",
  "relative-week": "relative",
  "relative-month": "relative",
  "relative-year": "relative",
  "relative-weekend": "relative",
  "month-last": "relative",
  "month-next": "relative",
  "month-this-year": "relative",
  "month-relative-year": "relative",
  "current-year": "relative",
  "previous-year": "relative",
  "year-end": "relative",
  "time-of-day": "relative",
  anchored: "relative",
};

// Without a publication date (or counted from another date) there is no value: the rule
// still names the step that read the expression.
function unresolved(text: string, start: number, rule: DateRule, priority: number): Candidate {
  return {
    text,
    start,
    end: start + text.length,
    resolved: false,
    rule,
    certainty: "unresolved",
    priority,
  };
}

function resolvedAs(
  text: string,
  start: number,
  value: string,
  rule: DateRule,
  priority: number,
): Candidate {
  return {
    text,
    start,
    end: start + text.length,
    value,
    resolved: true,
    rule,
    certainty: RULE_CERTAINTY[rule],
    priority,
  };
}

function findRelativePeriods(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(RELATIVE_PERIOD)) {
    const text = match[0];
    const unit = (match[2] ?? "").toLowerCase();
    const rule = `relative-${unit}` as DateRule;
    if (!published) {
      found.push(unresolved(text, match.index, rule, 2));
      continue;
    }
    const modifier = (match[1] ?? "").toLowerCase();
    if (modifier === "the following" || modifier === "the previous") {
      // "the following month" counts from another date in the story, not from publication.
      found.push(unresolved(text, match.index, "anchored", 2));
      continue;
    }
    // "for the past week" is the week up to now (TimeML's reading), "the past year" the last one.
    const offset =
      unit === "week" && (modifier === "the past" || modifier === "the last")
        ? 0
        : relativePeriodOffset(modifier);
    if (unit === "weekend") {
      found.push(
        resolvedAs(text, match.index, weekendValue(shiftDate(published, "week", offset)), rule, 2),
      );
      continue;
    }
    const calendarUnit = unit as CalendarUnit;
    const value = valueAt(shiftDate(published, calendarUnit, offset), calendarUnit);
    found.push(resolvedAs(text, match.index, value, rule, 2));
  }
  return found;
}

function findAgo(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(AGO)) {
    const text = match[0];
    const count = match[1] ?? "";
    const spelled = count.toLowerCase();
    const amount =
      spelled === "a" || spelled === "an" ? 1 : (NUMBER_WORDS[spelled] ?? Number(count));
    const unit = (match[2] ?? "").toLowerCase() as CalendarUnit;
    if (!published) {
      found.push(unresolved(text, match.index, "ago", 2));
      continue;
    }
    // "two weeks ago" and "a year ago" name a day (as TimeBank annotates them); "three
    // months ago" only the month, "five years ago" only the year.
    const granularity: CalendarUnit =
      unit === "week" || (unit === "year" && amount === 1) ? "day" : unit;
    found.push(
      resolvedAs(
        text,
        match.index,
        valueAt(shiftDate(published, unit, -amount), granularity),
        "ago",
        2,
      ),
    );
  }
  return found;
}

// "May" is also a modal verb: only a modifier, a year or a preposition makes it a month.
function isModalMay(body: string, start: number, hasModifier: boolean, hasYear: boolean): boolean {
  if (hasModifier || hasYear) return false;
  const before = body.slice(Math.max(0, start - 12), start).toLowerCase();
  return !/(?:in|of|since|until|by|from|to|through|early|late|mid|last|next|this|during|before|after)\s+$/u.test(
    before,
  );
}

// A plan or a condition governs the clause that ends at the weekday (no sentence or clause
// break in between).
const PLAN_BEFORE =
  /(?:(?<![\p{L}])(?:planned|plans|planning|intends|intended)(?![\p{L}])|as soon as)[^.;:!?,]{0,60}$/iu;

// A schedule that names the day ("the match scheduled for Sunday", "the vote set for
// Friday"): read forward by the clause's tense, unless it is reported as called off.
const SCHEDULE_BEFORE =
  /(?<![\p{L}])(?:scheduled|slated|set|due|meant)(?![\p{L}])[^.;:!?,]{0,60}$/iu;

// A deadline preposition before a month reads forward: "by February", "until mid-November".
const DEADLINE_BEFORE =
  /(?:by|until|till|through|before)\s+(?:(?:early|late|mid-?|the end of|the middle of)\s*)?$/iu;

// A bare month: an explicit tense picks the side of the publication month; without one the
// nearest such month wins (TimeBank's annotators read bare months that way far more often
// than as strictly past).
function resolveBareMonth(
  body: string,
  start: number,
  end: number,
  month: number,
  published: Date,
): { year: number; rule: DateRule } {
  const publishedYear = published.getFullYear();
  const publishedMonth = published.getMonth() + 1;
  const deadline = DEADLINE_BEFORE.test(body.slice(Math.max(0, start - 20), start));
  const tense = deadline ? "future" : clauseTense(body, start, end);
  if (tense === "future") {
    return {
      year: month < publishedMonth ? publishedYear + 1 : publishedYear,
      rule: "month-future-tense",
    };
  }
  if (tense === "past") {
    return {
      year: month > publishedMonth ? publishedYear - 1 : publishedYear,
      rule: "month-past-tense",
    };
  }
  const offset = month - publishedMonth;
  if (offset >= 6) return { year: publishedYear - 1, rule: "month-nearest" };
  if (offset < -6) return { year: publishedYear + 1, rule: "month-nearest" };
  return { year: publishedYear, rule: "month-nearest" };
}

function findMonthNames(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(MONTH_NAME)) {
    const text = match[0];
    const modifier = (match[1] ?? "").toLowerCase().replace(/-$/u, "");
    const name = match[2] ?? "";
    const year = match[3];
    const relativeYear = match[4]?.toLowerCase();
    if (name === "May" && isModalMay(body, match.index, modifier !== "", year !== undefined))
      continue;
    // "the March on Washington" names an event.
    const after = body.slice(match.index + text.length, match.index + text.length + 8);
    if (name === "March" && modifier === "" && /^\s+on\s+\p{Lu}/u.test(after)) continue;
    const month = monthNumber(name) ?? 0;
    if (year !== undefined) {
      found.push(
        resolvedAs(text, match.index, `${year}-${String(month).padStart(2, "0")}`, "month-year", 1),
      );
      continue;
    }
    if (relativeYear !== undefined) {
      if (!published) {
        found.push(unresolved(text, match.index, "month-relative-year", 1));
        continue;
      }
      const shift = relativeYear === "last" ? -1 : relativeYear === "next" ? 1 : 0;
      const value = `${published.getFullYear() + shift}-${String(month).padStart(2, "0")}`;
      found.push(resolvedAs(text, match.index, value, "month-relative-year", 1));
      continue;
    }
    if (!published) {
      found.push(unresolved(text, match.index, "month", 1));
      continue;
    }
    const publishedMonth = published.getMonth() + 1;
    let yearOfMonth = published.getFullYear();
    let rule: DateRule;
    if (modifier === "last") {
      rule = "month-last";
      if (month >= publishedMonth) yearOfMonth -= 1;
    } else if (modifier === "next") {
      rule = "month-next";
      if (month <= publishedMonth) yearOfMonth += 1;
    } else if (modifier === "this") {
      rule = "month-this-year";
    } else {
      const monthRule = resolveBareMonth(
        body,
        match.index,
        match.index + text.length,
        month,
        published,
      );
      rule = monthRule.rule;
      yearOfMonth = monthRule.year;
    }
    found.push(
      resolvedAs(text, match.index, `${yearOfMonth}-${String(month).padStart(2, "0")}`, rule, 1),
    );
  }
  return found;
}

// The publication year named without a number: "the current fiscal year", "by year-end".
const CURRENT_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(?:the\\s+(?:current\\s+fiscal\\s+|current\\s+|full\\s+|fiscal\\s+)?year(?![-‐]|\\s+(?:before|after|earlier|later|ago|two|nineteen|to)${NOT_WORD_AFTER})|year[- ]end|year['’]s\\s+end|the\\s+end\\s+of\\s+the\\s+year|(?:earlier|later)\\s+in\\s+the\\s+year)${NOT_WORD_AFTER}`,
  "giu",
);
// The year before publication: "a year earlier", "year-ago results".
const PREVIOUS_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(?:a\\s+year\\s+(?:earlier|before)|year[- ](?:earlier|ago))${NOT_WORD_AFTER}`,
  "giu",
);

// Years spoken as words in broadcast transcripts: "nineteen ninety-six", "two thousand one".
const WORD_YEAR = new RegExp(
  `${NOT_WORD_BEFORE}(?:(seventeen|eighteen|nineteen)\\s+(${numberWordsUpTo(19, 10)}|${wordAlternation(TENS_WORDS)})(?:[- ](${wordAlternation(UNIT_WORDS)}))?|two\\s+thousand(?:\\s+(?:and\\s+)?(${numberWordsUpTo(19)}))?)${NOT_WORD_AFTER}`,
  "giu",
);

function wordYear(match: RegExpMatchArray): number {
  const century = match[1];
  if (century !== undefined) {
    const decade = (match[2] ?? "").toLowerCase();
    const unit = NUMBER_WORDS[(match[3] ?? "").toLowerCase()] ?? 0;
    return (NUMBER_WORDS[century.toLowerCase()] ?? 0) * 100 + (NUMBER_WORDS[decade] ?? 0) + unit;
  }
  const rest = (match[4] ?? "").toLowerCase();
  return 2000 + (NUMBER_WORDS[rest] ?? 0);
}

function findYearPhrases(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(CURRENT_YEAR)) {
    if (!published) {
      found.push(unresolved(match[0], match.index, "current-year", 1));
    } else if (/^year-end$/iu.test(match[0])) {
      // "by year-end" is the last day of this year; "since year-end" the last one passed.
      const since = /since\s+$/iu.test(body.slice(Math.max(0, match.index - 8), match.index));
      found.push(
        resolvedAs(
          match[0],
          match.index,
          `${published.getFullYear() - (since ? 1 : 0)}-12-31`,
          "year-end",
          1,
        ),
      );
    } else {
      found.push(resolvedAs(match[0], match.index, yearValue(published), "current-year", 1));
    }
  }
  for (const match of body.matchAll(PREVIOUS_YEAR)) {
    if (!published) found.push(unresolved(match[0], match.index, "previous-year", 1));
    else
      found.push(
        resolvedAs(match[0], match.index, String(published.getFullYear() - 1), "previous-year", 1),
      );
  }
  for (const match of body.matchAll(WORD_YEAR)) {
    found.push(resolvedAs(match[0], match.index, String(wordYear(match)), "year-in-words", 1));
  }
  return found;
}

// Fixed-rule public holidays that news dates events by (US and international).
const HOLIDAY = new RegExp(
  `${NOT_WORD_BEFORE}(?:(last|next|this)\\s+)?(Thanksgiving(?:\\s+Day)?|Christmas(?:\\s+Day|\\s+Eve)?|New\\s+Year['’]s(?:\\s+Day|\\s+Eve)|Election\\s+Day|Independence\\s+Day|Labor\\s+Day|Memorial\\s+Day|Halloween)${NOT_WORD_AFTER}`,
  "gu",
);

// The n-th (or last, n = -1) given weekday of a month.
function nthWeekday(year: number, month: number, weekday: number, nth: number): Date {
  if (nth < 0) {
    const last = new Date(year, month, 0, 12);
    return shiftDate(last, "day", -((last.getDay() - weekday + 7) % 7));
  }
  const first = new Date(year, month - 1, 1, 12);
  return shiftDate(first, "day", ((weekday - first.getDay() + 7) % 7) + 7 * (nth - 1));
}

function holidayIn(name: string, year: number): Date {
  const lower = name.toLowerCase().replace(/\s+/gu, " ");
  if (lower.startsWith("thanksgiving")) return nthWeekday(year, 11, 4, 4);
  if (lower === "christmas eve") return new Date(year, 11, 24, 12);
  if (lower.startsWith("christmas")) return new Date(year, 11, 25, 12);
  if (lower.endsWith("eve")) return new Date(year, 11, 31, 12);
  if (lower.startsWith("new year")) return new Date(year, 0, 1, 12);
  // US Election Day: the Tuesday after the first Monday of November.
  if (lower.startsWith("election")) return shiftDate(nthWeekday(year, 11, 1, 1), "day", 1);
  if (lower.startsWith("independence")) return new Date(year, 6, 4, 12);
  if (lower.startsWith("labor")) return nthWeekday(year, 9, 1, 1);
  if (lower.startsWith("memorial")) return nthWeekday(year, 5, 1, -1);
  return new Date(year, 9, 31, 12);
}

function findHolidays(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(HOLIDAY)) {
    const text = match[0];
    if (!published) {
      found.push(unresolved(text, match.index, "holiday", 1));
      continue;
    }
    const modifier = match[1];
    const name = match[2] ?? "";
    const year = published.getFullYear();
    const thisYear = holidayIn(name, year);
    const future =
      modifier === "next" ||
      (modifier !== "last" && isFutureTense(body, match.index, match.index + text.length));
    let date = thisYear;
    // Like a bare weekday: the latest such holiday up to publication unless the clause looks ahead.
    if (future && dayValue(thisYear) < dayValue(published)) date = holidayIn(name, year + 1);
    if (!future && dayValue(thisYear) > dayValue(published)) date = holidayIn(name, year - 1);
    if (modifier === "last" && dayValue(date) === dayValue(published))
      date = holidayIn(name, year - 1);
    found.push(resolvedAs(text, match.index, dayValue(date), "holiday", 1));
  }
  return found;
}

// Capitalised words that may stand before a year without naming something.
const YEAR_LEADS = new Set([
  "in",
  "since",
  "by",
  "until",
  "before",
  "after",
  "during",
  "from",
  "of",
  "the",
  "and",
  "or",
  "early",
  "late",
  "mid",
  "fiscal",
  "spring",
  "summer",
  "autumn",
  "fall",
  "winter",
  "through",
  "for",
  "about",
  "around",
  "circa",
  "a",
  "an",
  "that",
  "this",
  "his",
  "her",
  "its",
  "their",
  "our",
  "every",
  "each",
  "last",
  "next",
  "with",
  "at",
  "on",
  "to",
  "as",
  "but",
  "so",
  "than",
  "till",
  "between",
  "against",
  "over",
  "under",
  "into",
  "among",
  "only",
  "whose",
  "which",
  "what",
  "when",
  "year",
  "season",
  "class",
  "vintage",
  "model",
  "election",
  "elections",
]);

// Parts of the day chrono does not read; like "this morning" they fall on the publication day.
const DAWN = new RegExp(
  `${NOT_WORD_BEFORE}(?:dawn|dusk|daybreak|nightfall)${NOT_WORD_AFTER}`,
  "giu",
);

function findPartsOfDay(body: string, published: Date | undefined): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(DAWN)) {
    const lead = body.slice(Math.max(0, match.index - 16), match.index);
    if (ANCHOR_LEAD.test(lead)) found.push(unresolved(match[0], match.index, "anchored", 0));
    else if (!published) found.push(unresolved(match[0], match.index, "time-of-day", 0));
    else found.push(resolvedAs(match[0], match.index, dayValue(published), "time-of-day", 0));
  }
  return found;
}

function findYears(body: string): Candidate[] {
  const found: Candidate[] = [];
  for (const match of body.matchAll(YEAR)) {
    // A capitalised word before the number makes it part of a name ("Orion 1980", "Euro 2024").
    const word = wordBefore(body, match.index, 20);
    const before = word !== undefined && /^\p{Lu}/u.test(word) ? word : undefined;
    if (
      before !== undefined &&
      !YEAR_LEADS.has(before.toLowerCase()) &&
      monthNumber(before) === undefined
    )
      continue;
    found.push(resolvedAs(match[0], match.index, match[0], "year", 0));
  }
  return found;
}

// The news rule for weekdays (as in HeidelTime): the latest such day on or before the
// publication date, unless the clause is in the future tense; "last"/"next" force a side.
function resolveWeekday(
  body: string,
  start: number,
  end: number,
  weekday: number,
  published: Date,
): { value: string; rule: DateRule } {
  const publishedWeekday = published.getDay();
  const back = (publishedWeekday - weekday + 7) % 7;
  const forward = (weekday - publishedWeekday + 7) % 7;
  // The modifier may sit inside the mention ("last Friday") or just before it ("the previous Friday").
  const lead = body.slice(Math.max(0, start - 16), end).toLowerCase();
  if (/(?:last|past|previous)\s+\p{L}+\.?$/u.test(lead)) {
    return {
      value: dayValue(shiftDate(published, "day", -(back === 0 ? 7 : back))),
      rule: "weekday-last",
    };
  }
  if (/(?:next|coming)\s+\p{L}+\.?$/u.test(lead)) {
    return {
      value: dayValue(shiftDate(published, "day", forward === 0 ? 7 : forward)),
      rule: "weekday-next",
    };
  }
  // "postponed until Tuesday", "closed till Monday": the deadline lies ahead, as for months.
  // A sentence that opens "Until Thursday, …" looks back on the time before that day.
  if (
    /(?<![\p{L}])(?:until|till)\s+$/u.test(body.slice(Math.max(0, start - 8), start)) &&
    forward > 0
  ) {
    return { value: dayValue(shiftDate(published, "day", forward)), rule: "weekday-until" };
  }
  // "planned a rally on Saturday", "as soon as trading opens Monday": the plan or the
  // condition is stated now, the day it names lies ahead. A plan reported as called off,
  // postponed or scrapped ("the march planned for Saturday was called off") is told after
  // the fact: the news rule reads its day, whatever the clause's other words say.
  const planWindow = Math.max(0, start - 70);
  const clauseLead = body.slice(planWindow, start);
  const plan = PLAN_BEFORE.exec(clauseLead);
  const scheduled = plan ?? SCHEDULE_BEFORE.exec(clauseLead);
  const calledOff = scheduled !== null && planCalledOff(body, planWindow + scheduled.index, end);
  if (plan !== null && !calledOff && forward > 0) {
    return { value: dayValue(shiftDate(published, "day", forward)), rule: "weekday-planned" };
  }
  // "Wednesday's ruling" names a day whose event is already known: the past reading.
  const possessive = /^['’]s(?![\p{L}])/u.test(body.slice(end, end + 3));
  if (!possessive && !calledOff && isFutureTense(body, start, end)) {
    return { value: dayValue(shiftDate(published, "day", forward)), rule: "weekday-future-tense" };
  }
  return { value: dayValue(shiftDate(published, "day", -back)), rule: "weekday-news-rule" };
}

// A month and day without a year: the clause's tense picks the year before or after the
// publication date; with no tense marker, chrono's nearest year stands.
function resolveMonthDay(
  body: string,
  start: number,
  end: number,
  components: chrono.ParsedComponents,
  published: Date,
): { value: string; rule: DateRule } {
  const date = components.date();
  const weekday = components.isCertain("weekday") ? components.get("weekday") : null;
  if (weekday !== null) {
    // "Saturday, April 25": the year in which that day falls on that weekday.
    const candidate = yearOfWeekday(date, weekday);
    if (candidate) return { value: dayValue(candidate), rule: "month-day-weekday-year" };
  }
  const distance = Math.abs(date.getTime() - published.getTime()) / 86_400_000;
  // Near dates keep chrono's nearest year; far ones follow the clause's tense.
  const deadline = DEADLINE_BEFORE.test(body.slice(Math.max(0, start - 20), start));
  // A deadline preposition ("by Jan. 14", "until March 3") points forward.
  const tense =
    distance > NEAREST_YEAR_DAYS
      ? deadline
        ? "future"
        : clauseTense(body, start, end)
      : undefined;
  let candidate = date;
  if (tense === "past" && candidate > published) candidate = shiftDate(candidate, "year", -1);
  else if (tense === "future" && candidate < published) candidate = shiftDate(candidate, "year", 1);
  const rule: DateRule =
    tense === undefined ? "month-day-nearest-year" : `month-day-${tense}-tense`;
  return { value: dayValue(candidate), rule };
}

/**
 * Moves a month-day read without its year to the year, nearest first, in which it falls on
 * the weekday printed before it ("Saturday 14 March" in an October 2026 story is 2026's).
 */
function matchWeekdayYear(mention: Candidate, weekday: number): void {
  const day = parseDay(mention.value ?? "");
  if (!day || day.getDay() === weekday) return;
  const candidate = yearOfWeekday(day, weekday);
  if (!candidate) return;
  mention.value = dayValue(candidate);
  mention.rule = "month-day-weekday-year";
}

/** The same month and day in the year, nearest first (this one, the one before, after), when it falls on the weekday. */
function yearOfWeekday(date: Date, weekday: number): Date | undefined {
  for (const shift of [0, -1, 1]) {
    const candidate = shiftDate(date, "year", shift);
    if (candidate.getDay() === weekday) return candidate;
  }
  return undefined;
}

// How far from the publication date a month-day may lie before tense overrides chrono's nearest year.
const NEAREST_YEAR_DAYS = 90;

const WRITTEN_YEAR = /\d{4}|['’]\d\d/u;
// Range separators chrono joins ("Aug. 26 to Oct. 20", "Friday to December").
// The spaces around are taken by widening the match, not by a leading \s* (which a
// long run of spaces would make quadratic).
const RANGE_SEPARATOR = /-|–|—|(?<![\p{L}\p{N}])(?:to|through|until|till)(?![\p{L}\p{N}])/u;
// "the night of Oct. 23": the part of the day leads, the date follows.
const PART_OF_DAY_LEAD = /^(?:the\s+)?(?:night|morning|evening|afternoon|early hours)\s+of\s+/iu;
// "Thursday, Jan. 6": a weekday in front of a full date.
const WEEKDAY_LEAD = new RegExp(
  `^(?:[Oo]n\\s+)?(?:${wordAlternation(ENGLISH_WEEKDAYS, "capitalised")})(?:,\\s*|\\s+)(?=\\p{Lu}|\\d)`,
  "u",
);
// A weekday alone, perhaps after "on".
const BARE_WEEKDAY = new RegExp(`^(?:on\\s+)?(?:${wordAlternation(ENGLISH_WEEKDAYS)})$`, "iu");
// Expressions anchored to another event in the story ("the day before", "two weeks later").
const ANCHORED_ELSEWHERE = /(?:before|after|later|earlier|in the day)$/iu;
// A capitalised word right after a bare weekday makes it part of a name, unless it is a month.
const WEEKDAY_IN_NAME =
  /^\s(?:Times|Telegraph|Express|Mirror|Post|Herald|Tribune|Journal|Observer|Independent|Star|Sport|Agreement|Accords?)(?![\p{L}])/u;
// Words before an expression that count it from another date in the story.
const ANCHOR_LEAD = /(?:the\s+(?:next|following|previous)|that|same)\s+$/iu;
// Explicit clock times; chrono also reads "000 a" in "300,000 a month" as a time.
const CLOCK_TIME = /\d:\d\d|\d\s*(?:a\.m\.|p\.m\.|am|pm)(?!\p{L})|noon|midnight|o['’]clock/iu;
const PART_OF_DAY = /morning|afternoon|evening|night|tonight|dawn|dusk/iu;

function classifyChrono(
  body: string,
  rawText: string,
  rawIndex: number,
  components: chrono.ParsedComponents,
  published: Date | undefined,
): Candidate | undefined {
  // chrono keeps a leading "on" and a trailing comma ("on Tuesday,"): the mention is the date's own words.
  const text = trimEndWhere(rawText.replace(/^(?:\s|(?:on|On|at|At)\s+)+/u, ""), (char) =>
    /[\s,;:]/u.test(char),
  );
  const index = rawIndex + rawText.indexOf(text);
  if (text === "") return undefined;
  const hasYear = WRITTEN_YEAR.test(text);
  const end = index + text.length;
  const weekday = components.get("weekday");
  if (
    !components.isCertain("day") &&
    components.isCertain("weekday") &&
    weekday !== null &&
    WEEKDAY.test(text)
  ) {
    if (!published) return unresolved(text, index, "weekday", 1);
    const { value, rule } = resolveWeekday(body, index, end, weekday, published);
    return resolvedAs(text, index, value, rule, 1);
  }
  if (components.isCertain("day")) {
    if (hasYear) return resolvedAs(text, index, dayValue(components.date()), "absolute-day", 1);
    if (!published) {
      return unresolved(
        text,
        index,
        components.isCertain("month") ? "month-day" : "relative-day",
        1,
      );
    }
    // "today", "tonight", "yesterday", "2 days ago": chrono counts from the reference date.
    if (!/\d/u.test(text))
      return resolvedAs(text, index, dayValue(components.date()), "relative-day", 1);
    const { value, rule } = resolveMonthDay(body, index, end, components, published);
    return resolvedAs(text, index, value, rule, 1);
  }
  if (components.isCertain("month") && components.isCertain("year") && hasYear) {
    return resolvedAs(text, index, monthValue(components.date()), "month-year", 0);
  }
  if (components.isCertain("year") && hasYear) {
    return resolvedAs(text, index, yearValue(components.date()), "year", 0);
  }
  // Times of day and parts of the day ("this morning", "at 5 p.m.") fall on the publication day.
  if (CLOCK_TIME.test(text) || PART_OF_DAY.test(text)) {
    if (!published) return unresolved(text, index, "time-of-day", 0);
    return resolvedAs(text, index, dayValue(published), "time-of-day", 0);
  }
  return undefined;
}

function parseWithChrono(text: string, reference: Date): chrono.ParsedResult | undefined {
  return chrono.en.casual.parse(text, reference, { forwardDate: false })[0];
}

// The parts of a chrono result this stage reads; sub-parses re-base their offsets.
interface ChronoMatch {
  text: string;
  index: number;
  start: chrono.ParsedComponents;
  end?: chrono.ParsedComponents | undefined;
}

function inheritYear(
  left: Candidate,
  rightValue: string,
  components: chrono.ParsedComponents,
): Candidate | undefined {
  const month = components.get("month");
  const day = components.get("day");
  if (
    !components.isCertain("month") ||
    !components.isCertain("day") ||
    month === null ||
    day === null
  )
    return left;
  if (!/^\d{4}-\d{2}/u.test(rightValue)) return left;
  const leftDay = `0000-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  const rightYear = Number(rightValue.slice(0, 4));
  // A range runs forward: a later month on the left belongs to the year before.
  const year = leftDay.slice(5) > rightValue.slice(5) ? rightYear - 1 : rightYear;
  return {
    ...left,
    value: `${year}${leftDay.slice(4)}`,
    resolved: true,
    rule: "range-year",
    certainty: RULE_CERTAINTY["range-year"],
  };
}

// Slash dates without a year ("9/11", "4/5") are names and fractions more often than dates in news.
const SLASH_WITHOUT_YEAR = /^\d{1,2}\/\d{1,2}$/u;

function fromChrono(
  body: string,
  result: ChronoMatch,
  published: Date | undefined,
  reference: Date,
): Candidate[] {
  const { text, index } = result;
  const trimmed = text.trim();
  if (NOT_A_DATE.test(trimmed) || SLASH_WITHOUT_YEAR.test(trimmed)) return [];
  // "voted 31 to 18 on Monday": chrono reads the bare 18 as six in the evening, and "12 to
  // 3" as a span of hours. A number
  // with no mark of a clock (a colon, "a.m.", "o'clock") is not a time: the date starts after it.
  const bareHour = BARE_HOUR_LEAD.exec(text);
  if (
    bareHour &&
    result.start.isCertain("hour") &&
    !CLOCK_MARK.test(text) &&
    !AT_BEFORE.test(body.slice(Math.max(0, index - 4), index))
  ) {
    const rest = text.slice(bareHour[0].length);
    const inner = parseWithChrono(rest, reference);
    if (inner?.index !== 0) return [];
    return fromChrono(
      body,
      { ...inner, index: index + bareHour[0].length, text: inner.text },
      published,
      reference,
    );
  }
  // "The Sunday Times", "Good Friday Agreement": a weekday inside a name.
  if (
    WEEKDAY_IN_NAME.test(body.slice(index + text.length, index + text.length + 12)) &&
    BARE_WEEKDAY.test(trimmed)
  )
    return [];
  // "the day before", "the next morning", "the previous Friday": counted from another date
  // in the story, which the publication date cannot resolve; kept as evidence, unresolved.
  const anchorLead = ANCHOR_LEAD.exec(body.slice(Math.max(0, index - 16), index));
  // "a minimum term of 22 years after a jury convicted him", "jailed for 12 years after":
  // a length of time held by the words before it, not a date counted from the next event.
  if (
    !anchorLead &&
    SPAN_THEN_ANCHOR.test(trimmed) &&
    DURATION_HOLDER.test(body.slice(Math.max(0, index - 12), index))
  )
    return [];
  if (anchorLead || ANCHORED_ELSEWHERE.test(trimmed)) {
    const start = index - (anchorLead?.[0].length ?? 0);
    const anchoredText = body.slice(start, index) + trimmed;
    return [unresolved(anchoredText, start, "anchored", 1)];
  }
  // Split joined expressions so each date keeps its own words and value.
  const lead = PART_OF_DAY_LEAD.exec(text) ?? WEEKDAY_LEAD.exec(text);
  if (lead) {
    const rest = text.slice(lead[0].length);
    const restIndex = index + lead[0].length;
    const inner = parseWithChrono(rest, reference);
    if (inner && inner.index === 0) {
      const parts = fromChrono(
        body,
        { ...inner, index: restIndex, text: inner.text } as chrono.ParsedResult,
        published,
        reference,
      );
      const first = parts[0];
      if (first && WEEKDAY_LEAD.test(text)) {
        // The weekday in front of a full date takes that date's value.
        const weekdayText = trimEndWhere(lead[0].replace(/^[Oo]n\s+/u, ""), (char) =>
          /[,\s]/u.test(char),
        );
        // "Saturday 14 March" with no year: the year in which that day is that weekday.
        const weekday = ENGLISH_WEEKDAYS.indexOf(weekdayText.toLowerCase());
        if (first.certainty === "year-implied" && weekday >= 0 && first.value !== undefined)
          matchWeekdayYear(first, weekday);
        const weekdayStart = index + lead[0].indexOf(weekdayText);
        const weekdayMention: Candidate = {
          ...first,
          text: weekdayText,
          start: weekdayStart,
          end: weekdayStart + weekdayText.length,
          rule: "weekday-of-date",
        };
        if (first.value === undefined) delete weekdayMention.value;
        return [weekdayMention, ...parts];
      }
      return parts;
    }
  }
  if (result.end) {
    const separator = RANGE_SEPARATOR.exec(text);
    if (separator && separator.index > 0) {
      let separatorStart = separator.index;
      while (separatorStart > 0 && isSpaceOrEdge(text[separatorStart - 1])) separatorStart--;
      let rightStart = separator.index + separator[0].length;
      while (rightStart < text.length && isSpaceOrEdge(text[rightStart])) rightStart++;
      const left = text.slice(0, separatorStart);
      const right = text.slice(rightStart);
      const parts: Candidate[] = [];
      const leftMention = classifyChrono(body, left, index, result.start, published);
      const rightMention = classifyChrono(body, right, index + rightStart, result.end, published);
      // "Jan. 5 to Feb. 2, 2025": the year written once serves both ends.
      if (
        leftMention &&
        rightMention?.value &&
        !WRITTEN_YEAR.test(left) &&
        WRITTEN_YEAR.test(right)
      ) {
        const inherited = inheritYear(leftMention, rightMention.value, result.start);
        if (inherited) parts.push(inherited);
      } else if (leftMention) {
        parts.push(leftMention);
      }
      if (rightMention) parts.push(rightMention);
      return parts;
    }
  }
  const mention = classifyChrono(body, text, index, result.start, published);
  return mention ? [mention] : [];
}

// chrono re-slices the remaining text after every match, which is quadratic on long
// dense text; dates never cross a line, so it reads one line (or sentence run) at a time.
const CHUNK_CHARS = 1500;

function chunkStarts(body: string): number[] {
  const starts = [0];
  let last = 0;
  for (let index = 0; index < body.length; index++) {
    const char = body[index];
    if (char === "\n") {
      starts.push(index + 1);
      last = index + 1;
    } else if (index - last >= CHUNK_CHARS && (char === " " || char === "\t")) {
      // Prefer a sentence end; after twice the size take any space.
      const sentenceEnd = body[index - 1] === "." && /\p{Lu}/u.test(body[index + 1] ?? "");
      if (sentenceEnd || index - last >= 2 * CHUNK_CHARS) {
        starts.push(index + 1);
        last = index + 1;
      }
    }
  }
  return starts;
}

// "April 24 and 25": the second day number shares the first date's month and year.
const SECOND_DAY = /^\s*(?:and|or|to|through|-|–)\s*(\d{1,2})(?![\p{L}\p{N}]|,\s*\d{4})/u;

function sharedMonthDay(body: string, first: Candidate | undefined): Candidate[] {
  if (!first || !/\p{L}\.?\s+\d{1,2}$/u.test(first.text)) return [];
  const match = SECOND_DAY.exec(body.slice(first.end, first.end + 16));
  if (!match) return [];
  const dayText = match[1] ?? "";
  const start = first.end + match[0].length - dayText.length;
  const day = Number(dayText);
  if (!first.value || !/^\d{4}-\d{2}-\d{2}$/u.test(first.value) || day < 1 || day > 31) {
    return [unresolved(dayText, start, first.rule, 0)];
  }
  const second = resolvedAs(
    dayText,
    start,
    `${first.value.slice(0, 8)}${String(day).padStart(2, "0")}`,
    first.rule,
    0,
  );
  return [{ ...second, certainty: first.certainty }];
}

function findWithChrono(body: string, published: Date | undefined): Candidate[] {
  // Without a publication date chrono still needs a reference; relative values are then
  // discarded, so the reference never leaks into the output.
  const reference = published ?? new Date(2000, 0, 1, 12);
  const found: Candidate[] = [];
  const starts = chunkStarts(body);
  for (let chunk = 0; chunk < starts.length; chunk++) {
    const start = starts[chunk] ?? 0;
    const end = starts[chunk + 1] ?? body.length;
    const text = body.slice(start, end);
    if (!/[\p{L}\p{N}]/u.test(text)) continue;
    for (const result of chrono.en.casual.parse(text, reference, { forwardDate: false })) {
      const match = {
        text: result.text,
        index: start + result.index,
        start: result.start,
        end: result.end,
      };
      const parts = fromChrono(body, match, published, reference);
      found.push(...parts, ...sharedMonthDay(body, parts[parts.length - 1]));
    }
  }
  return found;
}

// Longest span wins; on equal spans the higher priority (our rules over chrono) wins. A
// map of taken characters keeps this linear in the text length (date spans are short).
function removeOverlaps(candidates: Candidate[], length: number): DateMention[] {
  const ordered = [...candidates].sort(
    (a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start,
  );
  const taken = new Uint8Array(length);
  const kept: Candidate[] = [];
  for (const candidate of ordered) {
    let free = true;
    for (let index = candidate.start; index < candidate.end && free; index++)
      free = taken[index] === 0;
    if (!free) continue;
    taken.fill(1, candidate.start, candidate.end);
    kept.push(candidate);
  }
  kept.sort((a, b) => a.start - b.start);
  return kept.map(({ priority: _priority, ...mention }) => mention);
}

/**
 * Options of {@link findDates}: what the caller knows of the publication date's strength.
 *
 * @group Extract
 */
export interface FindDatesOptions {
  /** Where the publication date came from (`Article.published.source`). */
  publishedSource?: PublishedSource;
  /** How far it is trusted, from 0 to 1 (`Article.published.confidence`). */
  publishedConfidence?: number;
}

/**
 * Defaults of {@link findDates}: a publication date passed without options is the caller's
 * own (`input`, confidence 1), so relative values resolved against it are not weak.
 *
 * @group Extract
 */
export const defaultFindDatesOptions: Required<FindDatesOptions> = {
  publishedSource: "input",
  publishedConfidence: 1,
};

/**
 * Finds every date and time expression in a text and normalises it against the
 * publication date with the news rules: a bare weekday is the latest such day on or
 * before the publication date unless its clause is in the future tense; "last week" is
 * the previous Monday-to-Sunday interval, "earlier this week" the current one; "this
 * year" is a year and "March" a month. Without a publication date, relative expressions
 * stay unresolved. Each mention says how certain it is: printed in full, year implied,
 * relative, resolved against a weak publication date (a page banner, or confidence below
 * 0.5: pass the date's source and confidence), or unresolved.
 *
 * @param body - the article text
 * @param published - the publication day, `YYYY-MM-DD` (a date-time's day part is used)
 * @param options - the publication date's source and confidence; see {@link defaultFindDatesOptions}
 * @returns the date mentions in text order, each with its offsets, value, rule and certainty
 * @example
 * ```ts
 * findDates("Lavrov spoke on Wednesday, a day after talks in Washington.", "2025-08-21");
 * // [{ text: "Wednesday", start: 17, end: 26, value: "2025-08-20", resolved: true,
 * //    rule: "weekday-news-rule", certainty: "relative" }]
 * findDates("Lavrov spoke on Wednesday.", "2025-08-21", { publishedSource: "banner", publishedConfidence: 0.3 });
 * // [{ text: "Wednesday", ..., certainty: "weak-reference" }]
 * ```
 *
 * @group Extract
 */
export function findDates(
  body: string,
  published?: string,
  options: FindDatesOptions = {},
): DateMention[] {
  assertText(body, "findDates");
  const { publishedSource, publishedConfidence } = { ...defaultFindDatesOptions, ...options };
  const publishedDay = published === undefined ? undefined : parseDay(published);
  const mentions = removeOverlaps(
    [
      ...findRelativePeriods(body, publishedDay),
      ...findAgo(body, publishedDay),
      ...findMonthNames(body, publishedDay),
      ...findYears(body),
      ...findYearPhrases(body, publishedDay),
      ...findHolidays(body, publishedDay),
      ...findPartsOfDay(body, publishedDay),
      ...findWithChrono(body, publishedDay),
    ],
    body.length,
  );
  if (!isWeakPublishedDate(publishedSource, publishedConfidence)) return mentions;
  // A value that leans on a weak publication date says so; a stated date does not lean on it.
  return mentions.map((mention) =>
    mention.certainty === "year-implied" || mention.certainty === "relative"
      ? { ...mention, certainty: "weak-reference" }
      : mention,
  );
}
