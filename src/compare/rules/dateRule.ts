import {
  ENGLISH_WEEKDAYS,
  MONTH_WORD_PATTERN,
  WEEKDAY_WORD_PATTERN,
  weekdayNumber,
} from "../../text/calendarWords.js";
import { isWeakPublishedDate } from "../../text/dateSources.js";
import { SPEECH_VERBS } from "../../text/speechWords.js";
import { stemWord } from "../../text/stemWord.js";
import type { DateMention, DiscrepancyValue } from "../../types.js";
import { dayNumber, dayString, weekdayOf } from "../calendarDay.js";
import { contextStems, eventStems, sharedStems } from "../contextStems.js";
import { outletName } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import { sentenceAt } from "../sentenceAt.js";
import type { StoryArticle, StoryContext } from "../storyContext.js";
import { topicStems } from "../topicStems.js";
import {
  type ArticleDates,
  articleDates,
  CERTAINTY_CONFIDENCE,
  type DatedClaim,
} from "./date/articleDates.js";
import { findZonedTimes, type ZonedTime } from "./date/clockTimes.js";
import { findLocalTimes, type LocalTime } from "./date/localTimes.js";

/** Options of the {@link dateRule}. */
export interface DateRuleOptions extends RuleOptions {
  /**
   * An article dated more than this many days from the rest of its story is the outlier
   * (a page banner's date months after the event). Reports of one event published days or
   * a week apart are ordinary; follow-ups a month later are not this rule's business.
   */
  outlierDays: number;
  /**
   * Event days this many days apart are allowed when either is counted from a publication
   * date (time zones, and a report published the next day that still says "Wednesday");
   * two dates both printed in full must agree to the day.
   */
  eventToleranceDays: number;
  /**
   * Content words two outlets' sentences must share for their event dates to date the same
   * thing (so that the day of a shooting is not set against the day of the charges).
   */
  minSharedContext: number;
  /** Check that a weekday printed beside a date is that date's weekday. */
  checkWeekdays: boolean;
  /** Clock times in different zones further apart than this, in minutes, disagree. */
  timeToleranceMinutes: number;
}

type Options = Readonly<DateRuleOptions>;

