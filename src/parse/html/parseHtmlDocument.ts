import { parseHTML } from "linkedom";
import { DATE_SOURCE_CONFIDENCE } from "../../text/dateSources.js";
import type { Dateline, PublishedDate, RemovedBlock } from "../../types.js";
import { findDateInText } from "../dateString.js";
import { datelinePlace } from "./datelinePlace.js";
import { extractBody } from "./extractBody.js";
import { findAuthors } from "./findAuthors.js";
import { findHeadline } from "./findHeadline.js";
import { findOutlet } from "./findOutlet.js";
import { findPublishedDate } from "./findPublishedDate.js";
import { findStandfirst } from "./findStandfirst.js";
import { findArticleObject, jsonLdString, readJsonLd } from "./readJsonLd.js";
import { readMetaTags } from "./readMetaTags.js";

const DATELINE_CONFIDENCE = DATE_SOURCE_CONFIDENCE.dateline.printed;
const MAX_TREE_DEPTH = 400;
// Measured on the markup before parsing (see scanTags): the 708 pages of our corpora nest
// at most 1,381 elements deep by that count and hold at most 9,753 elements. linkedom's
// parser slows with the square of the nesting depth, and it and Readability overflow the
// call stack on a hundred thousand sibling nodes, so pages past these bounds are read
// from their <head> and their tag-stripped text instead.
const MAX_MARKUP_DEPTH = 5000;
const MAX_ELEMENTS = 20_000;

/** What the page tells about itself, read from its HTML. */
export interface HtmlParseResult {
  /** The headline, where the page has one. */
  headline?: string;
  /** The outlet's name, from the page's metadata. */
  outlet?: string;
  /** Author names in page order; empty when none is given. */
  authors: string[];
  /** The publication date with its source and confidence. */
  published?: PublishedDate;
  /** A dateline printed above the article. */
  dateline?: Dateline;
  /** The article text, paragraphs joined by a blank line. */
  body: string;
  /** Page furniture that was cut, each with its reason. */
  removed: RemovedBlock[];
}

/** What is known about the page besides its HTML. */
export interface HtmlParseContext {
  /** The page's URL: dates in its path are evidence, and its host names the site. */
  url?: string;
}

/**
 * Parses a news page: reads the headline, outlet, authors and publication date from the
 * page's metadata and visible text, and extracts the article body with Readability and our
 * own clean-up of the furniture around it.
 *
 * @param html - the page's HTML as a string (decode bytes with {@link decodeHtmlBytes})
 * @param context - the page's URL, when known
 * @returns the fields the page gives (absent ones omitted), the body and the removed blocks
 * @example
 * ```ts
 * const page = parseHtmlDocument(html, { url: "https://example.com/2025/08/20/talks/" });
 * page.published; // { date: "2025-08-20", time: "14:05", offset: "+03:00", source: "json-ld", ... }
 * ```
 */
export function parseHtmlDocument(html: string, context: HtmlParseContext = {}): HtmlParseResult {
  const tags = scanTags(html);
  if (tags.maxDepth > MAX_MARKUP_DEPTH || tags.elements > MAX_ELEMENTS) {
    return parseFlatPage(html, context);
  }
  try {
    return parseTree(html, context);
  } catch (error) {
    // The bounds above keep real pages and every shape we know of off this path; should
    // linkedom or Readability still run out of stack on some page, it is read flat rather
    // than refused with an error that says nothing about the input.
    if (error instanceof RangeError) {
      return parseFlatPage(html, context);
    }
    throw error;
  }
}

