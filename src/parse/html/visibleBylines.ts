import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { findDateInText } from "../dateString.js";
import { CREDIT_OPENING, leadingNames } from "./splitAuthorNames.js";
import { inTeaser, textUpTo } from "./teasers.js";

/*
 * Where a page prints its byline: elements whose class, rel or itemprop says author or
 * byline (outside menus, other stories' cards and image captions), read as a reader sees
 * them, and else the first short block that opens like a byline.
 */

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;

// The visible bylines, one group of texts per way of finding them, most specific first.
export function* visibleAuthors(document: Document): Generator<string[]> {
  const selectors = [
    "[rel=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    "[class*=byline] [class*=author]",
    "[class*=byline] [class*=name]",
    "[class*=byline]",
    "[class*=author-name], [class*=authorName], [class*=author__name]",
    "[class*=contrib][class*=name], [class*=contrib][class*=Name]",
    "address.author, .author",
    "a[href*='/author/'], a[href*='/authors/'], a[href*='/writer/'], a[href*='/reporters/'], a[href*='/autor/'], a[href*='/autoren/'], a[href*='/redaktion/'], a[href*='/journalist/']",
    "[class*=author]",
  ];
  for (const selector of selectors) {
    const texts: string[] = [];
    const distinct = new Set<string>();
    for (const element of Array.from(document.querySelectorAll(selector))) {
      // A menu of the site's writers ("Columnists") links to author pages too.
      if (
        element.closest(NAVIGATION) !== null ||
        element.closest(OTHER_STORIES) !== null ||
        isPhotoCredit(element)
      ) {
        continue;
      }
      const text = bylineText(element);
      if (text !== "" && text.length <= 200) {
        texts.push(text);
        distinct.add(foldForComparison(text));
      }
      if (distinct.size >= ROSTER_NAMES || texts.length >= MAX_BYLINE_TEXTS) {
        break;
      }
    }
    // As many different names as a list of the site's writers holds: a roster, not a byline
    // (one byline that names several writers is one text).
    if (texts.length > 0 && distinct.size < ROSTER_NAMES) {
      yield texts.slice(0, BYLINE_TEXTS);
    }
  }
  yield openingBylines(document);
}

// Blocks of other stories, whose bylines are theirs.
const OTHER_STORIES = "aside, [class*=related i], [class*=teaser i], [class*=recommend i]";

// An image's caption, whose "By …" names the photographer.
const CAPTION = "figure, figcaption";
// The block that wraps an image and its caption is looked for this far up from a credit,
// and is short and holds no heading: a longer block, or one with a heading, is the article
// or its header.
const CAPTION_BLOCK_DEPTH = 3;
const CAPTION_BLOCK_TEXT = 400;
const CAPTION_WORDS = 5;

/**
 * A name credited in an image's caption: inside a figure or its caption, or in the short
 * block that wraps an image whose description reads as a sentence (a caption, not the
 * head shot of an author box, whose description is the writer's name).
 */
function isPhotoCredit(element: Element): boolean {
  if (element.closest(CAPTION) !== null) {
    return true;
  }
  let block: Element | null = element.parentElement;
  for (let depth = 0; block !== null && depth < CAPTION_BLOCK_DEPTH; depth++) {
    if (!isShortBlock(block) || block.querySelector("h1, h2, h3") !== null) {
      return false;
    }
    const image = block.querySelector("img");
    if (image !== null) {
      const described = (image.getAttribute("alt") ?? "").trim().split(/\s+/u).length;
      return described >= CAPTION_WORDS;
    }
    block = block.parentElement;
  }
  return false;
}

// Whether an element is a caption's size at most (its text and its nodes), read with an
// early stop, so that looking inside it costs little.
const CAPTION_BLOCK_NODES = 200;
function isShortBlock(element: Element): boolean {
  return textUpTo(element, CAPTION_BLOCK_TEXT, CAPTION_BLOCK_NODES) !== undefined;
}

