import {
  DATE_SOURCE_CONFIDENCE as CONFIDENCE,
  MODIFIED_STAMP_CONFIDENCE,
  STRONG_DATE_CONFIDENCE,
  updatedConfidence,
} from "../../text/dateSources.js";
import { collapseWhitespace } from "../../text/normalize.js";
import type { PublishedDate, PublishedSource } from "../../types.js";
import {
  type DateStringOptions,
  type FoundDate,
  findDatesInText,
  type ParsedDateString,
  parseDateString,
} from "../dateString.js";
import { choosePublishedDate, type DateCandidate } from "./choosePublishedDate.js";
import { dateFromUrl } from "./dateFromUrl.js";
import {
  MODIFIED_LABEL,
  MODIFIED_OPENING,
  PUBLISHED_LABEL,
  withoutWeekdayBefore,
} from "./dateLabels.js";
import { findHeaderDates, headerDateOf } from "./findHeaderDate.js";
import { headlineElement } from "./findHeadline.js";
import { pageTimeZones, readsDayFirst } from "./pageLocale.js";
import { findArticleObject, type JsonLdObject, jsonLdString } from "./readJsonLd.js";
import type { MetaTags } from "./readMetaTags.js";
import {
  inEventList,
  inTeaser,
  isEventList,
  isTeaser,
  OTHER_STORIES_NAMES,
  pathOf,
} from "./teasers.js";

// Meta keys that state the publication date, in the order sites most reliably fill them.
const PUBLISHED_META_KEYS = [
  "article:published_time",
  "og:article:published_time",
  "article:published",
  "og:published_time",
  "published_time",
  "datepublished",
  "publishdate",
  "publish-date",
  "publish_date",
  "pubdate",
  "parsely-pub-date",
  "sailthru.date",
  "article.published",
  "article_date_original",
  "originalpublicationdate",
  "cxenseparse:recs:publishtime",
  "dc.date.issued",
  "dcterms.issued",
  "dc.date.created",
  "dcterms.created",
  "dc.date",
  "dcterms.date",
  "date",
  "citation_publication_date",
  "citation_date",
  "og:pubdate",
  "displaydate",
  "ptime",
  "date_published",
  "article:post_date",
  "created",
  "dc.created",
];

const MODIFIED_META_KEYS = [
  "article:modified_time",
  "og:updated_time",
  "og:article:modified_time",
  "datemodified",
  "last-modified",
  "dc.date.modified",
  "dcterms.modified",
  "utime",
  "lastmod",
];

// Class or id words of elements that show the article's date beside the byline.
const DATE_CONTAINER =
  /date|time|publish|posted|byline|meta|datum|dateline|entry-date|timestamp|zeit|fecha|data-pub/iu;
// Besides other stories, the page's frame: its footer, side column and copyright line.
const PAGE_FRAME_NAMES = /footer|sidebar|copyright/iu;
const COPYRIGHT_BEFORE = /(?:©|\(c\)|copyright)\s*$/iu;

const EARLIEST_YEAR = 1995;
const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
// Enough text pieces to cover the text window the date scan reads.
const MAX_TEXT_PARTS = 5000;
const TEXT_WINDOW = 20_000;
const OTHER_STORIES = /comment|respond|reply/iu;
const FEED_DAYS = 3;
const FEED_TIMES = 6;

/** Options of {@link findPublishedDate}. */
export interface FindPublishedDateOptions {
  /** The page's URL, whose path may carry the date. */
  url?: string;
  /** Read dates from the visible text (default true; off for pathologically deep pages). */
  readVisible?: boolean;
  /**
   * The article's headline as found; the header date is read only below a heading that
   * shows it (a site's logo heading is followed by banners, not the article's date).
   */
  headline?: string;
}

/**
 * Collects the page's date evidence, strongest kinds first: JSON-LD `datePublished`, meta
 * tags, `<time>` elements, dates beside the byline, the URL, then dates in the text.
 */
