import type { ComparedArticle } from "../types.js";

/**
 * What a date on a story's timeline is to the outlet that gives it.
 *
 * @group Report
 */
export type TimelineEntryKind = "published" | "event" | "mentioned";

/**
 * One date an outlet reports, placed on its story's timeline.
 *
 * @group Report
 */
export interface TimelineEntry {
  /** The article that gives the date. */
  articleId: string;
  /** `published` (the article's date), `event` (the day it says the event happened) or `mentioned`. */
  kind: TimelineEntryKind;
  /** First day, `YYYY-MM-DD`. */
  from: string;
  /** Last day, `YYYY-MM-DD` (equal to `from` for one day; a week runs Monday to Sunday). */
  to: string;
  /** The words the date was read from, as printed. */
  text: string;
  /** Offset of `text` in the body, when the date comes from the body. */
  start?: number;
  /** Offset one past `text`. */
  end?: number;
  /** Where a publication date came from (`dateline`, `meta`, `banner`…). */
  source?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/u;

/**
 * The dates each article of a story reports, as days: its publication date, the day it
 * gives for the event, and every other date it mentions that resolves to a day or a span
 * of days (a week). Times of day, months and years are left out: a time names no day, and
 * months and years would stretch a timeline of days across years without placing anything
 * on it. Sorted by first day, then article order.
 *
 * @param articles - the story's articles with their facts, in report order
 * @returns the timeline entries
 *
 * @group Report
 */
export function storyTimeline(articles: readonly ComparedArticle[]): TimelineEntry[] {
  const entries: { entry: TimelineEntry; order: number }[] = [];
  for (const article of articles) {
    const push = (entry: TimelineEntry) => entries.push({ entry, order: entries.length });
    if (article.published !== undefined && DAY.test(article.published.date)) {
      push({
        articleId: article.id,
        kind: "published",
        from: article.published.date,
        to: article.published.date,
        text: article.published.text,
        source: article.published.source,
      });
    }
    const event = article.facts.eventDate;
    if (event !== undefined && DAY.test(event.date)) {
      push({
        articleId: article.id,
        kind: "event",
        from: event.date,
        to: event.date,
        text: event.text,
        start: event.start,
        end: event.end,
      });
    }
    for (const mention of article.facts.dates) {
      // A time of day ("before midnight", "in the evening") takes the day of the sentence it
      // stands in; it names no day of its own to place on the timeline.
      if (mention.value === undefined || mention.rule === "time-of-day") continue;
      if (event !== undefined && mention.start === event.start && mention.end === event.end)
        continue;
      const [from = "", to = from] = mention.value.split("/");
      if (!DAY.test(from) || !DAY.test(to)) continue;
      push({
        articleId: article.id,
        kind: "mentioned",
        from,
        to,
        text: mention.text,
        start: mention.start,
        end: mention.end,
      });
    }
  }
  entries.sort((a, b) =>
    a.entry.from < b.entry.from ? -1 : a.entry.from > b.entry.from ? 1 : a.order - b.order,
  );
  return entries.map(({ entry }) => entry);
}