function median(values: readonly number[]): number | undefined {
  if (values.length === 0) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/** The strong claims of a story: publication days and event days not resting on a banner. */
function strongClaims(dates: readonly ArticleDates[]): DatedClaim[] {
  return dates.flatMap((entry) =>
    [entry.published, entry.event].filter(
      (claim): claim is DatedClaim => claim !== undefined && !claim.weak,
    ),
  );
}

/** The latest day on or before `anchor` with the weekday a mention names (the news rule). */
function weekdayBefore(text: string, anchor: number): number | undefined {
  const weekday = weekdayNumber(text.trim().split(/\s+/u).pop() ?? "");
  if (weekday === undefined) return undefined;
  return anchor - ((weekdayOf(anchor) - weekday + 7) % 7);
}

function openWeekdayValue(entry: ArticleDates, anchor: number): DiscrepancyValue | undefined {
  const mention = entry.openWeekday?.mention;
  if (!mention) return undefined;
  const day = weekdayBefore(mention.text, anchor);
  if (day === undefined) return undefined;
  return {
    articleId: entry.articleId,
    value: dayString(day),
    text: mention.text,
    start: mention.start,
    end: mention.end,
    source: "story",
    confidence: 0.5,
    certainty: "relative",
    label: "event",
  };
}

function formatDay(day: number): string {
  return dayString(day);
}

function formatRange(days: readonly number[]): string {
  const low = Math.min(...days);
  const high = Math.max(...days);
  return low === high ? formatDay(low) : `${formatDay(low)} to ${formatDay(high)}`;
}

interface Outlier {
  articleId: string;
  claim: DatedClaim;
  anchor: number;
  agreeing: number[];
}

/**
 * Articles whose date stands far from the rest of the story: a weak date (a page banner, a
 * low-confidence date, or an event day counted from one) more than `outlierDays` from the
 * median of the other articles' strong dates.
 */
function findOutliers(dates: readonly ArticleDates[], options: Options): Outlier[] {
  const outliers: Outlier[] = [];
  for (const entry of dates) {
    const claim = entry.published ?? entry.event;
    if (!claim) continue;
    const others = strongClaims(dates.filter((other) => other.articleId !== entry.articleId));
    const anchor = median(others.map((other) => other.day));
    if (anchor === undefined || Math.abs(claim.day - anchor) <= options.outlierDays) continue;
    const agreeing = others
      .filter((other) => Math.abs(other.day - anchor) <= options.outlierDays)
      .map((other) => other.day);
    const otherArticles = new Set(
      others
        .filter((other) => Math.abs(other.day - anchor) <= options.outlierDays)
        .map((other) => other.articleId),
    );
    // A strong date far from the rest is a later report (a trial, a follow-up), not an
    // error: only a weak one (a banner, or a day counted from one) is named the outlier.
    if (!claim.weak || otherArticles.size === 0) continue;
    outliers.push({ articleId: entry.articleId, claim, anchor, agreeing });
  }
  return outliers;
}

function outlierFinding(
  outlier: Outlier,
  dates: readonly ArticleDates[],
  story: StoryContext,
  options: Options,
): DiscrepancyDraft {
  const entry = dates.find((candidate) => candidate.articleId === outlier.articleId);
  const article = story.articles.find((candidate) => candidate.article.id === outlier.articleId);
  const name = article ? outletName(article.article) : outlier.articleId;
  const values: DiscrepancyValue[] = [];
  for (const other of dates) {
    const isOutlier = other.articleId === outlier.articleId;
    for (const claim of [other.published, other.event]) {
      if (claim) values.push(isOutlier ? { ...claim.value, outlier: true } : { ...claim.value });
    }
    const open = openWeekdayValue(other, outlier.anchor);
    if (open) values.push(isOutlier ? { ...open, outlier: true } : open);
  }
  const { claim } = outlier;
  const days = Math.abs(claim.day - outlier.anchor);
  const side = claim.day > outlier.anchor ? "after" : "before";
  const how =
    claim.label === "published"
      ? `dated ${formatDay(claim.day)} by its ${claim.value.source ?? "page"} (confidence ${claim.value.confidence ?? 0})`
      : `gives the event as ${formatDay(claim.day)}`;
  let message = `${name} is ${how}, ${days} days ${side} the rest of the story (${formatRange(outlier.agreeing)}).`;
  // A weekday counted from the outlier's date says which day it meant against the story's.
  const event = entry?.event;
  const recounted =
    event?.mention && event.weak ? weekdayBefore(event.mention.text, outlier.anchor) : undefined;
  if (event && recounted !== undefined) {
    message += ` Its \u201C${event.mention?.text}\u201D, counted from that date, falls on ${formatDay(event.day)}; counted from the rest of the story's, on ${formatDay(recounted)}.`;
  }
  // The outlier's own event day (resolved against its far date) cannot be the story's.
  const conflicting =
    event !== undefined &&
    event.value.certainty !== "stated" &&
    Math.abs(event.day - outlier.anchor) > options.outlierDays;
  return {
    severity: conflicting ? "conflict" : "difference",
    rule: "date/outlier",
    subject: `${name}'s date`,
    message,
    values,
  };
}

interface EventClaim {
  value: DiscrepancyValue;
  day: number;
  stated: boolean;
  /** Counted from the story's date by this rule: it may support the majority, never dissent. */
  derived: boolean;
  entry: StoryArticle;
}

/** An article's publication day, when it has a strong one. */
function publishedDay(entry: StoryArticle): number | undefined {
  const published = entry.article.published;
  if (!published || isWeakPublishedDate(published.source, published.confidence)) return undefined;
  return dayNumber(published.date);
}

/**
 * Whether two articles were published on one day in one time zone (the same offset, or
 * none given): their relative dates count from one reference, so that "Thursday" and
 * "Friday" for one event cannot be a time zone's doing.
 */
function sameNewsDay(left: StoryArticle, right: StoryArticle): boolean {
  const a = left.article.published;
  const b = right.article.published;
  if (!a || !b || publishedDay(left) === undefined || publishedDay(right) === undefined)
    return false;
  return a.date === b.date && a.offset === b.offset;
}

// Rules whose day is the publication day itself ("today", "this morning"): setting two of
// them against each other compares publication dates, not the days of events.
const PUBLICATION_DAY_RULES = new Set(["relative-day", "time-of-day"]);
const DAYS_IN_WEEK = 7;

const NAMED_DAY = new RegExp(
  `(?<![\\p{L}])(?:${WEEKDAY_WORD_PATTERN}|${MONTH_WORD_PATTERN})(?![\\p{L}])`,
  "iu",
);
const MIDNIGHT_WORDS =
  /(?<![\p{L}])(?:late|overnight|midnight|night|tonight|early hours)(?![\p{L}])/iu;

/**
 * The claim's words name a weekday or a month's day, not a day counted back ("yesterday"),
 * and date the event rather than the telling of it ("it was reported Wednesday", "police
 * said on Tuesday" date the report).
 */
function namesItsDay(claim: EventClaim): boolean {
  if (!NAMED_DAY.test(claim.value.text)) return false;
  const body = claim.entry.article.body;
  const start = claim.value.start ?? 0;
  const before = body.slice(Math.max(0, start - 24), start).toLowerCase();
  const words = before.split(/[^\p{L}]+/u).filter((word) => word !== "" && word !== "on");
  return !SPEECH_VERBS.has(words[words.length - 1] ?? "");
}

/** The words right around a claim: where its part of the day is said. */
function claimSurroundings(claim: EventClaim): string {
  const body = claim.entry.article.body;
  const start = claim.value.start ?? 0;
  const end = claim.value.end ?? start;
  return body.slice(Math.max(0, start - 16), Math.min(body.length, end + 16));
}

/** Words right around the claim put the event near midnight, where time zones move the day. */
function nearMidnight(claim: EventClaim): boolean {
  return MIDNIGHT_WORDS.test(claimSurroundings(claim));
}

const EVENING_WORDS = /(?<![\p{L}])(?:late|night|tonight|evening)(?![\p{L}])/iu;
const MORNING_WORDS = /(?<![\p{L}])(?:early|morning|dawn|daybreak)(?![\p{L}])/iu;

/** The part of the day the claim's words give its event, when they give one. */
function partOfDay(claim: EventClaim): "evening" | "morning" | undefined {
  const around = claimSurroundings(claim);
  const evening = EVENING_WORDS.test(around);
  const morning = MORNING_WORDS.test(around);
  if (evening === morning) return undefined;
  return evening ? "evening" : "morning";
}

/**
 * Both claims put the event in the same part of their days ("late Saturday night", "late
 * Sunday night"): a time zone moves an hour of the night into the next morning, never into
 * the next night, so two such days are two days.
 */
function samePartOfDay(left: EventClaim, right: EventClaim): boolean {
  const part = partOfDay(left);
  return part !== undefined && part === partOfDay(right);
}

/** Whether an article gives a day anywhere in its body (a resolved date mention of it). */
function mentionsDay(entry: StoryArticle, day: number): boolean {
  let days = daysByEntry.get(entry);
  if (!days) {
    days = new Set();
    for (const date of entry.facts.dates) {
      const number = dayNumber(date.value);
      if (number !== undefined) days.add(number);
    }
    daysByEntry.set(entry, days);
  }
  return days.has(day);
}

// Each article's resolved days, read once however many pairs of claims ask.
const daysByEntry = new WeakMap<StoryArticle, Set<number>>();

interface DateContext {
  near: Set<string>;
  wide: Set<string>;
}

/**
 * Two dates' sentences tell of one thing: right beside the dates the story's own words
 * count ("outside Kessby harbour on Monday"), and further out they share words of their own.
 */
function sameThingDated(
  left: DateContext,
  right: DateContext,
  topic: Set<string>,
  options: Options,
): boolean {
  return (
    sharedStems(left.near, right.near) >= 1 &&
    sharedStems(left.wide, right.wide, topic) >= options.minSharedContext
  );
}

function eventFinding(
  dates: readonly ArticleDates[],
  anchor: number | undefined,
  story: StoryContext,
  options: Options,
): DiscrepancyDraft | undefined {
  const claims: EventClaim[] = [];
  for (const entry of dates) {
    const article = story.articles.find((candidate) => candidate.article.id === entry.articleId);
    if (!article) continue;
    const rule = entry.event?.mention?.rule;
    if (entry.event && !entry.event.weak && !(rule && PUBLICATION_DAY_RULES.has(rule))) {
      claims.push({
        value: entry.event.value,
        day: entry.event.day,
        stated: entry.event.value.certainty === "stated",
        derived: false,
        entry: article,
      });
    } else if (anchor !== undefined) {
      const open = openWeekdayValue(entry, anchor);
      const day = dayNumber(open?.value);
      if (open && day !== undefined)
        claims.push({ value: open, day, stated: false, derived: true, entry: article });
    }
  }
  if (claims.filter((claim) => !claim.derived).length < 2) return undefined;
  const topic = topicStems(story);
  // Two dates date one thing when the words right beside them meet ("discovered Tuesday",
  // "was discovered on July 27") and their sentences share more: "died Saturday" and "found
  // Tuesday" date two things.
  const contexts = claims.map((claim) => ({
    near: contextStems(claim.entry.article, claim.value.start ?? 0, claim.value.end ?? 0, 4),
    wide: contextStems(claim.entry.article, claim.value.start ?? 0, claim.value.end ?? 0, 12),
  }));
  const involved = new Set<number>();
  for (let left = 0; left < claims.length; left++) {
    for (let right = left + 1; right < claims.length; right++) {
      const a = claims[left];
      const b = claims[right];
      const aContext = contexts[left];
      const bContext = contexts[right];
      if (!a || !b || !aContext || !bContext || a.entry === b.entry) continue;
      // A weekday this rule counted from the story's date may agree, never dissent.
      if (a.derived || b.derived) continue;
      // Reports published days apart tell of different days ("today" in each): only
      // reports of one news cycle, or dates both printed in full, are set against each other.
      const published = [a, b].map((claim) => publishedDay(claim.entry));
      const [aPublished, bPublished] = published;
      // A weekday each names resolves the same way from any day of the week after it ("on
      // Friday" in Thursday's weekly and in Sunday's paper): such claims compare too.
      if (
        aPublished !== undefined &&
        bPublished !== undefined &&
        Math.abs(aPublished - bPublished) > options.eventToleranceDays + 1 &&
        !(a.stated && b.stated) &&
        !(namesItsDay(a) && namesItsDay(b) && Math.abs(aPublished - bPublished) < DAYS_IN_WEEK)
      )
        continue;
      const apart = Math.abs(a.day - b.day);
      // Two named days ("Tuesday", "Wednesday, June 11") disagree unless the event stands
      // near midnight, where a time zone moves the day: each outlet names the day where the
      // event happened, and a weekday does not drift with the day a report is published.
      // Two named days in the same part of the day ("Saturday night", "Sunday night")
      // disagree even then. The tolerance is for days counted back ("yesterday", "today")
      // from publication dates that may be a day off.
      const named =
        namesItsDay(a) &&
        namesItsDay(b) &&
        (samePartOfDay(a, b) || (!nearMidnight(a) && !nearMidnight(b)));
      const tolerance = named || sameNewsDay(a.entry, b.entry) ? 0 : options.eventToleranceDays;
      // Days weeks apart date two things (the shooting and the trial), not one thing twice.
      if (apart <= tolerance || apart > options.outlierDays) continue;
      // A day the other outlet never gives, a day off from its own, in two days each outlet
      // names ("on Tuesday" / "on Wednesday"): the slip of a day, whatever words surround it.
      // An outlet that also gives the other's day ("woke up Sunday … capsized on Saturday
      // evening") tells of two moments, not of another day for one.
      const slip =
        apart === 1 && named && !mentionsDay(a.entry, b.day) && !mentionsDay(b.entry, a.day);
      if (!slip && !sameThingDated(aContext, bContext, topic, options)) continue;
      involved.add(left);
      involved.add(right);
    }
  }
  if (involved.size === 0) return undefined;
  const shown = claims.filter((_, index) => involved.has(index));
  const byDay = new Map<number, string[]>();
  for (const claim of shown) {
    const outlets = byDay.get(claim.day) ?? [];
    const name = outletName(claim.entry.article);
    if (!outlets.includes(name)) outlets.push(name);
    byDay.set(claim.day, outlets);
  }
  const printed = [...byDay]
    .sort((a, b) => a[0] - b[0])
    .map(([day, outlets]) => `${formatDay(day)} (${outlets.join(", ")})`);
  return {
    severity: "conflict",
    rule: "date/event",
    subject: "the day of the event",
    message: `The outlets give different days for the event: ${printed.join("; ")}.`,
    values: shown.map((claim) => ({ ...claim.value })),
  };
}

const WEEKDAY_IN_TEXT = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORD_PATTERN})\\.?(?![\\p{L}])`, "iu");
const WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORD_PATTERN})\\.?,?\\s*$`, "iu");

