import { MONTH_WORD_PATTERN } from "../../text/calendarWords.js";
import { foldForComparison } from "../../text/normalize.js";
import type { RemovedBlock } from "../../types.js";
import { findDateInText } from "../dateString.js";
import { SUBSCRIBE_LABEL, siteNoticeKind } from "../siteNoticeKind.js";
import type { TextBlock } from "./blockParagraphs.js";
import { datelinePlace } from "./datelinePlace.js";

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
  // Ad labels, often set between dashes or bullets ("- Advertisement -").
  [
    /^[-–—•*|·\s]{0,4}(?:advertisement|anzeige|werbung|publicité|publicidad|pubblicità|sponsored|ad)(?![\p{L}\p{N}])/iu,
    "promo",
  ],
  // "Published December 22, 2023 9:37am EST", "Updated 14:05": the byline's time stamp.
  [
    new RegExp(
      `^(?:published|updated|posted|last updated|first published)(?: on| at)?\\s?:?\\s?(?:\\p{N}|(?:${MONTH_WORD_PATTERN})\\.?\\s\\p{N})`,
      "iu",
    ),
    "date",
  ],
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
  [/^(?:©|\(c\)|copyright(?![\p{L}\p{N}]))/iu, "copyright"],
  [
    /(?:getty images|shutterstock|reuters\/|ap photo|afp via getty|dpa\/|imago)\s?\S{0,40}$/iu,
    "caption",
  ],
  [
    // "This article is part of a series on ..." introduces the story: it stays.
    /^(?:this (?:article|story) (?:was|has been|is) (?!part of)|updated:|zuletzt aktualisiert|aktualisiert am|published:|veröffentlicht am|stand:)/iu,
    "date",
  ],
  [
    /^(?:we use cookies|this (?:web)?site uses cookies|by (?:using|continuing)|wir verwenden cookies|diese website verwendet)/iu,
    "cookie-notice",
  ],
  [/^(?:all rights reserved|alle rechte vorbehalten)/iu, "copyright"],
  [
    /^(?:video loading|video unavailable|click to play|(?:click|tap) to unmute|please use [\p{L} ]{1,30} browser|want us to remember this setting|your browser does not support|this video (?:is|has been) (?:unavailable|removed)|related video|watch more|must watch|watch now|watch:|listen to|play video|trending on|most read|best of|more about:|tags?:|topics?:|article continues|story continues|continue reading|advertisement\s?-\s?scroll)/iu,
    "promo",
  ],
  [
    /^(?:facebook|twitter|x|email|whatsapp|linkedin|pinterest|reddit|print|copy link)(?:\s(?:facebook|twitter|x|email|whatsapp|linkedin|pinterest|reddit|print|copy link))+$/iu,
    "share",
  ],
  [
    /^\(?(?:credit|source|photo|image|gallery credit|immagine|foto|bild|quelle)s?(?![\p{L}\p{N}]).{0,120}$/iu,
    "caption",
  ],
  [
    /^[\p{L}.' -]{3,40}\/(?:[\p{L}.' -]{2,40}\/)?(?:npr|ap|afp|reuters|getty images|dpa|epa|afp via getty images|shutterstock|imago|alamy)\)?$/iu,
    "caption",
  ],
  [
    // The reading time is often glued to the date that follows it ("5 min readDec 31").
    // Case written out: \p{Ll} under the `i` flag would match capitals too.
    /^\d{1,3}\s(?:[Mm]in(?:ute)?s?|MINS?|[Hh](?:our|r)s?|[Dd]ays?|[Ww]eeks?)\s(?:[Aa]go|[Rr]ead|AGO|READ)(?![\p{Ll}])/u,
    "date",
  ],
  [/^(?:published in|posted in|filed under)(?![\p{L}\p{N}])/iu, "navigation"],
  [
    /^(?:also|read|see|watch|listen|more|related|recommended|sponsored|trending)\s?[:|]|^\[related|^(?:related content|more from|latest from|view at|shop (?:now|at|the)|buy (?:now|at|it)|read the original|cross-posted from|originally published|be the first to know|get local news|got a tip|share your thoughts|let us know in the comments|you can email|(?:[\p{L} ]{1,30})recommends$)/iu,
    "promo",
  ],
  // Buttons and toggles whose label is all the block holds.
  [
    /^(?:close|expand|collapse|show (?:more|less|all)|load more|more\s?(?:\.{3}|…)|back to top|skip to (?:main )?content|currently reading|scroll to continue|read full (?:article|story))$/iu,
    "navigation",
  ],
  [/^(?:correction|clarification|editor['’]s note)\s?:/iu, "note"],
  // Account and paywall prompts, and comment counters, that stand between paragraphs.
  [
    /^(?:already (?:a )?(?:subscriber|member|registered)\s?\?|(?:log|sign) in (?:to|or|here)|please (?:log|sign) in|you are (?:now )?logged in|create (?:a )?(?:free )?account)|^(?:\d+\s)?comments?(?:\s?\(\d+\))?$|^(?:view|show|read|load|see) (?:all )?(?:\d+ )?comments?(?![\p{L}])/iu,
    "account",
  ],
  [
    /^[\p{L} ]{0,30}(?:editor|writer|reporter|correspondent|columnist|contributor|producer)$/iu,
    "byline",
  ],
  [
    /contributed (?:to )?(?:this|the) (?:report|story|article)|^\(?\s?more\s?:|discuss this in the forum|homepage \/ archives/iu,
    "note",
  ],
];

// Contact lines with an e-mail address ("Jane Doe can be reached at ...").
const CONTACT = /[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]{1,63}\.[\p{L}.]{2,20}/u;
// A caption that ends with its credit ("... Credit: IMO." or "(Credit: Jane Doe)").
const CREDIT_END = /(?:credit|photo|image|foto|bild|quelle)s?\s?:\s?[^.:]{1,80}\.?\)?$/iu;
// A wire photo's caption closes with the agency in brackets: "(AP)", "(AP Photo/Jane Doe)",
// "(Jane Doe/Getty Images)". Story paragraphs name an agency at their start, in a dateline.
const AGENCY_CREDIT_END =
  /\((?:[^()]{0,80}[/ ])?(?:AP|AP Photo|Reuters|AFP|Getty Images|Getty|EPA|EPA-EFE|Shutterstock|Bloomberg|NurPhoto|Alamy|dpa)(?:[/ ,][^()]{0,80})?\)\.?$/u;
const CAPTION_LENGTH = 400;

// Single lines that quote a tweet's signature ("— Name (@handle) December 21, 2023") or
// its picture link: an embedded post, not article text.
const EMBEDDED_POST =
  /^[—–-]\s?.{1,80}\(@[\p{L}\p{N}_]{1,30}\)|pic\.twitter\.com\/|^https?:\/\/t\.co\//u;

// Affiliate and commerce disclosures that shopping and review pages put in the body.
const DISCLOSURE =
  /(?:earn|receive|get)s? (?:a )?(?:small )?(?:commission|compensation)|affiliate (?:links?|partnerships?|commission)|(?:this|our) (?:newsletter|site) may contain|by using this site, you consent|(?:may|might|could) (?:earn|receive|get|make) (?:money|a (?:small )?(?:share|portion|cut|commission))|independently (?:chosen|selected)|editorially independent/iu;

const SHORT_BLOCK = 160;
const LINK_BLOCK = 200;
const LINK_DENSITY = 0.8;
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
  const related = findRelatedLists(blocks);
  for (const [position, block] of blocks.entries()) {
    if (position >= related.storyEnd) {
      removed.push({ text: block.text, reason: related.endReason });
      continue;
    }
    if (related.headings.has(position)) {
      removed.push({ text: block.text, reason: "promo" });
      continue;
    }
    const text = block.text;
    // A short block that is mostly link text is a link to elsewhere ("Related: ...").
    const reason =
      text.length < LINK_BLOCK && block.linkLength / text.length > LINK_DENSITY
        ? "links"
        : dropReason(text, position, kept.length, headline, authorKeys, block.tag);
    if (reason === undefined) {
      kept.push(text);
    } else {
      removed.push({ text, reason });
    }
  }
  trimEdges(kept, removed);
  trimAuthorNotes(kept, removed, authorKeys);
  return kept;
}

// The heading of a list of other stories ("Related", "More from Sport", "You might also
// like", "Editors' picks"). Anchored at both ends, so a sentence that mentions such words
// stays.
const RELATED_HEADING =
  /^(?:related(?: (?:articles?|stories|content|coverage|posts|reading|links|topics|news|videos?))?|(?:editors?['’]? )?(?:recommend(?:ed|ations)?|picks|choice)(?: for you| reading| stories)?|more (?:from|on|in|about|stories|news|headlines|like this|to read|coverage|reading)(?: [\p{L}\p{N}'’&. -]{1,40})?|read (?:more|next|also|these next)|you (?:may|might) (?:also )?(?:like|enjoy|be interested in)|also (?:on|in|read)(?: [\p{L}\p{N}'’&. -]{1,40})?|don['’]t miss|(?:most )?popular(?: stories| now| on [\p{L} ]{1,30})?|most (?:read|viewed|shared)|trending(?: now| stories| on [\p{L} ]{1,30})?|latest(?: news| stories| videos?)?|top stories|tagged(?: in| with)?|tags|topics|keep reading|further reading|what to read next|around the web|sponsored(?: content| stories)?|promoted(?: stories| content)?|from our partners|recent posts|in other news|(?:leave a |post a )?(?:comments?|reply)|join the conversation|weitere artikel|mehr zum thema|das könnte sie auch interessieren|(?:à )?lire aussi|sur le même sujet|noticias relacionadas|te puede interesar|leggi anche|potrebbe interessarti)\s?:?$/iu;
// "About the author" heads the author's note, which closes the story whatever its length.
const AUTHOR_HEADING = /^about the (?:authors?|writers?|reporters?)(?:\s?\(s\))?\s?:?$/iu;
const RELATED_HEADING_LENGTH = 60;
// Near the top, "Latest" or "Related" can label a section of the story itself (a live
// page, an explainer); only headings below this share of the text are furniture.
const RELATED_HEADING_SHARE = 0.3;
// A full sentence of paragraph length with no links right under the heading means the
// story goes on: the heading labelled a box of links set inside it, and the links went as
// link blocks. News paragraphs are often one or two sentences, so the length is modest.
const STORY_PARAGRAPH = 120;
const LOOKAHEAD_BLOCKS = 2;
const LOOKAHEAD_SPAN = 40;

/** Which blocks belong to lists of other stories: headings, and all that follows the last. */
interface RelatedLists {
  /** Related-story headings set inside the story. */
  headings: Set<number>;
  /** The first block of what follows the story, or the number of blocks. */
  storyEnd: number;
  /** Why the blocks from `storyEnd` on go: other stories, or the author's note. */
  endReason: "promo" | "bio";
}

// A related-story heading after which the story goes on heads a box inside it: only the
// heading goes. One after which only teasers, bios and links follow ends the story.
function findRelatedLists(blocks: readonly TextBlock[]): RelatedLists {
  const headings = new Set<number>();
  const total = blocks.reduce((sum, block) => sum + block.text.length, 0);
  let before = 0;
  for (const [index, block] of blocks.entries()) {
    if (before >= total * RELATED_HEADING_SHARE && AUTHOR_HEADING.test(block.text)) {
      return { headings, storyEnd: index, endReason: "bio" };
    }
    if (
      before >= total * RELATED_HEADING_SHARE &&
      block.text.length < RELATED_HEADING_LENGTH &&
      RELATED_HEADING.test(block.text)
    ) {
      if (!storyGoesOn(blocks, index)) {
        return { headings, storyEnd: index, endReason: "promo" };
      }
      headings.add(index);
    }
    before += block.text.length;
  }
  return { headings, storyEnd: blocks.length, endReason: "promo" };
}

function storyGoesOn(blocks: readonly TextBlock[], heading: number): boolean {
  let seen = 0;
  // The box's own links are skipped, up to a bound that keeps a page of nothing but
  // headings and links linear.
  const last = Math.min(blocks.length, heading + 1 + LOOKAHEAD_SPAN);
  for (let index = heading + 1; index < last; index++) {
    const block = blocks[index];
    if (block === undefined || block.linkLength / block.text.length >= 0.5) {
      continue;
    }
    if (
      block.text.length >= STORY_PARAGRAPH &&
      SENTENCE_END.test(block.text) &&
      block.linkLength / block.text.length < 0.1
    ) {
      return true;
    }
    seen += 1;
    if (seen >= LOOKAHEAD_BLOCKS) {
      return false;
    }
  }
  return false;
}

// A sentence ends with a stop, a question or exclamation mark, or a closing quote.
const SENTENCE_END = /[.!?…:;"”’»)\]]$/u;

// Short lines without sentence punctuation at the very start of what Readability kept
// (section labels, "World", "Published ...") are furniture, not article text. The same
// rule at the end cost more than it saved on naeb: lists and subheads end articles too.
function trimEdges(kept: string[], removed: RemovedBlock[]): void {
  // Count the labels first and cut them in one splice: shifting one at a time moves the
  // whole array each time, which is quadratic on a page of thousands of short paragraphs.
  let count = 0;
  while (count < kept.length - 1) {
    const paragraph = kept[count] ?? "";
    if (paragraph.length >= 40 || SENTENCE_END.test(paragraph)) {
      break;
    }
    removed.push({ text: paragraph, reason: "label" });
    count++;
  }
  kept.splice(0, count);
}

// The author's note that closes many articles: "Jane Doe is a senior reporter at ...",
// "Jane has covered ...", or a paragraph that opens with the byline's name near the end.
function trimAuthorNotes(
  kept: string[],
  removed: RemovedBlock[],
  authorKeys: readonly string[],
): void {
  const firstNames = authorKeys
    .map((name) => name.split(" ")[0] ?? "")
    .filter((name) => name.length > 2);
  for (let index = kept.length - 1; index >= Math.max(1, kept.length - 3); index--) {
    const paragraph = kept[index] ?? "";
    if (paragraph.length > 600) {
      continue;
    }
    const folded = foldForComparison(paragraph);
    const opensWithAuthor =
      authorKeys.some((name) => folded.startsWith(`${name} `)) ||
      firstNames.some((name) =>
        new RegExp(`^${escapeRegExp(name)} (?:is|was|has|covers|writes|reports)\\s`, "u").test(
          folded,
        ),
      );
    if (opensWithAuthor || isAuthorNote(paragraph)) {
      removed.push({ text: paragraph, reason: "bio" });
      kept.splice(index, 1);
      continue;
    }
    if (
      paragraph.length < CLOSING_NOTE_LENGTH &&
      (CLOSING_NOTE.test(paragraph) || isCreditLine(paragraph))
    ) {
      removed.push({ text: paragraph, reason: "note" });
      kept.splice(index, 1);
    }
  }
}

// The notes that close many articles after the story: calls to sign up, subscribe, follow
// or comment; production credits; the outlet's mission statement; a note that the story
// was first published elsewhere or earlier. Checked on the last paragraphs only, where they
// stand; in the middle of a story such words are the story's own.
const CLOSING_NOTE =
  /(?:^|[.!?*…]\s?|\s(?:or|please)\s)(?:sign up|subscribe)(?![\p{L}-])|(?:^|[.!?*…]\s?)download (?:the|our)(?![\p{L}-])|follow [^.]{1,60} on (?:instagram|twitter|x|facebook|tiktok|threads|youtube|linkedin|snapchat|bluesky|social media)|let us know (?:in the comments|what you think)|in your inbox|(?:sign up for|subscribe to|get|join|receive) (?:our|the)(?: [\p{L}'’-]+){0,4} newsletters?(?![\p{L}])|abonnieren|abonnez-vous|suscríbete|^(?:this (?:episode|story|segment|interview|podcast|video|report) (?:was|has been) (?:produced|edited|reported|written)|[\p{L} ]{1,40} (?:produced|edited) by )|(?:['’]s|^our) (?:primary |journalistic )*mission is|^this (?:article|story) (?:was |has been |is )?(?:originally |first )?(?:published|updated)/iu;
const CLOSING_NOTE_LENGTH = 300;

// The crafts a production credit names: "Styling: Ann Lee", "Stats courtesy of Harbour
// Data", "Photography and styling by Bo Diaz", "Additional reporting by Cy Moreau".
const CRAFT =
  "(?:additional |extra )?(?:photography|photographs|photos?|pictures|styling|hair|make-?up|grooming|graphics?|illustrations?|stats|statistics|data|video|videography|editing|design|research|production|reporting|interviews?|animation|audio|sound|music|props|casting|words|text|visuals)";
const CREDIT_LINE = new RegExp(
  `^${CRAFT}(?: (?:and|&) ${CRAFT})?(?::| by| courtesy of) ?(\\p{L})`,
  "iu",
);
// The credited name is capitalised ("Research by Ida Berg", not "Research by the council
// found"); tested apart because a case-blind pattern would fold \p{Lu}.
const CAPITAL = /\p{Lu}/u;

function isCreditLine(paragraph: string): boolean {
  const first = CREDIT_LINE.exec(paragraph)?.[1];
  return first !== undefined && CAPITAL.test(first);
}

function isAuthorNote(paragraph: string): boolean {
  const subject = AUTHOR_BIO.exec(paragraph)?.[1];
  if (subject === undefined) {
    return false;
  }
  // The subject must read as a name: two to four capitalised words.
  const words = subject.split(" ");
  return (
    words.length >= 2 &&
    words.length <= 4 &&
    !NOT_A_NAME.test(words[0] ?? "") &&
    words.every((word) => /^\p{Lu}/u.test(word))
  );
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

// "Rose is a senior editor at ...", "Tom Berg writes about ...": the author's note that
// closes many articles.
const AUTHOR_BIO =
  /^([\p{Lu}][\p{L}'’ -]{1,60}?)\s(?:is|was|has been|writes|covers|reports)\s(?:an?\s|the\s)?[\p{L} -]{0,50}?(?<![\p{L}\p{N}])(?:[Ww]riter|[Ee]ditor|[Rr]eporter|[Jj]ournalist|[Cc]orrespondent|[Cc]ontributor|[Cc]olumnist|[Pp]roducer|[Ff]reelancer?|scout|analyst|officer|about|on)(?![\p{L}\p{N}])/u;
// Words that open a sentence about something, never a person's name.
const NOT_A_NAME = /^(?:The|This|That|These|Those|A|An|It|He|She|They|We|Our|His|Her|Its|Their)$/u;

// Appeals that stand among the paragraphs: donations, memberships, newsletter sign-ups.
const APPEAL =
  /support (?:our|independent|local) (?:newsroom|journalism|reporting)|contributing as little as|as little as \$1|become a (?:member|subscriber|supporter)|subscribe (?:now|today)|sign up for (?:our|the)(?![\p{L}\p{N}]).{0,60}newsletter|this (?:article|story) (?:originally )?(?:appeared|was originally published)|unterstützen sie (?:unseren|unabhängigen) journalismus/iu;

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
  if (text.length < 400 && DISCLOSURE.test(text)) {
    return "disclosure";
  }
  if (text.length < 300 && EMBEDDED_POST.test(text)) {
    return "embed";
  }
  if (text.length < 300 && CONTACT.test(text)) {
    return "contact";
  }
  if (text.length < CAPTION_LENGTH && AGENCY_CREDIT_END.test(text)) {
    return "caption";
  }
  if (text.length < 300 && CREDIT_END.test(text)) {
    return "caption";
  }
  // A line that is only a date (and time) is a timestamp left from the byline area.
  if (text.length < 60) {
    const date = findDateInText(text);
    if (date !== undefined && text.length - date.text.length < 12) {
      return "date";
    }
  }
  if (text.length > SHORT_BLOCK) {
    return siteNoticeKind(text);
  }
  // The top of the body: bylines, dates and author names that lead Readability's output.
  if (keptBefore < 3 && position < 8 && BYLINE_START.test(text) && text.length < 120) {
    return "byline";
  }
  if (keptBefore === 0 && position < 6) {
    if (authorKeys.some((name) => folded === name || folded.startsWith(`${name} `))) {
      if (text.length < 100) {
        return "byline";
      }
    }
    const date = findDateInText(text);
    if (date !== undefined && text.length - date.text.length < 40) {
      return datelinePlace(text) === undefined ? "date" : "dateline";
    }
  }
  for (const [pattern, reason] of FURNITURE_LINES) {
    if (pattern.test(text)) {
      return reason;
    }
  }
  // A short label or button of the sign-up box ("Skip past newsletter promotion", "Log in
  // or create an account"), as in copied text; then the site's own notices, by what they do.
  if (
    text.length <= SUBSCRIBE_LABEL_LENGTH &&
    !SENTENCE_END.test(text) &&
    SUBSCRIBE_LABEL.test(text)
  ) {
    return "subscribe";
  }
  return siteNoticeKind(text);
}

const SUBSCRIBE_LABEL_LENGTH = 60;
