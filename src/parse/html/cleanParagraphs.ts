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
  return kept;
}

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
