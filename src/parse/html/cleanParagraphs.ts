import { foldForComparison } from "../../text/normalize.js";
import type { RemovedBlock } from "../../types.js";
import { findDateInText } from "../dateString.js";
import type { TextBlock } from "./blockParagraphs.js";

/** What the paragraph cleaner knows about the page. */
export interface CleanContext {
  /** The headline, to drop a copy of it leading the body. */
  headline?: string;
  /** The author names, to drop a byline line. */
  authors: readonly string[];
}

// Short lines that are page furniture wherever they stand, with the reason recorded.
// Each pattern is anchored at the start and applied only to short blocks.
const FURNITURE_LINES: [RegExp, string][] = [
  [/^(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored|ad)\b/iu, "promo"],
  [
    /^(?:read more|read next|read also|also read|see also|more from|more:|related:|related articles?|related stories|recommended|you may also like|you might also like|don't miss|watch:|listen:|lesen sie auch|mehr zum thema|auch interessant|weiterlesen|lire aussi|à lire aussi|leer más|lee también|leggi anche|(?:click|tap) here)/iu,
    "promo",
  ],
  [
    /^(?:sign up|subscribe|get our|get the latest|join our|newsletter|jetzt abonnieren|abonnieren sie|inscrivez-vous|suscríbete)/iu,
    "subscribe",
  ],
  [
    /^(?:share (?:this|on|via)|share$|teilen|tweet$|follow us|folgen sie uns|email$|print$|copy link|copied)/iu,
    "share",
  ],
  [/^(?:photo|image|picture|foto|bild|credit|source image)s?\s?(?:credit)?\s?[:|]/iu, "caption"],
  [/^(?:©|\(c\)|copyright\b)/iu, "copyright"],
  [
    /(?:getty images|shutterstock|reuters\/|ap photo|afp via getty|dpa\/|imago)\s?\S{0,40}$/iu,
    "caption",
  ],
  [
    /^(?:this (?:article|story) (?:was|has been|is) |updated:|zuletzt aktualisiert|aktualisiert am|published:|veröffentlicht am|stand:)/iu,
    "date",
  ],
  [
    /^(?:we use cookies|this (?:web)?site uses cookies|by (?:using|continuing)|wir verwenden cookies|diese website verwendet)/iu,
    "cookie-notice",
  ],
  [/^(?:all rights reserved|alle rechte vorbehalten)/iu, "copyright"],
];

const SHORT_BLOCK = 160;
const BYLINE_START =
  /^(?:by|von|par|por|di|door|av|af|written by|words by|text:|autor:|author:)\s/iu;

/**
 * Drops the leftovers Readability keeps around the article text: a copy of the headline,
 * byline and date lines at the top, and short furniture lines (read-more links, newsletter
 * prompts, share prompts, image credits). Returns the kept paragraphs and appends each
 * dropped one to `removed`.
 */
export function cleanParagraphs(
  blocks: readonly TextBlock[],
  context: CleanContext,
  removed: RemovedBlock[],
): string[] {
  const kept: string[] = [];
  const headline = context.headline === undefined ? undefined : foldForComparison(context.headline);
  const authorKeys = context.authors.map(foldForComparison).filter((name) => name !== "");
  for (const [position, block] of blocks.entries()) {
    const text = block.text;
    const reason = dropReason(text, position, kept.length, headline, authorKeys, block.tag);
    if (reason === undefined) {
      kept.push(text);
    } else {
      removed.push({ text, reason });
    }
  }
  trimEdges(kept, removed);
  return kept;
}

// A sentence ends with a stop, a question or exclamation mark, or a closing quote.
const SENTENCE_END = /[.!?…:;"”’»)\]]$/u;

// Short lines without sentence punctuation at the very start of what Readability kept
// (section labels, "World", "Published ...") are furniture, not article text. The same
// rule at the end cost more than it saved on naeb: lists and subheads end articles too.
function trimEdges(kept: string[], removed: RemovedBlock[]): void {
  while (kept.length > 1) {
    const first = kept[0] ?? "";
    if (first.length >= 40 || SENTENCE_END.test(first)) {
      break;
    }
    removed.push({ text: first, reason: "label" });
    kept.shift();
  }
  const last = kept[kept.length - 1];
  if (kept.length > 1 && last !== undefined && AUTHOR_BIO.test(last) && last.length < 600) {
    removed.push({ text: last, reason: "bio" });
    kept.pop();
  }
}

// "Rose is a senior editor at ...", "Tom Berg writes about ...": the author's note that
// closes many articles.
const AUTHOR_BIO =
  /^(?:[\p{Lu}][\p{L}'’-]+\s){1,3}(?:is|was|has been|writes|covers|reports)\s(?:an?\s|the\s)?(?:[\p{L}-]+\s){0,4}(?:writer|editor|reporter|journalist|correspondent|contributor|columnist|producer|freelance|about|on)\b/u;

// Appeals that stand among the paragraphs: donations, memberships, newsletter sign-ups.
const APPEAL =
  /support (?:our|independent|local) (?:newsroom|journalism|reporting)|contributing as little as|as little as \$1|become a (?:member|subscriber|supporter)|subscribe (?:now|today)|sign up for (?:our|the)\b.{0,60}newsletter|this (?:article|story) (?:originally )?(?:appeared|was originally published)|unterstützen sie (?:unseren|unabhängigen) journalismus/iu;

function dropReason(
  text: string,
  position: number,
  keptBefore: number,
  headline: string | undefined,
  authorKeys: readonly string[],
  tag: string,
): string | undefined {
  if (!/[\p{L}\p{N}]/u.test(text)) {
    return "empty";
  }
  const folded = foldForComparison(text);
  if (headline !== undefined && folded === headline) {
    return "headline";
  }
  if (tag === "H1" && keptBefore === 0) {
    return "headline";
  }
  if (text.length < 500 && APPEAL.test(text)) {
    return "subscribe";
  }
  if (text.length > SHORT_BLOCK) {
    return undefined;
  }
  // The top of the body: bylines, dates and author names that lead Readability's output.
  if (keptBefore === 0 && position < 6) {
    if (BYLINE_START.test(text) && text.length < 120) {
      return "byline";
    }
    if (authorKeys.some((name) => folded === name || folded.startsWith(`${name} `))) {
      if (text.length < 100) {
        return "byline";
      }
    }
    const date = findDateInText(text);
    if (date !== undefined && text.length - date.text.length < 40) {
      return "date";
    }
  }
  for (const [pattern, reason] of FURNITURE_LINES) {
    if (pattern.test(text)) {
      return reason;
    }
  }
  return undefined;
}