// Elements of a byline block that say what the writer does or when, not who: "NSW
// Reporter" in its own span under the name.
const BYLINE_EXTRAS = /role|job|position|title|bio|date|time/iu;
const MAX_BYLINE_NODES = 200;
const BLOCK_TAGS = new Set(["DIV", "P", "LI", "UL", "OL", "SECTION", "HEADER", "FOOTER"]);

/**
 * A byline element's text as a reader sees it: a line break parts what it separates (a
 * name from the job title on the next line), and an element whose class says role, job
 * title or date is left out. Read with an early stop, as bylines are short.
 */
function bylineText(element: Element): string {
  const parts: string[] = [];
  let nodes = 0;
  const walk = (node: Node): void => {
    for (
      let child = node.firstChild;
      child !== null && nodes < MAX_BYLINE_NODES;
      child = child.nextSibling
    ) {
      nodes += 1;
      if (child.nodeType === TEXT_NODE) {
        parts.push(child.nodeValue ?? "");
      } else if (child.nodeType === ELEMENT_NODE) {
        const tag = (child as Element).tagName;
        if (tag === "BR") {
          parts.push(" | ");
        } else if (
          tag !== "TIME" &&
          !BYLINE_EXTRAS.test((child as Element).getAttribute("class") ?? "")
        ) {
          // A block (a div or a paragraph) is a line of its own: "Written by …" and
          // "Medically reviewed by …" in two divs are two credits.
          const block = BLOCK_TAGS.has(tag);
          if (block) parts.push(" | ");
          walk(child);
          if (block) parts.push(" | ");
        }
      }
    }
  };
  walk(element);
  // Lines joined by one bar each, none empty (blocks nested in blocks give several).
  return parts
    .join("")
    .split("|")
    .map(collapseWhitespace)
    .filter((line) => line !== "")
    .join(" | ");
}

// Containers of site navigation, whose author links are menus.
const NAVIGATION =
  "nav, [role=navigation], [role=menu], [role=menubar], [class*=menu], [class*=navigation], [class*=navbar]";
// Distinct names from one kind of byline element that make a list of writers; how many
// texts are read to count them, and how many a byline is read from.
const ROSTER_NAMES = 5;
const MAX_BYLINE_TEXTS = 24;
const BYLINE_TEXTS = 6;

// A line that opens with "By", "Von", "Par", "Por" or "Written by:" and a capitalised word.
const BYLINE_LINE =
  /^(?:(?:by|von|par|por|door|di|geschrieben von|verfasst von|écrit par|rédigé par|escrito por)\s|(?:written|reported|posted|words)\sby\s?:?\s|von\sunser(?:e[mnrs]?)?\s\p{L}{1,30}\s|(?:text|texte|autor|autorin|author)\s?:\s?)\p{Lu}/iu;
// "Posted on 20 August 2025 by Ana Ruiz": the name after the date.
const BY_AFTER_DATE = /\s(?:by|von|par|por|door|di)\s(?=\p{Lu})/u;
const MAX_BYLINE_LINE = 160;
const CMS_ACCOUNT_LINE =
  /^(?:by|von|par|por)\s(?:editor|admin|administrator|webmaster|author|user)\.?$/iu;

// The byline without any class to find it by: the first short block that opens like one.
function openingBylines(document: Document): string[] {
  const body = document.body;
  if (body === null) {
    return [];
  }
  for (const element of Array.from(
    body.querySelectorAll(
      "p, span, div, address, li, dd, h3, h4, h5, h6, i, em, b, strong, small, font",
    ),
  )) {
    if (element.children.length > 8) {
      continue;
    }
    // Read with an early stop: a long block is no byline, and its text is not read whole.
    const raw = textUpTo(element, MAX_BYLINE_LINE * 2, MAX_BYLINE_NODES);
    if (raw === undefined) {
      continue;
    }
    const text = collapseWhitespace(raw);
    // A "by" line in an entry of a list of other stories is that story's byline.
    if (
      text.length > MAX_BYLINE_LINE ||
      element.closest(OTHER_STORIES) !== null ||
      inTeaser(element, undefined)
    ) {
      continue;
    }
    // A theme's "by Editor" or "by admin" (the CMS account that posted the page) names no
    // one: the byline the newsroom printed may come later.
    if (BYLINE_LINE.test(text)) {
      if (!CMS_ACCOUNT_LINE.test(text)) {
        return [text];
      }
      continue;
    }
    if (CREDIT_OPENING.test(text)) {
      // The credit's first line: a job title often follows after a line break.
      return [firstLine(element)];
    }
    const date = findDateInText(text);
    const by = date === undefined ? null : BY_AFTER_DATE.exec(text.slice(date.index));
    if (date !== undefined && by !== null) {
      return [leadingNames(text.slice(date.index + by.index + by[0].length))];
    }
  }
  return [];
}