/** Weekdays printed beside a full date that is not that weekday ("Wednesday, Aug. 21, 2025"). */
function weekdayFindings(story: StoryContext): DiscrepancyDraft[] {
  const found: DiscrepancyDraft[] = [];
  for (const { article, facts } of story.articles) {
    // One finding per printed date: "Wednesday, Aug. 21, 2025" may be read as two mentions.
    const reported = new Set<number>();
    for (const mention of facts.dates) {
      // The weekday chose the year of this rule's dates: they agree by construction.
      if (mention.rule === "month-day-weekday-year") continue;
      if (mention.certainty !== "stated" && mention.certainty !== "year-implied") continue;
      const day = dayNumber(mention.value);
      if (day === undefined) continue;
      const inside = WEEKDAY_IN_TEXT.exec(mention.text);
      const before = inside
        ? null
        : WEEKDAY_BEFORE.exec(article.body.slice(Math.max(0, mention.start - 14), mention.start));
      const word = inside?.[1] ?? before?.[1];
      if (word === undefined) continue;
      const printed = weekdayNumber(word);
      if (printed === undefined || printed === weekdayOf(day) || reported.has(day)) continue;
      reported.add(day);
      const start = inside ? mention.start : mention.start - (before?.[0].length ?? 0);
      const text = article.body.slice(start, mention.end);
      const actual = ENGLISH_WEEKDAYS[weekdayOf(day)] ?? "";
      found.push({
        severity: "conflict",
        rule: "date/weekday",
        subject: `the weekday of ${formatDay(day)}`,
        message: `${outletName(article)} prints \u201C${text}\u201D, but ${formatDay(day)} is a ${actual.charAt(0).toUpperCase()}${actual.slice(1)}.`,
        values: [
          {
            articleId: article.id,
            value: `${word} ${formatDay(day)}`,
            text,
            start,
            end: mention.end,
            source: "body",
            certainty: mention.certainty,
            label: "weekday",
          },
        ],
      });
    }
  }
  return found;
}