function parseTree(html: string, context: HtmlParseContext): HtmlParseResult {
  const document = parseDocument(html);
  if (document === undefined) {
    return { authors: [], body: "", removed: [] };
  }
  const jsonLd = readJsonLd(document);
  const meta = readMetaTags(document);
  const outlet = findOutlet(jsonLd, meta);
  const siteNames = siteNamesOf(outlet, context.url);
  const headline = findHeadline(document, jsonLd, meta, siteNames);
  // Readability and the visible-text finders cost time in proportion to depth times size;
  // no real page nests hundreds of levels deep, so such a page gets the linear path.
  const deep = treeDepth(document.body ?? document.documentElement) > MAX_TREE_DEPTH;
  const authors = findAuthors(document, jsonLd, meta, siteNames, !deep);
  const published = findPublishedDate(document, jsonLd, meta, {
    ...(context.url === undefined ? {} : { url: context.url }),
    ...(headline === undefined ? {} : { headline }),
    readVisible: !deep,
  });
  if (deep) {
    const result: HtmlParseResult = { authors, body: flatText(document), removed: [] };
    setMetadata(result, headline, outlet, published);
    return result;
  }
  const standfirst = findStandfirst(document, jsonLd, meta);
  const structuredBody = jsonLdString(findArticleObject(jsonLd)?.["articleBody"]);
  // The body extraction rewrites the document, so it runs after every metadata finder.
  const body = extractBody(document, {
    authors,
    ...(headline === undefined ? {} : { headline }),
    ...(standfirst === undefined ? {} : { standfirst }),
    ...(structuredBody === undefined ? {} : { structuredBody }),
  });

  const result: HtmlParseResult = {
    authors,
    body: body.paragraphs.join("\n\n"),
    removed: body.removed,
  };
  setMetadata(result, headline, outlet, published);
  const datelineLine = body.removed.find((block) => block.reason === "dateline")?.text;
  const place = datelineLine === undefined ? undefined : datelinePlace(datelineLine);
  if (datelineLine !== undefined && place !== undefined) {
    result.dateline = { place, text: datelineLine };
    // A dateline is the newsroom's own statement of the day, stronger than a date found
    // somewhere in the page's text; a header date read from the dateline line is one.
    const datelineDate = findDateInText(datelineLine);
    if (
      datelineDate !== undefined &&
      (published === undefined ||
        published.confidence < DATELINE_CONFIDENCE ||
        published.text === datelineLine)
    ) {
      const { text: _matched, index: _index, ...day } = datelineDate;
      result.published = {
        ...day,
        text: datelineDate.text,
        source: "dateline",
        confidence: DATELINE_CONFIDENCE,
      };
    }
  }
  return result;
}

// Names the site goes by: its outlet name and the distinctive part of its host name
// ("www.thehill.com" gives "thehill").
function siteNamesOf(outlet: string | undefined, url: string | undefined): string[] {
  const names: string[] = [];
  if (outlet !== undefined) {
    names.push(outlet);
  }
  if (url !== undefined) {
    try {
      const host = new URL(url).hostname.replace(/^(?:www|m|amp|edition|mobile)\./u, "");
      const parts = host.split(".");
      const main =
        parts.length >= 3 && parts[parts.length - 2]?.length === 2
          ? parts[parts.length - 3]
          : parts[parts.length - 2];
      if (main !== undefined && main.length >= 2) {
        names.push(main);
      }
      names.push(host);
    } catch {
      // A relative or broken URL names no site.
    }
  }
  return names;
}