export function collectDateCandidates(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
  options: FindPublishedDateOptions,
): DateCandidate[] {
  const candidates: DateCandidate[] = [];
  // Numeric dates in metadata are written the page's way too ("02/10/2020" on an en-GB page).
  const reading = { preferDayFirst: readsDayFirst(document, meta, options.url) };
  // The page's own path: a list entry that links there dates this page, not another.
  const ownPath = pathOf(options.url);
  const add = (
    raw: string | undefined | null,
    source: PublishedSource,
    confidence: number,
    modified: boolean,
  ) => {
    if (raw === undefined || raw === null) {
      return;
    }
    const text = collapseWhitespace(raw);
    if (text === "" || text.length > 300) {
      return;
    }
    const parsed = parseDateString(text, reading) ?? parseEpoch(text);
    if (parsed === undefined || Number(parsed.date.slice(0, 4)) < EARLIEST_YEAR) {
      return;
    }
    candidates.push({ ...parsed, text, source, confidence, modified });
  };

  const article = findArticleObject([...jsonLd]);
  if (article !== undefined) {
    add(jsonLdString(article["datePublished"]), "json-ld", CONFIDENCE["json-ld"].article, false);
    add(jsonLdString(article["dateCreated"]), "json-ld", CONFIDENCE["json-ld"].created, false);
    add(jsonLdString(article["uploadDate"]), "json-ld", CONFIDENCE["json-ld"].uploaded, false);
    add(jsonLdString(article["dateModified"]), "json-ld", MODIFIED_STAMP_CONFIDENCE, true);
  }
  for (const object of jsonLd) {
    if (object !== article) {
      add(
        jsonLdString(object["datePublished"]),
        "json-ld",
        CONFIDENCE["json-ld"].otherObject,
        false,
      );
    }
  }

  for (const key of PUBLISHED_META_KEYS) {
    for (const value of meta.get(key) ?? []) {
      add(value, "meta", CONFIDENCE.meta.published, false);
    }
  }
  for (const key of MODIFIED_META_KEYS) {
    for (const value of meta.get(key) ?? []) {
      add(value, "meta", MODIFIED_STAMP_CONFIDENCE, true);
    }
  }

  collectTimeElements(document, add);
  if (options.readVisible !== false) {
    collectHeaderDate(document, options.headline, reading, candidates);
    collectBylineDates(document, reading, candidates, ownPath);
  }
  const fromUrl = options.url === undefined ? undefined : dateFromUrl(options.url);
  if (fromUrl !== undefined) {
    candidates.push(fromUrl);
  }
  // Dates in running text are the last resort: read only when no stronger finder spoke.
  const hasStrongDate = candidates.some(
    (candidate) => candidate.confidence >= STRONG_DATE_CONFIDENCE,
  );
  if (options.readVisible !== false && !hasStrongDate) {
    collectTextDates(document, reading, candidates, ownPath);
  }
  return candidates;
}

type AddCandidate = (
  raw: string | undefined | null,
  source: PublishedSource,
  confidence: number,
  modified: boolean,
) => void;

