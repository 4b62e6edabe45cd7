import { collapseWhitespace } from "../../text/normalize.js";
import { type DateStringOptions, type FoundDate, findDatesInText } from "../dateString.js";
import { findWeekdayDates } from "../weekdayDate.js";
import { NON_TEXT_TAGS } from "./blockParagraphs.js";
import { MODIFIED_LABEL, PUBLISHED_LABEL, withoutWeekdayBefore } from "./dateLabels.js";
import { isEventList, isTeaser, OTHER_STORIES_NAMES } from "./teasers.js";

/** A date printed in the article's header, with the line it stands in. */
export interface HeaderDate {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** Local time `HH:mm`, when the line gives one. */
  time?: string;
  /** UTC offset, when the line gives one ("7:58 AM UTC"). */
  offset?: string;
  /** The line the date was read from, label included ("Updated Dec. 23, 2023"). */
  text: string;
  /** What the page's own label says the date is. */
  label: "published" | "modified" | "none";
}

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Elements whose text is not the article header: besides code and media, menus, and
// content quoted from elsewhere (an embedded post carries its own date).
const SKIPPED_TAGS = new Set([
  ...NON_TEXT_TAGS,
  "NAV",
  "ASIDE",
  "FOOTER",
  "FORM",
  "FIGCAPTION",
  "BLOCKQUOTE",
]);
// Besides other stories, posts embedded from elsewhere (each with its own date).
const EMBEDDED_NAMES = /tweet|instagram|embed/iu;
// A text piece this long is prose (standfirst or body), not a header line.
const PROSE_PIECE = 100;
// The header ends once this much prose has gone by, or this much text of any kind.
const PROSE_BUDGET = 300;
const TEXT_BUDGET = 1500;
// A date line holds little besides the date: a label, a name, a place, a clock time. More
// words than that make it a sentence that mentions a date.
const MAX_LINE_REST = 40;
const MAX_LINE_WORDS = 5;
// How far before a date its label is looked for, and a clock time at the end of that
// stretch ("at 10:42 PM, ", "6:10 a.m. ET, ") that stands between a label and its date.
const LABEL_REACH = 80;
const CLOCK_BEFORE_DATE = /\d{1,2}[:.]\d{2}(?: ?[ap]\.?m\.?)?(?: [A-Z]{2,5})?,? ?$/iu;
// Three or more different days below the headline are a list of other items.
const LIST_DAYS = 3;
const EARLIEST_YEAR = 1995;

/**
 * Reads the dates printed in the article's header: the short lines between the headline
 * and the body text, where pages show the date a reader takes as the article's own ("Dec
 * 21, 2023", "Updated December 26, 2023 10:48 AM", "Stand: 07.11.2023"). Machine-readable
 * stamps often say something else (an evergreen guide's first draft, a CMS import), and
 * this is what the reader sees.
 *
 * @param headline - the headline element; the header is read from there on
 * @param options - how to read ambiguous numeric dates on this page
 * @param years - the years the page's other stamps name, most trusted first: a header
 *   line that prints a weekday and no year ("Last updated 04:15 BST, Friday 2 May") is
 *   read in the one of them (or the year beside it) where that day has that weekday
 * @returns the header's dates in page order; empty when the header shows none, or when it
 *   shows so many different days that it is a list of other items
 */
export function findHeaderDates(
  headline: Element,
  options: DateStringOptions,
  years: readonly number[] = [],
): HeaderDate[] {
  const dates: HeaderDate[] = [];
  let prose = 0;
  let seen = 0;
  let previous = "";
  let node: Node | null = headline;
  while (node !== null && prose < PROSE_BUDGET && seen < TEXT_BUDGET) {
    let skipChildren = false;
    if (node.nodeType === TEXT_NODE) {
      const piece = collapseWhitespace(node.nodeValue ?? "");
      if (piece !== "") {
        seen += piece.length;
        if (piece.length > PROSE_PIECE) {
          prose += piece.length;
        } else {
          dates.push(...datesOnLine(piece, previous, options, years));
        }
        previous = piece;
      }
    } else if (node.nodeType === ELEMENT_NODE) {
      skipChildren = isSkipped(node as Element);
    }
    node = nextInPageOrder(node, skipChildren);
  }
  const days = new Set(dates.map((found) => found.date));
  return days.size >= LIST_DAYS ? [] : dates;
}