function parseDocument(page: string): Document | undefined {
  const html = withOneHtmlTag(page);
  const { document } = parseHTML(html) as unknown as { document: Document };
  if (document.documentElement?.tagName === "HTML") {
    return document;
  }
  // linkedom builds no <html> and <body> around a fragment or bare text: give it a frame.
  const framed = (
    parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`) as unknown as {
      document: Document;
    }
  ).document;
  return framed.documentElement?.tagName === "HTML" ? framed : undefined;
}

// The deepest nesting of elements under `root`, measured without recursion.
function treeDepth(root: Element | null): number {
  if (root === null) {
    return 0;
  }
  let deepest = 0;
  const stack: [Element, number][] = [[root, 1]];
  while (stack.length > 0) {
    const entry = stack.pop();
    if (entry === undefined) {
      break;
    }
    const [element, depth] = entry;
    deepest = Math.max(deepest, depth);
    if (deepest > MAX_TREE_DEPTH) {
      return deepest;
    }
    for (const child of Array.from(element.children)) {
      stack.push([child, depth + 1]);
    }
  }
  return deepest;
}

// The page's text, lines folded, for pages too deep to analyse as a tree.
function flatText(document: Document): string {
  for (const element of Array.from(
    document.querySelectorAll("script, style, noscript, template"),
  )) {
    element.remove();
  }
  return (document.body?.textContent ?? "")
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.replace(/\s+/gu, " ").trim())
    .filter((paragraph) => paragraph !== "")
    .join("\n\n");
}

// Elements that close themselves or that the parser closes implicitly: they never nest.
const SELF_CLOSING = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "param",
  "source",
  "track",
  "wbr",
  "p",
  "li",
  "option",
  "td",
  "tr",
  "th",
  "dt",
  "dd",
  "tbody",
  "thead",
]);

/** What one pass over a page's tags tells before any parser sees it. */
interface TagCounts {
  /** Opening tags and comments. */
  elements: number;
  /** The deepest nesting reached, counting only elements that nest. */
  maxDepth: number;
}

// Counts opening tags and follows the nesting of the elements that nest, in one linear
// pass over the markup (no tree is built, so no page can make it slow).
function scanTags(html: string): TagCounts {
  let elements = 0;
  let depth = 0;
  let maxDepth = 0;
  // Comments count as elements: a page of a hundred thousand empty comments between
  // words is a hundred thousand sibling nodes too (and text nodes lie between tags).
  for (const match of html.matchAll(/<(?:(\/?)([a-zA-Z][a-zA-Z0-9-]{0,30})|!)/gu)) {
    if (match[2] === undefined) {
      elements += 1;
      continue;
    }
    if (match[1] === "/") {
      depth = Math.max(0, depth - 1);
      continue;
    }
    elements += 1;
    if (!SELF_CLOSING.has((match[2] ?? "").toLowerCase())) {
      depth += 1;
      maxDepth = Math.max(maxDepth, depth);
    }
  }
  return { elements, maxDepth };
}

// A page too large or too deep for the tree is read as text; its metadata comes from the
// markup before its 2,000th tag (the <head> and the top of the page, where headlines,
// bylines and dates stand), which is parsed as a tree of bounded size.
const FLAT_PREFIX_TAGS = 2000;

function parseFlatPage(html: string, context: HtmlParseContext): HtmlParseResult {
  const bodyStart = html.search(/<body/iu);
  const bodyText = (bodyStart < 0 ? html : html.slice(bodyStart))
    .replace(/<(?:script|style)[^<>]*>[^<]*<\/(?:script|style)>/giu, " ")
    .replace(/<[^<>]*>/gu, " ")
    .replace(/\s+/gu, " ")
    .trim();
  const document = parseDocument(markupPrefix(html, FLAT_PREFIX_TAGS));
  const result: HtmlParseResult = { authors: [], body: bodyText, removed: [] };
  if (document === undefined) {
    return result;
  }
  const readVisible = treeDepth(document.body ?? document.documentElement) <= MAX_TREE_DEPTH;
  const jsonLd = readJsonLd(document);
  const meta = readMetaTags(document);
  const outlet = findOutlet(jsonLd, meta);
  const siteNames = siteNamesOf(outlet, context.url);
  const headline = findHeadline(document, jsonLd, meta, siteNames);
  const published = findPublishedDate(document, jsonLd, meta, {
    ...(context.url === undefined ? {} : { url: context.url }),
    ...(headline === undefined ? {} : { headline }),
    readVisible,
  });
  result.authors = findAuthors(document, jsonLd, meta, siteNames, readVisible);
  setMetadata(result, headline, outlet, published);
  return result;
}

// The markup before its `tags + 1`-th opening tag or comment.
function markupPrefix(html: string, tags: number): string {
  const opening = /<[a-zA-Z!]/gu;
  let count = 0;
  while (opening.exec(html) !== null) {
    count += 1;
    if (count > tags) {
      return html.slice(0, opening.lastIndex - 2);
    }
  }
  return html;
}

// Found metadata goes into the result only where it was found (absent fields stay absent).
function setMetadata(
  result: HtmlParseResult,
  headline: string | undefined,
  outlet: string | undefined,
  published: PublishedDate | undefined,
): void {
  if (headline !== undefined) result.headline = headline;
  if (outlet !== undefined) result.outlet = outlet;
  if (published !== undefined) result.published = published;
}

// Pages written for old Internet Explorer open <html> once per conditional comment; the
// parser then leaves <body> empty. Only the first opening tag is kept.
function withOneHtmlTag(html: string): string {
  let seen = false;
  return html.replace(/<html(?=[\s>])[^>]{0,500}>/giu, (tag) => {
    if (seen) {
      return "";
    }
    seen = true;
    return tag;
  });
}