const MAX_TIMES_PER_ARTICLE = 4;

interface TimeMention {
  entry: StoryArticle;
  time: ZonedTime;
  context: Set<string>;
}

function circularMinutes(left: number, right: number): number {
  const difference = Math.abs(left - right);
  return Math.min(difference, 1440 - difference);
}

function formatUtc(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")} UTC`;
}

/** Clock times of one moment, given by two outlets in zones that do not agree once converted. */
function timeFindings(story: StoryContext, options: Options): DiscrepancyDraft[] {
  const mentions: TimeMention[] = [];
  for (const entry of story.articles) {
    // The times that date a story stand in its first paragraphs; a page of timetables
    // would otherwise set every time against every other.
    for (const time of findZonedTimes(entry.article).slice(0, MAX_TIMES_PER_ARTICLE)) {
      mentions.push({ entry, time, context: contextStems(entry.article, time.start, time.end) });
    }
  }
  const found: DiscrepancyDraft[] = [];
  const reported = new Set<TimeMention>();
  const topic = topicStems(story);
  for (const [index, left] of mentions.entries()) {
    if (reported.has(left)) continue;
    for (const right of mentions.slice(index + 1)) {
      if (right.entry === left.entry || reported.has(right)) continue;
      if (sharedStems(left.context, right.context, topic) < options.minSharedContext) continue;
      if (
        circularMinutes(left.time.utcMinutes, right.time.utcMinutes) <= options.timeToleranceMinutes
      )
        continue;
      reported.add(left);
      reported.add(right);
      const value = (mention: TimeMention): DiscrepancyValue => ({
        articleId: mention.entry.article.id,
        value: formatUtc(mention.time.utcMinutes),
        text: mention.time.text,
        start: mention.time.start,
        end: mention.time.end,
        source: "body",
        label: "time",
      });
      found.push({
        severity: "conflict",
        rule: "date/time",
        subject: "the time of the event",
        message: `${outletName(left.entry.article)} gives \u201C${left.time.text}\u201D (${formatUtc(left.time.utcMinutes)}) and ${outletName(right.entry.article)} \u201C${right.time.text}\u201D (${formatUtc(right.time.utcMinutes)}) for the same moment.`,
        values: [value(left), value(right)],
      });
      break;
    }
  }
  return found;
}

