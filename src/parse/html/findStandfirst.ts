import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { findArticleObject, type JsonLdObject, jsonLdString } from "./readJsonLd.js";
import { firstMeta, type MetaTags } from "./readMetaTags.js";

// Class words of the summary printed under a headline (the "dek" or standfirst).
const STANDFIRST_CLASS =
  /dek|standfirst|subtitle|sub-title|sub-?head|summary|lede|lead|excerpt|intro|description|sapo|abstract|teaser-text|article-info|header__text|kicker/iu;

const MAX_CHECKED = 200;

// Elements that hold other blocks: a standfirst is a single block of text.
const BLOCK_TAGS = new Set([
  "P",
  "DIV",
  "H1",
  "H2",
  "H3",
  "H4",
  "H5",
  "H6",
  "UL",
  "OL",
  "LI",
  "FIGURE",
  "TABLE",
  "SECTION",
  "ARTICLE",
  "HEADER",
  "FOOTER",
  "ASIDE",
  "NAV",
]);
const SKIPPED_AFTER_HEADLINE = new Set([
  "SCRIPT",
  "STYLE",
  "NOSCRIPT",
  "FIGURE",
  "FIGCAPTION",
  "IMG",
]);
// The standfirst follows the headline within a few elements (kicker, byline, share bar).
const AFTER_HEADLINE = 12;
const STANDFIRST_MINIMUM = 40;
const STANDFIRST_MAXIMUM = 400;
const SENTENCE_END = /[.!?…"”’»]$/u;
const BYLINE_OR_STAMP = /^(?:by|updated|published|posted)\s/iu;

/**
 * Finds the standfirst: the summary printed under the headline, which news sites repeat in
 * their description meta tags. It counts only where the page shows it: an element in the
 * body whose text is the description or, when the page shows none, a sentence printed
 * right under the headline in the article's header or in an element named for it.
 */
export function findStandfirst(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
): string | undefined {
  const descriptions = [
    firstMeta(meta, ["og:description"]),
    firstMeta(meta, ["description"]),
    firstMeta(meta, ["twitter:description"]),
    jsonLdString(findArticleObject([...jsonLd])?.["description"]),
  ]
    .filter((text): text is string => text !== undefined && text.length >= 30)
    .map(foldForComparison);
  if (document.body === null) {
    return undefined;
  }
  // One query serves both searches: the headline for the second, candidates for the first.
  const elements = Array.from(document.body.querySelectorAll("h1, h2, p, [class]"));
  const headings = elements.filter((element) => element.tagName === "H1");
  if (descriptions.length === 0) {
    return standfirstUnderHeadline(headings);
  }
  const wanted = new Set(descriptions);
  const longest = Math.max(...descriptions.map((text) => text.length)) + 20;
  let checked = 0;
  for (const element of elements) {
    if (element.tagName === "H1") {
      continue;
    }
    if (element.tagName !== "H2" && element.tagName !== "P") {
      if (!STANDFIRST_CLASS.test(element.getAttribute("class") ?? "")) {
        continue;
      }
    }
    // The standfirst stands near the top of the page, before the story's paragraphs.
    checked += 1;
    if (checked > MAX_CHECKED) {
      break;
    }
    const raw = element.textContent ?? "";
    if (raw.length > longest * 2) {
      continue;
    }
    const text = collapseWhitespace(raw);
    if (wanted.has(foldForComparison(text))) {
      return text;
    }
  }
  return standfirstUnderHeadline(headings);
}

// Sites often print a standfirst that their description tags do not repeat. It is the first
// sentence-like block after the story's <h1>, if that block sits in the same <header> as the
// headline or carries a standfirst class; a paragraph that is neither means the story has
// begun.
function standfirstUnderHeadline(headings: readonly Element[]): string | undefined {
  const headline =
    headings.find((heading) => heading.closest("article") !== null) ??
    headings.find((heading) => heading.closest("main") !== null) ??
    headings[0];
  if (headline === undefined) {
    return undefined;
  }
  const header = headline.closest("header");
  let element: Element | null = headline;
  for (let step = 0; step < AFTER_HEADLINE; step++) {
    element = nextBlock(element, headline);
    if (element === null) {
      return undefined;
    }
    if (SKIPPED_AFTER_HEADLINE.has(element.tagName) || holdsBlocks(element)) {
      continue;
    }
    const text = collapseWhitespace(element.textContent ?? "");
    if (text === "") {
      continue;
    }
    const placed =
      header?.contains(element) === true ||
      hasStandfirstClass(element) ||
      hasStandfirstClass(element.parentElement);
    if (
      placed &&
      text.length >= STANDFIRST_MINIMUM &&
      text.length <= STANDFIRST_MAXIMUM &&
      SENTENCE_END.test(text) &&
      !BYLINE_OR_STAMP.test(text)
    ) {
      return text;
    }
    if (element.tagName === "P") {
      return undefined;
    }
  }
  return undefined;
}

// Direct children are enough to tell a wrapper from a block of text.
function holdsBlocks(element: Element): boolean {
  return Array.from(element.children).some((child) => BLOCK_TAGS.has(child.tagName));
}

function hasStandfirstClass(element: Element | null): boolean {
  if (element === null) {
    return false;
  }
  return STANDFIRST_CLASS.test(
    `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`,
  );
}

// The next element in document order after `element`, entering elements that hold blocks
// and stepping over the subtree of one that does not (and of the headline itself).
function nextBlock(element: Element, headline: Element): Element | null {
  if (element !== headline && holdsBlocks(element)) {
    return element.firstElementChild;
  }
  let current: Element | null = element;
  while (current !== null) {
    if (current.nextElementSibling !== null) {
      return current.nextElementSibling;
    }
    current = current.parentElement;
  }
  return null;
}
