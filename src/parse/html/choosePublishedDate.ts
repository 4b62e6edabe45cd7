import { STRONG_DATE_CONFIDENCE } from "../../text/dateSources.js";
import type { PublishedDate, PublishedSource } from "../../types.js";
import type { ParsedDateString } from "../dateString.js";
import { regionDay } from "./regionDay.js";

/** A date found on the page, with how it was found and whether it dates a later edit. */
export interface DateCandidate extends ParsedDateString {
  /** The text the date was read from. */
  text: string;
  /** Which kind of evidence gave the date. */
  source: PublishedSource;
  /** How much this finder is trusted, from 0 to 1. */
  confidence: number;
  /** True for modification dates ("Updated", `dateModified`). */
  modified: boolean;
  /** True for the date the article's header shows the reader, under the headline. */
  header?: boolean;
  /** True for a header date whose label says it is the update ("Last updated Jan. 31"). */
  updatedOnly?: boolean;
  /** True for a visible date its label calls the publication ("First published", "Posted"). */
  labelledPublished?: boolean;
}

// Each further kind of evidence naming the same day adds this much to a candidate's rank.
const AGREEMENT_BONUS = 0.1;

// Ranking: a finder's confidence orders candidates; publication beats modification.
function rank(candidate: DateCandidate): number {
  return candidate.confidence - (candidate.modified ? 0.5 : 0);
}

// "-00:00" is RFC 3339's UTC with the local offset unknown.
const UTC_OFFSETS: ReadonlySet<string> = new Set(["Z", "+00:00", "-00:00"]);

function isUtcOnly(candidate: ParsedDateString): boolean {
  return (
    candidate.time !== undefined &&
    candidate.offset !== undefined &&
    UTC_OFFSETS.has(candidate.offset)
  );
}

function dayDistance(left: string, right: string): number {
  return Math.round((Date.parse(left) - Date.parse(right)) / 86_400_000);
}

// The instant a timestamp with an offset stands for, in minutes since the epoch.
function instantMinutes(candidate: ParsedDateString): number | undefined {
  if (candidate.time === undefined || candidate.offset === undefined) {
    return undefined;
  }
  const offset = candidate.offset === "Z" ? "+00:00" : candidate.offset;
  const milliseconds = Date.parse(`${candidate.date}T${candidate.time}:00${offset}`);
  return Number.isNaN(milliseconds) ? undefined : milliseconds / 60_000;
}

// Finders whose day a reader sees on the page (or in the address) as the article's own.
const LOCAL_DAY_SOURCES: ReadonlySet<PublishedSource> = new Set([
  "meta",
  "time-element",
  "byline",
  "url",
  "json-ld",
]);

/**
 * The local day for a UTC-only timestamp, when the page gives it: a timestamp with a real
 * offset for the same instant, or a visible day one off in the direction the clock allows
 * (a UTC morning can be the previous evening west of Greenwich, a UTC evening the next
 * morning east of it) that no other visible date contradicts.
 */
function localDayFor(
  utc: DateCandidate,
  pool: readonly DateCandidate[],
): DateCandidate | undefined {
  const instant = instantMinutes(utc);
  const sameInstant = pool.find((candidate) => {
    if (isUtcOnly(candidate) || candidate.date === utc.date) {
      return false;
    }
    const other = instantMinutes(candidate);
    return other !== undefined && instant !== undefined && Math.abs(other - instant) <= 1;
  });
  if (sameInstant !== undefined) {
    return sameInstant;
  }
  // A clock time printed without an offset ("2025-08-20 17:49") is the publisher's local
  // time when it differs from the UTC stamp by a whole number of quarter hours.
  const sameMoment = pool.find((candidate) => {
    if (
      candidate.offset !== undefined ||
      candidate.time === undefined ||
      candidate.date === utc.date
    ) {
      return false;
    }
    const local = instantMinutes({ ...candidate, offset: "Z" });
    if (local === undefined || instant === undefined) {
      return false;
    }
    const difference = Math.abs(local - instant);
    return difference > 0 && difference <= 14 * 60 && difference % 15 === 0;
  });
  if (sameMoment !== undefined) {
    return sameMoment;
  }
  const utcHour = Number(utc.time?.slice(0, 2) ?? "12");
  const visible = pool.filter(
    (candidate) =>
      candidate.time === undefined &&
      candidate.offset === undefined &&
      LOCAL_DAY_SOURCES.has(candidate.source) &&
      candidate.confidence >= STRONG_DATE_CONFIDENCE,
  );
  if (visible.some((candidate) => candidate.date === utc.date)) {
    return undefined;
  }
  return visible.find((candidate) => {
    const distance = dayDistance(candidate.date, utc.date);
    return (distance === -1 && utcHour < 12) || (distance === 1 && utcHour >= 12);
  });
}