/** A dated or timed mention of one article, with the words that say what happened at it. */
interface Happening {
  entry: StoryArticle;
  stems: Set<string>;
  /** The day or the minute it gives. */
  at: number;
}

// Candidates read for one mention at most: a story of many like articles stays linear.
const MAX_CANDIDATES = 64;

/**
 * Pairs of mentions from different articles that tell one happening (`sameHappening`) at
 * times that disagree (`agree` says they do not): each mention is paired at most once,
 * with the first later mention that qualifies. Candidates are found through an index of
 * stems and values, not by reading every pair: the mentions that share a stem with one
 * and give another value, at most `MAX_CANDIDATES` of them.
 */
function disagreeingPairs<Mention extends Happening>(
  mentions: readonly Mention[],
  agree: (left: number, right: number) => boolean,
  sameHappening: (left: Mention, right: Mention) => boolean,
): [Mention, Mention][] {
  const byStem = new Map<string, Map<number, number[]>>();
  for (const [index, mention] of mentions.entries()) {
    for (const stem of mention.stems) {
      const byValue = byStem.get(stem) ?? new Map<number, number[]>();
      byValue.set(mention.at, [...(byValue.get(mention.at) ?? []), index]);
      byStem.set(stem, byValue);
    }
  }
  const pairs: [Mention, Mention][] = [];
  const reported = new Set<number>();
  // The earliest later mention of another article that tells the same happening at a time
  // that disagrees, reading at most MAX_CANDIDATES candidates.
  const partnerOf = (index: number, left: Mention): number | undefined => {
    let read = 0;
    let partner: number | undefined;
    for (const stem of left.stems) {
      for (const [at, indexes] of byStem.get(stem) ?? []) {
        if (++read > MAX_CANDIDATES) return partner;
        if (agree(left.at, at)) continue;
        for (const other of indexes) {
          if (other <= index || reported.has(other)) continue;
          const right = mentions[other];
          if (++read > MAX_CANDIDATES) return partner;
          if (!right || right.entry === left.entry || !sameHappening(left, right)) continue;
          if (partner === undefined || other < partner) partner = other;
          break;
        }
      }
    }
    return partner;
  };
  for (const [index, left] of mentions.entries()) {
    if (reported.has(index)) continue;
    const partner = partnerOf(index, left);
    const right = partner === undefined ? undefined : mentions[partner];
    if (partner === undefined || !right) continue;
    reported.add(index);
    reported.add(partner);
    pairs.push([left, right]);
  }
  return pairs;
}

