import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import type { RemovedBlock } from "../../types.js";

// Class and id words that mark page furniture rather than article text, each with the
// reason recorded in `removed`. Checked on word-ish pieces of class and id values.
const BOILERPLATE_RULES: [RegExp, string][] = [
  [/share|sharing|social|sociallinks|addthis|sharethis/i, "share"],
  // "subscriber-only" and "subscriber-content" mark the paywalled article text itself.
  [/newsletter|subscribe(?!r)|subscription|signup|sign-up|regwall/i, "subscribe"],
  [/cookie|consent|gdpr|cmp-/i, "cookie-notice"],
  [
    /related|recommend|read-?more|more-?stories|most-?(?:read|popular|viewed)|trending|outbrain|taboola|recirc|also-?read|further-?reading|next-?article|popular/i,
    "promo",
  ],
  [/comment|disqus|discussion|respond/i, "comments"],
  [/breadcrumb|pagination|pager|skip-?link|menu|navbar|masthead/i, "navigation"],
  [
    /advert|sponsor|promo|banner-ad|ad-slot|ad-container|adslot|adunit|dfp|doubleclick|commercial/i,
    "promo",
  ],
  [/author-?bio|about-?the-?author|author-?box|author-?info|bio-?box/i, "bio"],
  [/sidebar|side-bar|right-?rail|left-?rail/i, "sidebar"],
  [/twitter-tweet|instagram-media|tiktok-embed|social-embed|embed-twitter|fb-post/i, "embed"],
  [/video-?player|jwplayer|video-embed|video-container|media-player/i, "video"],
  [/caption|credit|copyright/i, "caption"],
  [/(?:^|-)tags?(?:$|-)|topics|keywords/i, "tags"],
];

// Paragraphs and spans are mostly article text whatever their class says ("share-quote",
// "related-term"); a caption class is the exception, since sites print captions and photo
// credits as <p class="imageCaption"> inside the story. A span marked only "credit" is
// left alone: it often closes a caption that the paragraph cleaner then drops whole.
const PARAGRAPH_CAPTION_CLASS = /caption|credit|copyright/i;
const SPAN_CAPTION_CLASS = /caption/i;

const ANY_BOILERPLATE = new RegExp(
  BOILERPLATE_RULES.map(([pattern]) => `(?:${pattern.source})`).join("|"),
  "i",
);

// Elements that are page furniture by their tag alone.
const FURNITURE_TAGS: Record<string, string> = {
  NAV: "navigation",
  FOOTER: "footer",
  ASIDE: "sidebar",
  FORM: "form",
  FIGCAPTION: "caption",
  // A figure holds a picture with its caption and credit, or an embedded post or chart:
  // never the story's own paragraphs (a figure that wraps the whole story is protected
  // by its share of the page's text).
  FIGURE: "caption",
  DIALOG: "popup",
};

const HIDDEN_CLASS =
  /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|hidden|is-hidden|d-none)(?:$|\s)/u;

/** Options of {@link preCleanDocument}. */
export interface PreCleanOptions {
  /** Remove captions and credits under images. */
  removeCaptions: boolean;
  /** The page's headline, to tell its own story among several on one page. */
  headline?: string;
}

// An element holding this share of the page's text is the article or its frame, whatever
// its class says ("has-sidebar", "comments-enabled").
const LARGEST_SHARE = 0.35;

/**
 * Removes page furniture from the document before Readability runs: navigation, footers,
 * share bars, newsletter boxes, cookie banners, related links, hidden elements. Each removed
 * block with text is appended to `removed` with its reason. Mutates `document` (a private
 * copy parsed for this purpose).
 */
export function preCleanDocument(
  document: Document,
  removed: RemovedBlock[],
  options: PreCleanOptions,
): void {
  const body = document.body;
  if (body === null) {
    return;
  }
  // Scripts and styles first: they are never text, and they would swell the text
  // measures below.
  for (const element of Array.from(body.querySelectorAll("script, style, noscript, template"))) {
    element.remove();
  }
  isolateMainArticle(body, removed, options.headline);
  const measures = measureParagraphText(body);
  const pageTextLength = Math.max(1, measures.get(body)?.paragraphText ?? 0);
  const doomed: [Element, string][] = [];
  for (const element of Array.from(body.querySelectorAll("*"))) {
    const reason = furnitureReason(element, options);
    if (reason === undefined) {
      continue;
    }
    if (protectsArticle(element, measures.get(element), pageTextLength)) {
      continue;
    }
    doomed.push([element, reason]);
  }
  for (const [element, reason] of doomed) {
    // An ancestor may already be gone with its subtree.
    if (!element.isConnected) {
      continue;
    }
    const text = collapseWhitespace(element.textContent ?? "");
    if (text !== "" && reason !== "hidden") {
      removed.push({ text, reason });
    }
    element.remove();
  }
}