/**
 * The one date the header presents as the article's: a date labelled as published, else
 * an unlabelled one, else (when the header shows nothing else) the update date. Two
 * different unlabelled days leave it unsaid.
 */
export function headerDateOf(dates: readonly HeaderDate[]): HeaderDate | undefined {
  const published = dates.find((found) => found.label === "published");
  if (published !== undefined) {
    return published;
  }
  const unlabelled = dates.filter((found) => found.label === "none");
  if (new Set(unlabelled.map((found) => found.date)).size > 1) {
    return undefined;
  }
  return unlabelled[0] ?? dates[0];
}

// Marks that part the fields of a metadata line.
const FIELD_SEPARATORS = new Set(["·", "•", "|"]);

function lastSeparatorBefore(line: string, index: number): number {
  for (let at = index - 1; at >= 0; at--) if (FIELD_SEPARATORS.has(line[at] ?? "")) return at;
  return -1;
}

function firstSeparatorAfter(line: string, index: number): number {
  for (let at = index; at < line.length; at++) if (FIELD_SEPARATORS.has(line[at] ?? "")) return at;
  return line.length;
}

function datesOnLine(
  line: string,
  previous: string,
  options: DateStringOptions,
  years: readonly number[],
): HeaderDate[] {
  const dates: HeaderDate[] = [];
  for (const found of datesWritten(line, options, years)) {
    // A line of fields set apart by dots or bars ("Published in Screens · 6 min read · Apr
    // 13, 2025") is judged by the date's own field.
    const end = found.index + found.text.length;
    const fieldStart = lastSeparatorBefore(line, found.index) + 1;
    const fieldEnd = firstSeparatorAfter(line, end);
    const rest = `${line.slice(fieldStart, found.index)}${line.slice(end, fieldEnd)}`;
    if (
      rest.trim().length > MAX_LINE_REST ||
      (rest.match(/\p{L}+/gu)?.length ?? 0) > MAX_LINE_WORDS ||
      Number(found.date.slice(0, 4)) < EARLIEST_YEAR
    ) {
      continue;
    }
    // The label may sit in the same piece or in the one before ("Updated" in its own span),
    // and a clock time may stand between it and the date ("Posted at 10:42 PM, Mar 9").
    const before = withoutWeekdayBefore(
      `${previous} ${line.slice(0, found.index)}`
        .slice(-LABEL_REACH)
        .replace(CLOCK_BEFORE_DATE, ""),
    ).trim();
    const label = PUBLISHED_LABEL.test(before)
      ? "published"
      : MODIFIED_LABEL.test(before)
        ? "modified"
        : "none";
    const date: HeaderDate = { date: found.date, text: line, label };
    if (found.time !== undefined) date.time = found.time;
    if (found.offset !== undefined) date.offset = found.offset;
    dates.push(date);
  }
  return dates;
}

// The dates a line prints in full, else those it prints with a weekday and no year.
function datesWritten(
  line: string,
  options: DateStringOptions,
  years: readonly number[],
): FoundDate[] {
  const full = findDatesInText(line, options, 2);
  return full.length > 0 ? full : findWeekdayDates(line, years).slice(0, 2);
}

function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.tagName)) {
    return true;
  }
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  return (
    (names.length > 2 && (OTHER_STORIES_NAMES.test(names) || EMBEDDED_NAMES.test(names))) ||
    isTeaser(element, undefined) ||
    isEventList(element)
  );
}

// The next node in document order: the first child, else the next sibling of the node or
// of its nearest ancestor that has one.
function nextInPageOrder(node: Node, skipChildren: boolean): Node | null {
  if (!skipChildren && node.firstChild !== null) {
    return node.firstChild;
  }
  for (let current: Node | null = node; current !== null; current = current.parentNode) {
    if (current.nextSibling !== null) {
      return current.nextSibling;
    }
  }
  return null;
}