const WEEKDAY_WORD = new RegExp(`(?<![\\p{L}])(${WEEKDAY_WORD_PATTERN})(?![\\p{L}])`, "iu");

/** The weekday a date mention gives, resolved or not ("Sunday morning", "March 14, 2013"). */
function mentionWeekday(mention: DateMention): number | undefined {
  const day = dayNumber(mention.value);
  if (day !== undefined) return weekdayOf(day);
  const word = WEEKDAY_WORD.exec(mention.text)?.[1];
  return word === undefined ? undefined : weekdayNumber(word);
}

/**
 * The weekday of the day a clock time falls on, as its article tells it: the date its own
 * sentence gives ("at about 4:20 a.m. on Tuesday"), else the last date before it ("shook
 * the valley on Sunday morning. The quake occurred at 9:27 a.m."). A clock time read as
 * a date of its own ("10:30 a.m.", counted on the publication day) says nothing.
 */
function timeWeekday(entry: StoryArticle, time: LocalTime): number | undefined {
  const sentence = sentenceAt(entry.article, time.start);
  let before: DateMention | undefined;
  let inSentence: DateMention | undefined;
  for (const mention of entry.facts.dates) {
    if (mention.rule === "time-of-day" && /\d/u.test(mention.text)) continue;
    if (mention.start >= sentence.start && mention.end <= sentence.end) {
      inSentence ??= mention;
    } else if (mention.end <= time.start && (!before || mention.start > before.start)) {
      before = mention;
    }
  }
  const chosen = inSentence ?? before;
  return chosen ? mentionWeekday(chosen) : undefined;
}

// A story's articles tie few clock times to events; a page of timetables would otherwise set
// every time against every other.
const MAX_LOCAL_TIMES_PER_ARTICLE = 6;

interface LocalTimeMention extends Happening {
  time: LocalTime;
  /** The weekday its article puts it on, when it gives one. */
  weekday: number | undefined;
}

function formatLocal(minutes: number): string {
  const hours = Math.floor(minutes / 60);
  return `${String(hours).padStart(2, "0")}:${String(minutes % 60).padStart(2, "0")} local time`;
}

/**
 * Clock times without a zone that two outlets tie to one happening ("the fire broke out at
 * about 4:20 a.m." / "the fire broke out at about 2:40 a.m.") and that lie further apart
 * than `timeToleranceMinutes`, which also covers "about" and "shortly before". Zoneless
 * times in news copy are the local time of the place, so they compare as they stand; a time
 * given in a zone by one outlet only is not compared with them, since the zone may explain
 * the gap. One happening is told by the same lower-case words around both times (names and
 * places are shared by every sentence of a story). An outlet that gives the other's time
 * too tells of two moments ("the first tremor at 2 a.m., a second at 5 a.m."), not of
 * another time for one; times that their articles put on different weekdays are of two
 * days.
 */
