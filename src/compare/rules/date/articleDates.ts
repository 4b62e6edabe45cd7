import { isWeakPublishedDate } from "../../../text/dateSources.js";
import type { DateCertainty, DateMention, DiscrepancyValue } from "../../../types.js";
import { dayNumber } from "../../calendarDay.js";
import type { StoryArticle } from "../../storyContext.js";

/** One dated claim of an article: its publication day, or the day it gives its main event. */
export interface DatedClaim {
  /** The article. */
  articleId: string;
  /** `published` or `event`. */
  label: "published" | "event";
  /** The day as a number (days since 1970-01-01). */
  day: number;
  /** The evidence as a finding lists it. */
  value: DiscrepancyValue;
  /** Too weak to set against others: a banner date, or a date counted from one. */
  weak: boolean;
  /** The date mention, for an event day read in the body. */
  mention?: DateMention;
}

/** An event weekday the article leaves unresolved (it has no publication date). */
export interface OpenWeekday {
  /** The article. */
  articleId: string;
  /** The weekday mention. */
  mention: DateMention;
}

/** What one article says about when things happened. */
export interface ArticleDates {
  /** The article. */
  articleId: string;
  /** Its publication day, where it has one. */
  published?: DatedClaim;
  /** The day of its main event, where its lead resolves one. */
  event?: DatedClaim;
  /** A weekday in its lead that dates the event but could not be resolved. */
  openWeekday?: OpenWeekday;
}

/** Certainty of a body date as a number, so that a finding can list every date with one scale. */
export const CERTAINTY_CONFIDENCE: Readonly<Record<DateCertainty, number>> = {
  stated: 0.9,
  "year-implied": 0.8,
  relative: 0.7,
  "weak-reference": 0.3,
  unresolved: 0,
};

// The lead: where newsrooms date the main event (as findEventDate reads it).
const LEAD_PARAGRAPHS = 3;

/**
 * Reads an article's publication day and the day its lead gives the main event, each with
 * its source and confidence; an unresolved weekday in the lead is kept so that it can be
 * counted from the rest of the story's date.
 *
 * @param entry - the article and its facts
 * @returns its dated claims
 */
export function articleDates(entry: StoryArticle): ArticleDates {
  const { article, facts } = entry;
  const found: ArticleDates = { articleId: article.id };
  const published = article.published;
  const publishedDay = dayNumber(published?.date);
  if (published && publishedDay !== undefined) {
    found.published = {
      articleId: article.id,
      label: "published",
      day: publishedDay,
      weak: isWeakPublishedDate(published.source, published.confidence),
      value: {
        articleId: article.id,
        value: published.date,
        text: published.text,
        source: published.source,
        confidence: published.confidence,
        label: "published",
      },
    };
  }
  const eventDate = facts.eventDate;
  const eventDay = dayNumber(eventDate?.date);
  if (eventDate && eventDay !== undefined) {
    const mention = facts.dates.find(
      (date) => date.start === eventDate.start && date.end === eventDate.end,
    );
    const certainty = mention?.certainty ?? "stated";
    found.event = {
      articleId: article.id,
      label: "event",
      day: eventDay,
      weak: certainty === "weak-reference",
      value: {
        articleId: article.id,
        value: eventDate.date,
        text: eventDate.text,
        start: eventDate.start,
        end: eventDate.end,
        source: "body",
        confidence: CERTAINTY_CONFIDENCE[certainty],
        certainty,
        label: "event",
      },
    };
    if (mention) found.event.mention = mention;
  } else {
    const leadEnd =
      article.paragraphs[Math.min(LEAD_PARAGRAPHS, article.paragraphs.length) - 1]?.end ??
      article.body.length;
    const weekday = facts.dates.find(
      (date) => date.start < leadEnd && date.rule === "weekday" && !date.resolved,
    );
    if (weekday) found.openWeekday = { articleId: article.id, mention: weekday };
  }
  return found;
}