/**
 * Picks the publication date from the collected evidence. The day the article's header
 * shows its reader comes first; the best stamp for that day supplies its time and offset.
 * Otherwise the best-ranked publication date wins (a finder's confidence, plus a little
 * for each other kind of evidence naming the same day), corrected for UTC-only stamps
 * (when the page also gives the local day of the same moment, that day wins, because
 * converting to UTC moved it; else the day the moment falls on in every time zone of the
 * country the page is written for, given as `zones`, or a function that reads them when
 * they are needed).
 */
export function choosePublishedDate(
  candidates: readonly DateCandidate[],
  zones: readonly string[] | (() => readonly string[]) = [],
): PublishedDate | undefined {
  const usable = candidates.filter((candidate) => !candidate.modified);
  const header = usable.find((candidate) => candidate.header === true);
  const first = header?.updatedOnly ? firstPublication(header, usable) : undefined;
  if (first !== undefined) {
    return publishedFrom(first);
  }
  if (header !== undefined) {
    // The header gives the local day, so no stamp's UTC day can move it; a stamp of the
    // same day adds the time and offset the header line may leave out.
    const stamps = usable.filter(
      (candidate) => candidate !== header && candidate.date === header.date,
    );
    return publishedFrom(bestOf(stamps) ?? header);
  }
  const pool = usable.length > 0 ? usable : candidates;
  // Each further kind of evidence (meta, <time>, byline, URL) that names the same day
  // adds to its weight: agreement between independent finders beats one stronger stamp.
  const kindsByDate = new Map<string, Set<PublishedSource>>();
  for (const candidate of pool) {
    const kinds = kindsByDate.get(candidate.date) ?? new Set<PublishedSource>();
    kinds.add(candidate.source);
    kindsByDate.set(candidate.date, kinds);
  }
  const score = (candidate: DateCandidate) =>
    rank(candidate) + AGREEMENT_BONUS * ((kindsByDate.get(candidate.date)?.size ?? 1) - 1);
  const best = [...pool].sort((left, right) => score(right) - score(left))[0];
  if (best === undefined) {
    return undefined;
  }
  if (!isUtcOnly(best)) {
    return publishedFrom(best);
  }
  return publishedFrom(
    localDayFor(best, pool) ??
      inRegion(best, typeof zones === "function" ? zones() : zones) ??
      best,
  );
}

/**
 * A UTC-only stamp read in the country the page is written for, when all of that
 * country's zones put its moment on one day: 00:02 UTC on 5 November is 4 November in
 * every US zone, 20:10 UTC on 1 December is 2 December across New Zealand.
 */
function inRegion(utc: DateCandidate, zones: readonly string[]): DateCandidate | undefined {
  const instant = instantMinutes(utc);
  // Midnight UTC on the dot is how many sites pad a bare day ("2019-06-17T00:00:00Z"): a
  // day, not a moment to move.
  if (instant === undefined || zones.length === 0 || utc.time === "00:00") {
    return undefined;
  }
  const local = regionDay(instant * 60_000, zones);
  if (local === undefined || local.date === utc.date) {
    return undefined;
  }
  const { time: _time, offset: _offset, ...rest } = utc;
  return { ...rest, ...local };
}

/**
 * For a header that shows only when the article was updated, the first publication the
 * page's date line states beside it, on an earlier day ("Originally posted Mon,
 * 09/15/2025"). A publication stamp alone does not move such a header: pages that show
 * only "Updated" or "Stand:" are read by the day they show.
 */
function firstPublication(
  header: DateCandidate,
  usable: readonly DateCandidate[],
): DateCandidate | undefined {
  return bestOf(
    usable.filter(
      (candidate) =>
        candidate !== header &&
        candidate.labelledPublished === true &&
        dayDistance(candidate.date, header.date) < 0,
    ),
  );
}

function bestOf(candidates: readonly DateCandidate[]): DateCandidate | undefined {
  return [...candidates].sort((left, right) => rank(right) - rank(left))[0];
}

function publishedFrom(chosen: DateCandidate | undefined): PublishedDate | undefined {
  if (chosen === undefined) {
    return undefined;
  }
  const published: PublishedDate = {
    date: chosen.date,
    text: chosen.text,
    source: chosen.source,
    confidence: chosen.confidence,
  };
  if (chosen.time !== undefined) {
    published.time = chosen.time;
  }
  if (chosen.offset !== undefined) {
    published.offset = chosen.offset;
  }
  return published;
}