function localTimeFindings(story: StoryContext, options: Options): DiscrepancyDraft[] {
  // Times on days of different weekdays are of two happenings (two quakes, days apart, in
  // one region), however alike their sentences.
  const sameDay = (left: LocalTimeMention, right: LocalTimeMention) =>
    left.weekday === undefined || right.weekday === undefined || left.weekday === right.weekday;
  const mentions: LocalTimeMention[] = [];
  const minutesByEntry = new Map<StoryArticle, number[]>();
  for (const entry of story.articles) {
    const times = findLocalTimes(entry.article).slice(0, MAX_LOCAL_TIMES_PER_ARTICLE);
    minutesByEntry.set(
      entry,
      times.map((time) => time.minutes),
    );
    for (const time of times) {
      const after = time.endsSentence ? 0 : undefined;
      mentions.push({
        entry,
        time,
        at: time.minutes,
        weekday: timeWeekday(entry, time),
        stems: eventStems(entry.article, time.start, time.end, undefined, after),
      });
    }
  }
  const givesTime = (entry: StoryArticle, minutes: number): boolean =>
    (minutesByEntry.get(entry) ?? []).some(
      (given) => circularMinutes(given, minutes) <= options.timeToleranceMinutes,
    );
  const agree = (left: number, right: number) =>
    circularMinutes(left, right) <= options.timeToleranceMinutes;
  const pairs = disagreeingPairs(
    mentions,
    agree,
    (left, right) =>
      sharedStems(left.stems, right.stems) >= options.minSharedContext &&
      sameDay(left, right) &&
      !givesTime(left.entry, right.at) &&
      !givesTime(right.entry, left.at),
  );
  return pairs.map(([left, right]) => {
    const value = (mention: LocalTimeMention): DiscrepancyValue => ({
      articleId: mention.entry.article.id,
      value: formatLocal(mention.time.minutes),
      text: mention.time.text,
      start: mention.time.start,
      end: mention.time.end,
      source: "body",
      label: "time",
    });
    return {
      severity: "conflict" as const,
      rule: "date/time",
      subject: "the time of the event",
      message: `${outletName(left.entry.article)} gives \u201C${left.time.text}\u201D and ${outletName(right.entry.article)} \u201C${right.time.text}\u201D, both in local time, for the same moment.`,
      values: [value(left), value(right)],
    };
  });
}

// Words that say when a thing is due, not what it is: "set for March 14" and "set for
// June 4" may be a swearing-in and a hearing.
const SCHEDULE_STEMS = new Set(
  ["set", "scheduled", "expected", "planned", "due", "slated", "pending", "later", "earlier"].map(
    stemWord,
  ),
);
// Dates of an article read for second happenings: the ones a story dates stand in its text,
// a page of listings would otherwise set every date against every other.
const MAX_SECOND_DATES_PER_ARTICLE = 12;
// A date printed with its month and day ("March 4", "14 March", "Sept. 9, 2026").
const MONTH_AND_DAY = new RegExp(
  `(?<![\\p{L}])(?:${MONTH_WORD_PATTERN})(?![\\p{L}])\\.?\\s{0,3}\\d|\\d(?:st|nd|rd|th)?\\s{1,3}(?:of\\s)?(?:${MONTH_WORD_PATTERN})(?![\\p{L}])`,
  "iu",
);

// A date that opens or closes a span of days ("between Nov. 16 and Nov. 24", "from May 2
// to May 9"): any day inside the span agrees with it, so it dates no one happening.
const SPAN_BEFORE = /(?<![\p{L}])(?:between|from|and|to|through|until|till)\s$/iu;
const SPAN_AFTER = /^,?\s(?:and|to|through|until|till)\s|^\s?[-\u2013]\s?\d/iu;

function opensOrClosesSpan(body: string, mention: DateMention): boolean {
  return (
    SPAN_BEFORE.test(body.slice(Math.max(0, mention.start - 10), mention.start)) ||
    SPAN_AFTER.test(body.slice(mention.end, mention.end + 10))
  );
}

interface DayMention extends Happening {
  mention: DateMention;
}

/**
 * Days two outlets print in full for one happening still to come, other than the main event
 * ("will be sworn in on March 4" / "the swearing-in is set for March 14"), each after its
 * article's publication day: the same lower-case word
 * for what happens beside both dates, one that is not the story's own topic and not a word
 * of scheduling ("set", "expected"), and days no more than `outlierDays` apart. An outlet
 * that prints the other's day as well tells of two happenings; a date that opens or closes
 * a span of days is not compared. The main event's day is the
 * business of `date/event`.
 */
function secondDayFindings(
  dates: readonly ArticleDates[],
  story: StoryContext,
  options: Options,
): DiscrepancyDraft[] {
  const topic = topicStems(story);
  const mentions: DayMention[] = [];
  for (const entry of story.articles) {
    const eventStart = dates.find((date) => date.articleId === entry.article.id)?.event?.value
      .start;
    const printed = entry.facts.dates.filter(
      (mention) =>
        (mention.certainty === "stated" || mention.certainty === "year-implied") &&
        mention.start !== eventStart &&
        MONTH_AND_DAY.test(mention.text) &&
        !opensOrClosesSpan(entry.article.body, mention),
    );
    // Only days still ahead when the article was published: a thing due ("will be sworn in
    // on March 4") has one day, while a story's past holds a chronology of steps of one kind
    // ("restored to business customers on 14 October", "to all customers on 20 October").
    const published = publishedDay(entry);
    if (published === undefined) continue;
    for (const mention of printed.slice(0, MAX_SECOND_DATES_PER_ARTICLE)) {
      const day = dayNumber(mention.value);
      if (day === undefined || day <= published) continue;
      const stems = eventStems(entry.article, mention.start, mention.end);
      for (const stem of stems) if (topic.has(stem) || SCHEDULE_STEMS.has(stem)) stems.delete(stem);
      if (stems.size > 0) mentions.push({ entry, mention, at: day, stems });
    }
  }
  const pairs = disagreeingPairs(
    mentions,
    (left, right) => left === right || Math.abs(left - right) > options.outlierDays,
    (left, right) =>
      sharedStems(left.stems, right.stems) >= 1 &&
      !mentionsDay(left.entry, right.at) &&
      !mentionsDay(right.entry, left.at),
  );
  return pairs.map(([left, right]) => {
    const value = ({ entry, mention }: DayMention): DiscrepancyValue => ({
      articleId: entry.article.id,
      value: mention.value ?? "",
      text: mention.text,
      start: mention.start,
      end: mention.end,
      source: "body",
      confidence: CERTAINTY_CONFIDENCE[mention.certainty],
      certainty: mention.certainty,
      label: "event",
    });
    return {
      severity: "conflict" as const,
      rule: "date/event",
      subject: "the day of a second dated event",
      message: `${outletName(left.entry.article)} gives \u201C${left.mention.text}\u201D and ${outletName(right.entry.article)} \u201C${right.mention.text}\u201D for what their sentences tell as one happening.`,
      values: [value(left), value(right)],
    };
  });
}

