import { DATE_SOURCE_CONFIDENCE } from "../../text/dateSources.js";
import { type ParsedDateString, parseDateString } from "../dateString.js";
import type { DateCandidate } from "./choosePublishedDate.js";

const URL_FULL_DATE =
  /(?<![\p{N}])((?:19|20)\d{2})[/_.-]?(0[1-9]|1[0-2])[/_.-]?(0[1-9]|[12]\d|3[01])(?![\p{N}])/u;
const URL_SLASHED_DATE =
  /\/((?:19|20)\d{2})\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?:\/|$|[^\p{N}])/u;

// "/2023/dec/21/" as The Guardian and PolitiFact write it.
const URL_NAMED_MONTH = /\/((?:19|20)\d{2})\/([a-z]{3,9})\/(\d{1,2})(?:\/|$)/iu;
// "/meldungen/29-10-2021": a day-first date as a whole path segment.
const URL_DAY_FIRST =
  /(?<=\/)(0[1-9]|[12]\d|3[01])-(0[1-9]|1[0-2])-((?:19|20)\d{2})(?=\/|$|[?#.])/u;

/** The date a URL path carries: `/2025/08/20/`, `2025-08-20`, `20250820`. */
export function dateFromUrl(url: string): DateCandidate | undefined {
  let path = url;
  try {
    const parsed = new URL(url);
    path = `${parsed.pathname}${parsed.search}`;
  } catch {
    // Not an absolute URL: read it as it is.
  }
  const named = URL_NAMED_MONTH.exec(path);
  if (named !== null) {
    const [text, year, month, day] = named;
    const parsed = parseDateString(`${day} ${month} ${year}`);
    if (parsed !== undefined) {
      return urlCandidate(parsed, text);
    }
  }
  const dayFirst = URL_DAY_FIRST.exec(path);
  if (dayFirst !== null) {
    const [text, day, month, year] = dayFirst;
    const parsed = parseDateString(`${year}-${month}-${day}`);
    if (parsed !== undefined) {
      return urlCandidate(parsed, text);
    }
  }
  const match = URL_SLASHED_DATE.exec(path) ?? URL_FULL_DATE.exec(path);
  if (match === null) {
    return undefined;
  }
  const [text, year, month, day] = match;
  const parsed = parseDateString(
    `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`,
  );
  return parsed === undefined ? undefined : urlCandidate(parsed, text);
}

// The matched path segment, without its slashes, as the evidence text.
function urlCandidate(parsed: ParsedDateString, matched: string): DateCandidate {
  return {
    ...parsed,
    text: matched.replace(/^\/|\/$/gu, ""),
    source: "url",
    confidence: DATE_SOURCE_CONFIDENCE.url.path,
    modified: false,
  };
}