function furnitureReason(element: Element, options: PreCleanOptions): string | undefined {
  const tag = element.tagName;
  if ((tag === "FIGCAPTION" || tag === "FIGURE") && !options.removeCaptions) {
    return undefined;
  }
  const byTag = FURNITURE_TAGS[tag];
  if (byTag !== undefined) {
    return byTag;
  }
  if (element.hasAttribute("hidden") || element.getAttribute("aria-hidden") === "true") {
    return "hidden";
  }
  const style = element.getAttribute("style");
  if (style !== null && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) {
    return "hidden";
  }
  // Classes that hide an element (screen-reader labels, collapsed widgets) hide it from
  // readers too, and the article text is what a reader sees.
  if (HIDDEN_CLASS.test(element.getAttribute("class") ?? "")) {
    return "hidden";
  }
  const role = element.getAttribute("role");
  if (role === "navigation" || role === "contentinfo" || role === "complementary") {
    return role === "complementary" ? "sidebar" : "navigation";
  }
  const names = `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`;
  if (tag === "P" || tag === "SPAN") {
    const pattern = tag === "P" ? PARAGRAPH_CAPTION_CLASS : SPAN_CAPTION_CLASS;
    return options.removeCaptions && pattern.test(names) ? "caption" : undefined;
  }
  if (tag === "A" || tag === "H1" || tag === "ARTICLE") {
    return undefined;
  }
  if (names.length < 3) {
    return undefined;
  }
  // One combined test first: most elements match no rule at all.
  if (!ANY_BOILERPLATE.test(names)) {
    return undefined;
  }
  for (const [pattern, reason] of BOILERPLATE_RULES) {
    if (reason === "caption" && !options.removeCaptions) {
      continue;
    }
    if (pattern.test(names)) {
      return reason;
    }
  }
  return undefined;
}

function protectsArticle(
  element: Element,
  measure: TextMeasure | undefined,
  pageTextLength: number,
): boolean {
  const tag = element.tagName;
  if (tag === "BODY" || tag === "MAIN" || tag === "HTML") {
    return true;
  }
  if (measure === undefined) {
    return false;
  }
  return measure.holdsArticle || measure.paragraphText / pageTextLength > LARGEST_SHARE;
}

/** How much paragraph text an element holds, and whether it holds the article element. */
interface TextMeasure {
  paragraphText: number;
  holdsArticle: boolean;
}

// Each paragraph's length is added to it and to its ancestors, and each article marks its
// ancestors: one walk up per paragraph instead of a walk over the whole tree, whose
// child lists the DOM builds anew on every call.
function measureParagraphText(root: Element): Map<Element, TextMeasure> {
  const measures = new Map<Element, TextMeasure>();
  const measureOf = (element: Element): TextMeasure => {
    let measure = measures.get(element);
    if (measure === undefined) {
      measure = { paragraphText: 0, holdsArticle: false };
      measures.set(element, measure);
    }
    return measure;
  };
  for (const paragraph of Array.from(root.querySelectorAll("p"))) {
    // A paragraph inside another is counted with the outer one.
    if ((paragraph.parentElement?.closest("p") ?? null) !== null) {
      continue;
    }
    const length = (paragraph.textContent ?? "").length;
    for (
      let element: Element | null = paragraph;
      element !== null;
      element = element.parentElement
    ) {
      measureOf(element).paragraphText += length;
      if (element === root) {
        break;
      }
    }
  }
  for (const article of Array.from(root.querySelectorAll("article, [itemprop=articleBody]"))) {
    for (
      let element: Element | null = article.parentElement;
      element !== null;
      element = element.parentElement
    ) {
      const measure = measureOf(element);
      // Marked before: so is everything above it.
      if (measure.holdsArticle) {
        break;
      }
      measure.holdsArticle = true;
      if (element === root) {
        break;
      }
    }
  }
  return measures;
}

// The article lives in paragraphs; the share of paragraph text an element holds tells a
// frame that wraps the article from a box beside it.
function paragraphTextLength(element: Element): number {
  let length = 0;
  for (const paragraph of Array.from(element.querySelectorAll("p"))) {
    length += (paragraph.textContent ?? "").length;
  }
  return length;
}

// Pages that load the next stories below the first (infinite scroll) hold several
// <article> elements with full text; Readability then takes their common parent. The first
// substantial one is the page's own article; the later ones are promotion.
const SUBSTANTIAL_ARTICLE = 400;

function isolateMainArticle(
  body: Element,
  removed: RemovedBlock[],
  headline: string | undefined,
): void {
  const articles = Array.from(body.querySelectorAll("article")).filter(
    (article) =>
      article.parentElement?.closest("article") === null ||
      article.parentElement?.closest("article") === undefined,
  );
  const substantial = articles.filter(
    (article) => paragraphTextLength(article) >= SUBSTANTIAL_ARTICLE,
  );
  const main = substantial[0];
  if (main === undefined) {
    return;
  }
  removeNestedStories(main, removed, headline);
  if (substantial.length < 2) {
    return;
  }
  for (const other of substantial.slice(1)) {
    if (other.contains(main) || main.contains(other)) {
      continue;
    }
    removed.push({ text: collapseWhitespace(other.textContent ?? ""), reason: "promo" });
    other.remove();
  }
}

// Some pages put the next stories inside the first story's <article> (nested <article>
// teasers with full text). When the story's own text outside them is substantial, they go.
function removeNestedStories(
  main: Element,
  removed: RemovedBlock[],
  headline: string | undefined,
): void {
  const nested = Array.from(main.querySelectorAll("article")).filter(
    (article) => article !== main && paragraphTextLength(article) >= SUBSTANTIAL_ARTICLE,
  );
  if (nested.length < 2) {
    return;
  }
  const nestedLength = nested.reduce((total, article) => total + paragraphTextLength(article), 0);
  let others = nested;
  if (paragraphTextLength(main) - nestedLength < SUBSTANTIAL_ARTICLE) {
    // The frame holds nothing of its own: the page's story is the nested one under the
    // page's headline, and the rest are the next stories.
    const key = headline === undefined ? undefined : foldForComparison(headline);
    const story = nested.find((article) =>
      Array.from(article.querySelectorAll("h1, h2")).some(
        (heading) => foldForComparison(heading.textContent ?? "") === key,
      ),
    );
    if (story === undefined) {
      return;
    }
    others = nested.filter((article) => !article.contains(story) && !story.contains(article));
  }
  for (const article of others) {
    if (article.isConnected) {
      removed.push({ text: collapseWhitespace(article.textContent ?? ""), reason: "promo" });
      article.remove();
    }
  }
}