/**
 * The date rule: when outlets disagree about when things happened. Four checks, in order:
 *
 * 1. `date/outlier`: an article whose date stands far from the rest of its story (more than
 *    `outlierDays` from the median of the others' publication and event days): a page
 *    banner's date months after the event. The finding lists every article's publication
 *    day and event day with its source and confidence, marks the outlier's, and says which
 *    day the outlier's relative dates ("Wednesday") fall on when counted from the story's
 *    date instead. A `conflict` when the outlier's own event day, counted from its far date,
 *    cannot be the story's; else a `difference` (a later report).
 * 2. `date/event`: the day outlets give the main event (the first day in their lead, after
 *    resolving relative dates), set against the day most outlets give; an unresolved
 *    weekday ("on Wednesday" in an undated article) is counted from the story's date and
 *    may support the majority. Days within `eventToleranceDays` agree when either is counted
 *    from a publication date (time zones; a report published the next day); dates both
 *    printed in full must agree to the day. Two outlets' dates are compared only when their
 *    sentences share `minSharedContext` content words. Beside the main event, two days
 *    printed in full for one thing still to come ("will be sworn in on March 4" / "the
 *    swearing-in is set for March 14") disagree when the same word for the thing stands
 *    beside both.
 * 3. `date/weekday`: a weekday printed beside a full date that is not that date's weekday.
 * 4. `date/time`: clock times printed with time zones that, converted to UTC, differ by more
 *    than `timeToleranceMinutes` for what their sentences say is one moment ("9:27 a.m. PDT"
 *    and "16:27 GMT" agree); and clock times printed without a zone, which news copy gives
 *    in the place's local time, that differ by more than that for one happening told in the
 *    same words ("the commission's 10 a.m. meeting" / "the commission's 2 p.m. meeting").
 *
 * A report published a day after the event, a relative date resolving to the same day,
 * and times in different zones that agree are never findings.
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { date: { outlierDays: 30, checkWeekdays: false } } });
 * ```
 */
export const dateRule: DiscrepancyRule<DateRuleOptions> = {
  name: "date",
  kind: "date",
  description:
    "Publication and event dates that disagree, an article dated far from its story, weekdays that do not match their dates, and clock times of one moment that disagree.",
  defaultOptions: Object.freeze({
    enabled: true,
    outlierDays: 14,
    eventToleranceDays: 1,
    minSharedContext: 2,
    checkWeekdays: true,
    timeToleranceMinutes: 30,
  }),
  optionRanges: Object.freeze({
    outlierDays: [1, 3650] as const,
    eventToleranceDays: [0, 30] as const,
    minSharedContext: [0, 100] as const,
    timeToleranceMinutes: [0, 720] as const,
  }),
  check(story, options) {
    const dates = story.articles.map(articleDates);
    const outliers = findOutliers(dates, options);
    const found = outliers.map((outlier) => outlierFinding(outlier, dates, story, options));
    const outlierIds = new Set(outliers.map((outlier) => outlier.articleId));
    const kept = dates.filter((entry) => !outlierIds.has(entry.articleId));
    const anchor = median(strongClaims(kept).map((claim) => claim.day));
    const event = eventFinding(kept, anchor, story, options);
    if (event) found.push(event);
    found.push(...secondDayFindings(kept, story, options));
    if (options.checkWeekdays) found.push(...weekdayFindings(story));
    found.push(...timeFindings(story, options), ...localTimeFindings(story, options));
    return found;
  },
};