function collectTimeElements(document: Document, add: AddCandidate): void {
  const stated = document.querySelectorAll(
    "[itemprop=datePublished], [itemprop=dateCreated], [itemprop=dateModified]",
  );
  for (const element of Array.from(stated)) {
    if (element.tagName === "META") {
      continue;
    }
    const value =
      element.getAttribute("datetime") ?? element.getAttribute("content") ?? element.textContent;
    const modified = element.getAttribute("itemprop") === "dateModified";
    add(
      value,
      "time-element",
      modified ? MODIFIED_STAMP_CONFIDENCE : CONFIDENCE["time-element"].itemprop,
      modified,
    );
  }
  const times = Array.from(document.querySelectorAll("time")).slice(0, 12);
  // Many <time> elements with different days are a feed of other stories (latest news,
  // comments), not the article's own date: then each counts for little.
  const distinctDays = new Set(
    times
      .map((element) => (element.getAttribute("datetime") ?? "").slice(0, 10))
      .filter((day) => day !== ""),
  );
  const isFeed = times.length >= FEED_TIMES && distinctDays.size >= FEED_DAYS;
  for (const element of times) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""} ${element.parentElement?.getAttribute("class") ?? ""}`;
    const modified =
      /updat|modif/iu.test(names) ||
      MODIFIED_LABEL.test(textBefore(element)) ||
      MODIFIED_OPENING.test(element.textContent ?? "");
    const stated =
      element.hasAttribute("pubdate") || /publish|pubdate|entry-date|posted/iu.test(names);
    const inArticle =
      element.closest("article, header, main, [class*=byline], [class*=article]") !== null;
    const timeConfidence = CONFIDENCE["time-element"];
    const confidence = modified
      ? MODIFIED_STAMP_CONFIDENCE
      : isFeed
        ? timeConfidence.feed
        : stated
          ? timeConfidence.labelled
          : inArticle
            ? timeConfidence.inArticle
            : timeConfidence.elsewhere;
    add(
      element.getAttribute("datetime") ?? element.textContent,
      "time-element",
      confidence,
      modified,
    );
  }
}

// The date printed below the headline, read the way the page writes numeric dates.
function collectHeaderDate(
  document: Document,
  headline: string | undefined,
  reading: DateStringOptions,
  candidates: DateCandidate[],
): void {
  const heading = headline === undefined ? undefined : headlineElement(document, headline);
  if (heading === undefined) {
    return;
  }
  // The years the page's stamps name, most trusted first, for header lines that leave
  // the year out.
  const years = [...candidates]
    .sort((left, right) => right.confidence - left.confidence)
    .map((candidate) => Number(candidate.date.slice(0, 4)));
  const shown = headerDateOf(findHeaderDates(heading, reading, [...new Set(years)]));
  if (shown === undefined) {
    return;
  }
  const { label, ...date } = shown;
  candidates.push({
    ...date,
    source: "byline",
    // A header that shows only "Updated …" gives the page's date, but says less about the
    // first publication.
    confidence:
      label === "modified" ? updatedConfidence(CONFIDENCE.byline.header) : CONFIDENCE.byline.header,
    modified: false,
    header: true,
    ...(label === "modified" ? { updatedOnly: true } : {}),
  });
}

// Visible dates in small elements whose class or id says date, byline or meta.
function collectBylineDates(
  document: Document,
  reading: DateStringOptions,
  candidates: DateCandidate[],
  ownPath: string | undefined,
): void {
  let seen = 0;
  for (const element of Array.from(document.querySelectorAll("[class], [id]"))) {
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!DATE_CONTAINER.test(names) || element.tagName === "TIME" || element.tagName === "BODY") {
      continue;
    }
    if (
      OTHER_STORIES_NAMES.test(names) ||
      PAGE_FRAME_NAMES.test(names) ||
      inEventList(element) ||
      inTeaser(element, ownPath)
    ) {
      continue;
    }
    // A container with many children is a section, not a date line.
    if (element.children.length > 12) {
      continue;
    }
    // Read as the reader sees it: "9:55 pm" in one element and a hidden "April 18" in the
    // next are two words apart, not "pmApril".
    const text = collapseWhitespace(visibleText(element, true));
    if (text === "" || text.length > 200) {
      continue;
    }
    const found = findDatesInText(text, reading, 2);
    for (const date of found) {
      const before = text.slice(Math.max(0, date.index - 40), date.index);
      if (COPYRIGHT_BEFORE.test(before) || Number(date.date.slice(0, 4)) < EARLIEST_YEAR) {
        continue;
      }
      const modified = MODIFIED_LABEL.test(before);
      const confidence = CONFIDENCE.byline.beside;
      const candidate = textCandidate(
        date,
        "byline",
        modified ? updatedConfidence(confidence) : confidence,
        modified,
      );
      if (!modified && PUBLISHED_LABEL.test(withoutWeekdayBefore(before))) {
        candidate.labelledPublished = true;
      }
      candidates.push(candidate);
    }
    seen += 1;
    if (seen >= 20) {
      break;
    }
  }
}

// Dates in the page's text: the last resort, and the local-day evidence for UTC stamps.
function collectTextDates(
  document: Document,
  reading: DateStringOptions,
  candidates: DateCandidate[],
  ownPath: string | undefined,
): void {
  const article = document.querySelector("article");
  const roots = [article, document.body].filter((root): root is HTMLElement => root !== null);
  for (const root of roots) {
    const before = candidates.length;
    collectTextDatesIn(root, reading, candidates, ownPath);
    // The article element first; the whole page only when the article shows no date.
    if (candidates.length > before) {
      return;
    }
  }
}

function collectTextDatesIn(
  root: Element,
  reading: DateStringOptions,
  candidates: DateCandidate[],
  ownPath: string | undefined,
): void {
  const text = visibleText(root, false, ownPath).slice(0, TEXT_WINDOW);
  for (const date of findDatesInText(text, reading, 6)) {
    const before = text.slice(Math.max(0, date.index - 40), date.index);
    if (COPYRIGHT_BEFORE.test(before) || Number(date.date.slice(0, 4)) < EARLIEST_YEAR) {
      continue;
    }
    const modified = MODIFIED_LABEL.test(before);
    const confidence = PUBLISHED_LABEL.test(withoutWeekdayBefore(before))
      ? CONFIDENCE.text.labelled
      : CONFIDENCE.text.page;
    candidates.push(
      textCandidate(date, "text", modified ? updatedConfidence(confidence) : confidence, modified),
    );
  }
}

function textCandidate(
  date: FoundDate,
  source: PublishedSource,
  confidence: number,
  modified: boolean,
): DateCandidate {
  const { text, index: _index, ...parsed } = date;
  return { ...parsed, text, source, confidence, modified };
}

function parseEpoch(text: string): ParsedDateString | undefined {
  // Some CMSs print Unix time; without a zone it is UTC, and only the day is kept.
  if (!/^\d{10}(?:\d{3})?$/u.test(text)) {
    return undefined;
  }
  const milliseconds = text.length === 13 ? Number(text) : Number(text) * 1000;
  const iso = new Date(milliseconds).toISOString();
  return { date: iso.slice(0, 10), time: iso.slice(11, 16), offset: "Z" };
}

function textBefore(element: Element): string {
  const previous = element.previousSibling;
  const parentText = element.parentElement?.textContent ?? "";
  const own = element.textContent ?? "";
  const index = parentText.indexOf(own);
  const before = index > 0 ? parentText.slice(Math.max(0, index - 40), index) : "";
  return before !== "" ? before : (previous?.textContent ?? "");
}

// The text a reader sees under an element, pieces apart; a date line (`dateLine`) also
// gives the JSON a script in it holds for the page to render ("publishedDate": "…").
function visibleText(root: Element, dateLine = false, ownPath?: string): string {
  const parts: string[] = [];
  // Depth-first with an explicit stack (children pushed in reverse to keep page order).
  const stack: Node[] = [root];
  while (stack.length > 0 && parts.length < MAX_TEXT_PARTS) {
    const node = stack.pop();
    if (node === undefined) {
      break;
    }
    if (node.nodeType === TEXT_NODE) {
      const text = node.nodeValue ?? "";
      if (text.trim() !== "") {
        parts.push(text);
      }
      continue;
    }
    if (node.nodeType !== ELEMENT_NODE) {
      continue;
    }
    const element = node as Element;
    const tag = element.tagName;
    if (dateLine && tag === "SCRIPT" && /json/iu.test(element.getAttribute("type") ?? "")) {
      parts.push(element.textContent ?? "");
      continue;
    }
    if (
      tag === "SCRIPT" ||
      tag === "STYLE" ||
      tag === "NOSCRIPT" ||
      tag === "TEMPLATE" ||
      tag === "SVG" ||
      element.hasAttribute("hidden")
    ) {
      continue;
    }
    // Comments carry the days they were written, not the article's.
    const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
    if (!dateLine && element !== root && names.length > 2 && OTHER_STORIES.test(names)) {
      continue;
    }
    // Menus, and an entry of a list that links to a story by its headline ("Garden club
    // tour raises $2,400" above "June 14, 2025"), date other pages. (A side panel may hold the
    // article's own date: "<aside><dt>Datum</dt><dd>12.01.2017</dd>".)
    if (
      !dateLine &&
      element !== root &&
      (tag === "NAV" || isTeaser(element, ownPath) || isEventList(element))
    ) {
      continue;
    }
    const children = Array.from(element.childNodes);
    for (let index = children.length - 1; index >= 0; index--) {
      const child = children[index];
      if (child !== undefined) {
        stack.push(child);
      }
    }
  }
  return parts.join(" \n ");
}

/**
 * Finds the publication date of a page: collects every kind of date evidence and picks
 * the strongest publication (not modification) date, keeping the day as written.
 */
export function findPublishedDate(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
  options: FindPublishedDateOptions,
): PublishedDate | undefined {
  return choosePublishedDate(collectDateCandidates(document, jsonLd, meta, options), () =>
    pageTimeZones(document, meta, options.url, jsonLd),
  );
}