// The element's text up to its first line break (<br> or a block child).
function firstLine(element: Element): string {
  const parts: string[] = [];
  const walk = (node: Node): boolean => {
    for (const child of Array.from(node.childNodes)) {
      if (child.nodeType === 3) {
        parts.push(child.nodeValue ?? "");
      } else if (child.nodeType === 1) {
        const tag = (child as Element).tagName;
        if (tag === "BR" || tag === "P" || tag === "DIV") {
          return true;
        }
        if (walk(child)) {
          return true;
        }
      }
    }
    return false;
  };
  walk(element);
  return collapseWhitespace(parts.join(""));
}

export function visibleBylineText(document: Document): string {
  const parts: string[] = [];
  for (const element of Array.from(
    document.querySelectorAll(
      "[class*=byline i], [class*=author i], [rel=author], [itemprop=author]",
    ),
  )) {
    const text = element.textContent ?? "";
    if (text.length <= 300) {
      parts.push(text);
    }
    if (parts.length >= 20) {
      break;
    }
  }
  return parts.join(" | ");
}

// Links to an account's page of posts ("/author/…", "/@…"), whose text may be its handle.
const ACCOUNT_LINKS =
  "a[href*='/author/'], a[href*='/authors/'], a[href*='/user/'], a[href*='/users/'], a[href*='/profile/'], a[href*='/members/'], a[href*='/@']";
// A handle: one word of letters, digits, "_", "." or "-".
const HANDLE = /^[\p{L}\p{N}_.-]{3,30}$/u;
const CMS_ACCOUNTS = /^(?:editor|admin|administrator|webmaster|author|user|guest|staff)$/iu;
const COMMENTS = "[class*=comment i], [id*=comment i]";
// How many account links are looked at: a post names its account near the top.
const MAX_ACCOUNT_LINKS = 40;

/**
 * The handle of the account that posted the page, where the page names its author by
 * nothing else: the text of a link to the account's page of posts that repeats the last
 * part of the link's path ("/author/gritandgravel/" shown as "gritandgravel"), outside
 * menus, other stories and comments. A theme's default account ("admin") names no one.
 *
 * @param document - the page
 * @returns the handle as the page prints it, or undefined
 */
export function authorHandle(document: Document): string | undefined {
  for (const link of Array.from(document.querySelectorAll(ACCOUNT_LINKS)).slice(
    0,
    MAX_ACCOUNT_LINKS,
  )) {
    const text = (link.textContent ?? "").trim();
    if (!HANDLE.test(text) || CMS_ACCOUNTS.test(text)) {
      continue;
    }
    const path = (link.getAttribute("href") ?? "").split(/[?#]/u)[0] ?? "";
    // "/author/quietharbour/", "/@quietharbour"
    const last = (
      path
        .split("/")
        .filter((part) => part !== "")
        .at(-1) ?? ""
    ).replace(/^@/u, "");
    if (
      last.toLowerCase() === text.toLowerCase() &&
      link.closest(NAVIGATION) === null &&
      link.closest(OTHER_STORIES) === null &&
      link.closest(COMMENTS) === null &&
      !inTeaser(link, undefined)
    ) {
      return text;
    }
  }
  return undefined;
}
