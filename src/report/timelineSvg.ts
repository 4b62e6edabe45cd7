import { dayFromNumber, dayNumber, weekdayOf } from "./calendarDays.js";
import { escapeHtml } from "./escapeHtml.js";
import type { TimelineEntry } from "./storyTimeline.js";

/** Where a timeline mark links to: the sentence holding its words. */
export type SourceLink = (articleId: string, start: number, end: number) => string | undefined;

/** Options of {@link timelineSvg}. */
export interface TimelineSvgOptions {
  /** The outlets in lane order: each article's id and label. */
  lanes: readonly { articleId: string; label: string; colour: number }[];
  /** Builds the link attributes of a mark that has body offsets. */
  link: SourceLink;
}

const WIDTH = 960;
const LEFT = 190;
const RIGHT = 30;
const TOP = 34;
const LANE = 30;

/**
 * Draws a story's timeline as an inline SVG: one lane per outlet, one mark per date it
 * reports (a diamond for its publication date, a filled dot for the day it gives for the
 * event, a ring for any other day, a bar for a span of days), day ticks along the top.
 * Each mark carries a `<title>` with the outlet's words and links to the sentence they
 * come from. Every piece of text is escaped.
 *
 * @param entries - the story's timeline, from `storyTimeline`
 * @param options - the lanes and the link builder
 * @returns the `<svg>` element as markup
 */
export function timelineSvg(
  entries: readonly TimelineEntry[],
  options: TimelineSvgOptions,
): string {
  const laneOf = new Map(options.lanes.map((lane, index) => [lane.articleId, index]));
  const height = TOP + LANE * options.lanes.length + 12;
  let first = Number.POSITIVE_INFINITY;
  let last = Number.NEGATIVE_INFINITY;
  for (const entry of entries) {
    first = Math.min(first, dayNumber(entry.from));
    last = Math.max(last, dayNumber(entry.to));
  }
  if (!Number.isFinite(first)) {
    first = 0;
    last = 0;
  }
  // A day either side, so that the first and last marks sit inside the axis.
  first -= 1;
  last += 1;
  const x = (day: number) => LEFT + ((day - first) / (last - first)) * (WIDTH - LEFT - RIGHT);
  const parts: string[] = [
    `<svg class="timeline-chart" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${WIDTH} ${height}" role="img" aria-label="Dates each outlet reports">`,
  ];
  const span = last - first;
  const step = span <= 16 ? 1 : span <= 70 ? 7 : Math.ceil(span / 10);
  for (let day = first + 1; day < last; day += step) {
    const iso = dayFromNumber(day);
    const at = x(day).toFixed(1);
    parts.push(
      `<line class="tick" x1="${at}" x2="${at}" y1="${TOP - 8}" y2="${height - 8}"/>`,
      `<text class="tick-label" x="${at}" y="${TOP - 14}" text-anchor="middle">${escapeHtml(step === 1 ? `${weekdayOf(iso)} ${iso.slice(5)}` : iso)}</text>`,
    );
  }
  options.lanes.forEach((lane, index) => {
    const y = TOP + LANE * index + LANE / 2;
    parts.push(
      `<line class="lane o${lane.colour}" x1="${LEFT}" x2="${WIDTH - RIGHT}" y1="${y}" y2="${y}"/>`,
      `<text class="lane-label" x="${LEFT - 10}" y="${y + 4}" text-anchor="end">${escapeHtml(shorten(lane.label, 26))}</text>`,
    );
  });
  // Other days first, then the event's day, then publication dates, so that where one
  // outlet gives several on one day the stronger mark is drawn on top.
  const layers: TimelineEntry["kind"][] = ["mentioned", "event", "published"];
  const ordered = layers.flatMap((kind) => entries.filter((entry) => entry.kind === kind));
  for (const entry of ordered) {
    const lane = laneOf.get(entry.articleId);
    if (lane === undefined) continue;
    const colour = options.lanes[lane]?.colour ?? 0;
    const y = TOP + LANE * lane + LANE / 2;
    const from = x(dayNumber(entry.from));
    const to = x(dayNumber(entry.to));
    const days = entry.from === entry.to ? entry.from : `${entry.from} to ${entry.to}`;
    const label = options.lanes[lane]?.label ?? entry.articleId;
    const title = `${label}: ${entry.kind === "published" ? `published ${days} (${entry.source ?? ""})` : `${entry.kind === "event" ? "event" : "mentions"} ${days}`}: “${entry.text}”`;
    const shape =
      entry.kind === "published"
        ? `<path class="mark published o${colour}" d="M${from.toFixed(1)} ${y - 7}l7 7-7 7-7-7z"/>`
        : entry.from !== entry.to
          ? `<rect class="mark span o${colour}" x="${from.toFixed(1)}" y="${y - 4}" width="${Math.max(to - from, 2).toFixed(1)}" height="8" rx="4"/>`
          : `<circle class="mark ${entry.kind} o${colour}" cx="${from.toFixed(1)}" cy="${y}" r="${entry.kind === "event" ? 6 : 4}"/>`;
    const link =
      entry.start !== undefined && entry.end !== undefined
        ? options.link(entry.articleId, entry.start, entry.end)
        : undefined;
    const mark = `<title>${escapeHtml(title)}</title>${shape}`;
    parts.push(link === undefined ? `<g>${mark}</g>` : `<a ${link}>${mark}</a>`);
  }
  parts.push("</svg>");
  return parts.join("");
}

function shorten(text: string, length: number): string {
  return text.length <= length ? text : `${text.slice(0, length - 1)}…`;
}
