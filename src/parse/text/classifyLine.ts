import { SUBSCRIBE_LABEL, siteNoticeKind } from "../siteNoticeKind.js";

/**
 * What a line of copied page text is. Clutter kinds double as the `reason` of a removed
 * block; `prose` and `heading` are candidates for the article itself.
 */
export type LineKind =
  | "blank"
  | "prose"
  | "heading"
  | "byline"
  | "date"
  | "age"
  | "read-time"
  | "weather"
  | "share"
  | "subscribe"
  | "cookie-notice"
  | "promo"
  | "navigation"
  | "comments"
  | "copyright"
  | "caption"
  | "related-link";

/** A line of the page with what the classifier made of it. */
export interface ClassifiedLine {
  /** The line, trimmed, with bullets and inner whitespace as written. */
  text: string;
  /** Its kind. */
  kind: LineKind;
  /** Number of words. */
  words: number;
  /** True when the line reads as one or more complete sentences. */
  sentence: boolean;
  /** True when the line starts with a list bullet. */
  bullet: boolean;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
const BULLET = /^(?:[*•·▪‣◦]|[-–—](?=\s))\s*/u;
// A stop, then closing marks (newswire writes `` … '' and sometimes a space before them).
const SENTENCE_END = /[.!?…](?:\s?(?:''|["'“”‘’«»)\]]))*(?:\[\d+\])*$/u;

// Site clutter, matched on short lines only: a phrase inside a long paragraph is prose.
const SHARE =
  /^(?:share(?:\s+(?:this|the)\s+(?:post|article|story|page|gallery|video))?:?|share(?: this (?:article|story|post))? (?:on|via) \p{L}.*|(?:click|tap) to (?:share|email|print)(?![\p{L}\p{N}]).*|tweet|email|print|copy(?: article| the)? link|link copied!?|facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|bluesky|threads)$/iu;
// "Cookie Settings", "Privacy & Cookies", not "Peppermint Cookies Are the Perfect Treat": a
// cookie counts only beside a word of the privacy notice. Tested on short lines only.
const COOKIE =
  /(?<![\p{L}\p{N}])(?:privacy (?:policy|overview|notice|settings|rights)|gdpr|consent)(?![\p{L}\p{N}])|^cookies?$|(?<![\p{L}\p{N}])cookies?(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])(?:policy|settings|preferences|choices|notice|statement|list|banner|accept|allow|manage|tracking|privacy|browser|opt)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])(?:privacy|accept|allow|manage|use|enable|reject)(?![\p{L}\p{N}]).*(?<![\p{L}\p{N}])cookies?(?![\p{L}\p{N}])/iu;
const PROMO =
  /^(?:advertisement|sponsored(?: content)?|promoted|paid content|ad|ads|story continues below(?: advertisement)?|continue reading(?: below)?|read more|see more|more from .{1,40}|related(?: articles| stories| topics| posts| coverage)?:?|recommended(?: for you)?|most popular|most read|trending(?: now)?|top stories|latest(?: news| stories)?|you may also like|watch next|up next)$/iu;
const PROMO_ANYWHERE =
  /(?<![\p{L}\p{N}])(?:we may earn (?:a )?commission|affiliate commission|advertisement - continue reading|(?:click|tap|go)(?:ing)? here|(?:may|might) (?:earn|get|receive|make) (?:a |an )?(?:small )?(?:commissions?|share of (?:the )?revenue|money|affiliate)|independently (?:selected|chosen)|editorially independent|when you (?:buy|purchase|click) (?:something |anything )?(?:through|via)|thanks? (?:you )?for (?:signing up|subscribing)|you(?:'|’)re reading the|as little as \$\d|support (?:our|independent|local|quality) (?:newsroom|journalism|reporting)|help keep (?:news|journalism|our stories)|become a (?:member|supporter|patron)|donate (?:now|today)|your (?:contribution|donation) (?:will|helps|makes))(?![\p{L}\p{N}])/iu;
// "READ MORE: Port strike ends", "[Related: …]": a link to another story set in the text.
const LINK_LABEL =
  /^[[(]?(?:read more|related(?: stor(?:y|ies)| articles?| coverage)?|see also|also read|don['’]t miss|watch|listen|more|recommended|read next)\s?[:|»›]/iu;
const COMMENTS =
  /^(?:(?:view|load|show|see|read)(?: all)? (?:\d+ )?comments?(?: \(\d+\))?|comments?(?: \(\d+\))?|\d+ comments?|leave a (?:comment|reply)|reply|(?:up|down)vote(?: \(\d+\))?|\S{1,30} said:)$/iu;
const COPYRIGHT = /^(?:©|\(c\)|copyright(?![\p{L}\p{N}])|all rights reserved)/iu;
const WEATHER =
  /(?:(?<![\d.,])-?\d{1,3}(?:[.,]\d{1,2})?\s*°\s*(?:[CF](?![\p{L}\p{N}])|(?=[\p{L}\p{N}]))|(?<![\p{L}\p{N}])humidity(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])wind(?: speed)?\s*:|(?<![\p{L}\p{N}])condition:|(?<![\p{L}\p{N}])(?:light|moderate|heavy) (?:rain|snow)(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])partly cloudy(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])overcast(?![\p{L}\p{N}]))/iu;
const AGE =
  /^(?:updated\s+|posted\s+|published\s+)?(?:\d+|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|h(?:ou)?rs?|days?|weeks?|months?)\s+ago$/iu;
// "12:55 pm ET", "at 11:48 CET": the time beside a date, printed on its own line.
const CLOCK_TIME = /^(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?(?:\s+\p{Lu}{2,5})?$/iu;
// "4 min read", "• 4 min read", and copied layouts that glue the next line on ("6 min
// read5 days ago").
const READ_TIME = /^(?:[•·]\s*)?\d+\s*(?:[-–]\s*)?(?:min(?:ute)?s?|m)\.?\s+read(?!\p{Ll})/iu;
/** "ByRahul Singh": copying a page can glue "By" to the name after it. */
export const GLUED_BY = /^By(?=\p{Lu}\p{Ll})/u;
const BYLINE =
  /^(?:(?:written|reported|posted|edited|compiled)\s+by|by)(?:\s*[:\-–—]\s*|\s+)(?=[\p{Lu}\p{Lt}])|^by$/iu;
const CAPTION =
  /(?<![\p{L}\p{N}])via (?:getty images|ap|reuters|afp|shutterstock)(?![\p{L}\p{N}])|^(?:image|photo|photograph|illustration|video|graphic)s? (?:by|via|courtesy of)(?![\p{L}\p{N}])|^\(.{3,80}\/.{2,60}\)$|^(?:\((?:photo|image|picture|video)(?: credit)?:.*\)|(?:photo|image|picture|video)(?: credit)?\s*:|file\s*[-–—]\s|credit\s*:|(?:hide|toggle|show) caption$|enlarge this image$|(?:click|tap) to (?:enlarge|expand)|<(?:iframe|img|div|script)(?![\p{L}\p{N}]))/iu;
// "Jane Roe/Getty Images", "AP Photo/John Doe": a photo credit line.
const PHOTO_CREDIT =
  /^[\p{L}\p{M}.' -]{2,40}\/\s?(?:getty images|ap|reuters|afp|epa|shutterstock|alamy|[\p{Lu}][\p{L}.]+(?: \p{Lu}*)?)$|^(?:ap|afp|reuters) photo(?![\p{L}\p{N}])/iu;

// "Mother's tribute after her 15-year-old...": a teaser headline cut to fit its box. Prose
// trails off like that mostly inside a quote or after a sentence that already ended.
const TRUNCATED = /[\p{L}\p{N},]\s?(?:\.\.\.|…)$/u;
const INNER_STOP = /[.!?]["'”’]?\s+["'“‘]?\p{Lu}/u;

// A caption ends with its picture's credit: "… on Friday. (Ann Lee/Getty Images)", "…
// Credit: Ann Lee", "… Photograph: Ann Lee/AP". A paragraph ends with its own words.
const CREDIT_TAIL =
  /\((?:AP|AFP|EPA|Reuters|REUTERS|Getty Images|Canva|Shutterstock|iStock|Alamy|Bloomberg|Xinhua)\)\.?$|\((?:[^()]*(?:Getty|AP Photo|Reuters|AFP|EPA|Shutterstock|Alamy|[Ii]mage [Cc]redit|[Pp]hoto(?:graph)? (?:by|[Cc]redit)|[Cc]redit:?|[Pp]hoto:|via \p{Lu})[^()]*|\p{Lu}[\p{L}.'’ -]+\/\p{Lu}[\p{L}.'’ &-]+)\)\.?$|(?:^|[.!?)]\s|\s)(?:[Cc]redits?|CREDITS?|[Pp]hoto [Cc]redits?|[Ii]mage [Cc]redits?|Photograph|Photo|Picture)\s?:\s?[^.!?]{2,80}\.?$/u;

const NAV_MAX_WORDS = 4;

// "The Times said in an editorial on Monday:" introduces the text after it. A heading may
// end in a colon too, so only a verb of saying makes such a line a sentence.
const LEAD_IN_VERB =
  /(?<![\p{L}])(?:said|says|say|wrote|writes|told|tells|added|adds|stated|states|announced|declared|reported|reports|explained|explains)(?![\p{L}])/u;

function isLeadIn(text: string, words: number): boolean {
  // A stray entity or marker may follow the colon in wire copy ("…on Thursday: &QL;").
  return (
    words >= 3 && /:\s*[^\s\p{L}]{0,2}[\p{L}\p{N};&]{0,4}$/u.test(text) && LEAD_IN_VERB.test(text)
  );
}

/** The line without its list bullet ("• ", "- "), trimmed. */
export function stripBullet(text: string): string {
  return text.trim().replace(BULLET, "").trim();
}

/** Counts words as runs of Unicode letters and digits. */
export function countWords(text: string): number {
  let count = 0;
  for (const _ of text.matchAll(WORD)) count++;
  return count;
}

/**
 * Classifies one trimmed line of page text. Runs its tests from the most specific to the
 * most general; a line that is none of the clutter kinds is `prose` (a sentence or a long
 * line), `heading` (short, reads as a title) or `navigation` (short and link-like).
 */
export function classifyLine(raw: string): ClassifiedLine {
  const trimmed = raw.trim();
  const bulletMatch = BULLET.exec(trimmed);
  const text = bulletMatch ? trimmed.slice(bulletMatch[0].length) : trimmed;
  const words = countWords(text);
  const sentence =
    words >= 4 &&
    !(TRUNCATED.test(text) && !INNER_STOP.test(text)) &&
    (SENTENCE_END.test(text) || isLeadIn(text, words));
  const line = (kind: LineKind): ClassifiedLine => ({
    text: trimmed,
    kind,
    words,
    sentence,
    bullet: bulletMatch !== null,
  });
  if (text.length === 0) return line("blank");
  if (words <= 12 && AGE.test(text)) return line("age");
  if (words <= 8 && READ_TIME.test(text)) return line("read-time");
  if (words <= 5 && CLOCK_TIME.test(text)) return line("date");
  if (words <= 12 && SHARE.test(text)) return line("share");
  if (words <= 14 && COMMENTS.test(text)) return line("comments");
  if (words <= 12 && COPYRIGHT.test(text)) return line("copyright");
  if (words <= 8 && WEATHER.test(text)) return line("weather");
  if (words <= 10 && PROMO.test(text)) return line("promo");
  if (words <= 40 && PROMO_ANYWHERE.test(text)) return line("promo");
  const notice = words <= 40 ? siteNoticeKind(text) : undefined;
  if (notice !== undefined) return line(notice);
  if (words <= 30 && LINK_LABEL.test(text)) return line("related-link");
  if (words <= 12 && (BYLINE.test(text) || GLUED_BY.test(text))) return line("byline");
  if (words <= 30 && CAPTION.test(text)) return line("caption");
  if (words <= 60 && CREDIT_TAIL.test(text)) return line("caption");
  if (words <= 8 && PHOTO_CREDIT.test(text)) return line("caption");
  // Labels and buttons ("Cookie Settings", "Sign in"); a sentence is a notice only when it
  // does what a notice does (siteNoticeKind above), not for naming consent or a login.
  if (words <= 12 && !sentence && COOKIE.test(text)) return line("cookie-notice");
  if (words <= 12 && !sentence && SUBSCRIBE_LABEL.test(text)) return line("subscribe");
  if (sentence || words > 12) return line("prose");
  if (words <= NAV_MAX_WORDS && !/[:?!]$/u.test(text)) return line("navigation");
  return line("heading");
}

/**
 * The kind of site boilerplate a paragraph long enough to look like prose is: a cookie or
 * consent notice, a request to subscribe, sign up or donate, a note on sponsors. The
 * paragraph is recognised by what it does for the site ({@link siteNoticeKind}), so an
 * article that mentions cookies or subscriptions stays an article.
 */
export function boilerplateParagraphKind(text: string): LineKind | undefined {
  return siteNoticeKind(text);
}
