import { WEEKDAY_WORD_PATTERN } from "../../text/calendarWords.js";
import { DATE_SOURCE_CONFIDENCE as CONFIDENCE, updatedConfidence } from "../../text/dateSources.js";
import type { Dateline, PublishedDate, RemovedBlock } from "../../types.js";
import type { FoundDate } from "../dateString.js";
import { withoutFormatLabel } from "../formatLabel.js";
import type { ParsedParts } from "../parsedParts.js";
import { boilerplateParagraphKind, classifyLine, stripBullet } from "./classifyLine.js";
import { afterParagraph, cutTail, isPersonBio } from "./cutTail.js";
import { findArticleRegion } from "./findArticleRegion.js";
import { findPageDate } from "./findPageDate.js";
import { type PageLine, previousNonBlank } from "./pageLine.js";
import { ROLE, readByline } from "./readByline.js";
import { ORG_CUE, PERSON_LINE, signatureName, signatureNames } from "./signatureNames.js";

const DATE_LABEL =
  /(?<![\p{L}\p{N}])(?:published|posted|updated|on)(?![\p{L}\p{N}])|\p{Ll}(?:Published|Posted|Updated)(?![\p{L}\p{N}])/iu;
// A section label after a date, set off by a separator: " · Local News", " | Politics".
// The pieces of a masthead line, and what a piece beside its date may be: a few capitalised
// words (a section, a place) or a price.
const MASTHEAD_SEPARATOR = /\s[·|•]\s/u;
const MASTHEAD_PIECE =
  /^(?:\p{Lu}[\p{L}\p{M}.&'’-]*,?(?:\s(?:&\s|of\s|and\s)?\p{Lu}[\p{L}\p{M}.&'’-]*,?){0,3}|[£$€₹]\d{1,3}(?:[.,]\d{2})?)$/u;
const MAX_MASTHEAD_PIECES = 3;
const PLACE_ONLY = /^[\p{Lu}][\p{L}\p{M}.'’ -]*,\s*[\p{Lu}][\p{L}\p{M}.'’ -]*$/u;
const WEEKDAY_OR_LABEL = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${WEEKDAY_WORD_PATTERN})(?![\\p{L}\\p{N}])|(?<![\\p{L}\\p{N}])(?:published|updated|posted|last updated|modified|on|at|am|pm|a\\.m\\.|p\\.m\\.|utc|gmt|[ecmp][sd]t|bst|cet|cest|msk|ist|et|pt)(?![\\p{L}\\p{N}])`,
  "giu",
);
const PLACE =
  /^([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,3})(?:\s*,\s*([\p{Lu}][\p{L}\p{M}.'’-]*(?:\s+[\p{Lu}][\p{L}\p{M}.'’-]*){0,2}))?\s*(?:[,–—-]\s*)?$/u;
/** Options of {@link parsePlainText}. */
export interface PlainTextContext {
  /** When the page was retrieved (`YYYY-MM-DD…`), to resolve "2 days ago". */
  retrievedAt?: string | undefined;
}

/**
 * Parses text copied from a news page: finds the article among the page's clutter, reads
 * the headline, byline, outlet, dateline and dates around it, and says why each other
 * block was removed. A field the text does not give is left out.
 */
export function parsePlainText(text: string, context: PlainTextContext = {}): ParsedParts {
  const lines = readLines(text);
  const removed: RemovedBlock[] = [];
  const parts: ParsedParts = { authors: [], paragraphs: [], removed };

  const region = findArticleRegion(lines);
  if (region === undefined) {
    // No prose at all: keep whatever text there is as the body rather than nothing.
    parts.paragraphs = lines.filter((line) => line.kind !== "blank").map((line) => line.text);
    return parts;
  }
  let { start, end } = region;

  // Title-like and metadata lines the densest run picked up at its top belong to the header.
  while (start < end && isHeaderLine(lines, start, end)) start++;
  // A wire dateline printed on its own line opens the article ("BUFFALO, N.Y. (AP) --").
  const above = previousNonBlank(lines, start);
  if (above?.role === "wire-dateline") start = lines.indexOf(above);

  // The byline and date under the headline end the header even when the run starts above
  // them; the headline is looked for above them.
  const anchor = findHeaderAnchor(lines, start, end);
  const headerEnd = anchor?.end ?? start;
  // A date above everything else (a page's dateline banner) has no headline above it.
  const titled =
    findHeadline(lines, anchor?.start ?? start) ??
    (anchor === undefined ? undefined : findHeadline(lines, start));
  const headlineIndex =
    anchor === undefined
      ? titled
      : (sentenceHeadline(lines, anchor.start, titled) ??
        titleBelowByline(lines, anchor, end, titled) ??
        titled);
  end = cutTail(lines, start, end);

  // Byline-first layouts print the name and date above the headline.
  const bylineAbove =
    anchor !== undefined && headlineIndex !== undefined && headlineIndex >= anchor.start;
  readHeader(lines, headerEnd, headlineIndex, bylineAbove, parts);
  if (parts.published === undefined) readOpeningDate(lines, headerEnd, end, parts);
  readFooter(lines, end, parts);

  // Pages print image captions and teasers twice (once per layout): keep the first.
  const seen = new Set<string>();
  let datelinePrefix = "";
  let listOpen = false;
  for (let index = start; index < end; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    if (seen.has(line.text)) {
      line.role = "caption";
      continue;
    }
    seen.add(line.text);
    if (line.role === "wire-dateline") {
      // Printed with the first paragraph, as newsrooms do.
      datelinePrefix = `${line.text} `;
      continue;
    }
    if (isTitleRole(line) && !listOpen && !isSubheading(lines, index, start, end)) {
      line.role = "navigation";
      continue;
    }
    // The short lines after a lead-in ("… the three reports below:") are its list, up to the
    // next full sentence.
    if (line.kind === "prose" && line.sentence) listOpen = false;
    if (line.words >= 12 && /:$/u.test(line.text)) listOpen = true;
    if (line.role === "prose" && isPersonBio(line.text) && !afterParagraph(lines, index)) {
      line.role = "bio";
      continue;
    }
    if (keepsInBody(line)) {
      parts.paragraphs.push(datelinePrefix + line.text);
      datelinePrefix = "";
    } else line.role = line.role === "prose" ? "navigation" : line.role;
  }

  resolveAge(lines, parts, context);
  collectRemoved(lines, start, end, removed);
  return parts;
}

const ANCHOR_ROLES = new Set<PageLine["role"]>(["byline", "date", "age", "read-time"]);

// Where the header that holds an anchor line ends: after the last byline or date line that
// only short lines (a caption, a "gift this article" button) separate from it.
function clusterEnd(lines: PageLine[], anchor: number, end: number): number {
  let last = anchor;
  let seen = 0;
  for (let index = anchor + 1; index < end && seen < 6; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (ANCHOR_ROLES.has(line.role)) last = index;
    // A one-line note on the writer may stand between the byline and the date.
    else if (line.words > 20) break;
  }
  let after = last + 1;
  while (after < end) {
    const next = lines[after];
    if (next === undefined || (next.kind !== "blank" && !META_ROLES.has(next.role))) break;
    after++;
  }
  return after;
}
// A standfirst and a line of site text fit under this; the story's first paragraphs do not.
const ANCHOR_PROSE_WORDS = 80;

// The byline and date a page prints between the headline and the story: when the densest
// run starts above them (at a standfirst or a line of site text), they still mark where the
// header ends. Only a little prose may come before them, or they belong to something else.
function findHeaderAnchor(
  lines: PageLine[],
  start: number,
  end: number,
): { start: number; end: number } | undefined {
  let seen = 0;
  let proseWords = 0;
  for (let index = start; index < end && seen < 12; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (ANCHOR_ROLES.has(line.role)) return { start: index, end: clusterEnd(lines, index, end) };
    if (line.kind === "prose") proseWords += line.words;
    if (proseWords > ANCHOR_PROSE_WORDS) break;
  }
  // The run may also start just below them, after a label or a line of links.
  let seenAbove = 0;
  for (let index = start - 1; index >= 0 && seenAbove < 10; index--) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seenAbove++;
    if (line.kind === "prose" && line.sentence) return undefined;
    if (!ANCHOR_ROLES.has(line.role)) continue;
    let clusterStart = index;
    for (let above = index - 1; above >= 0; above--) {
      const previous = lines[above];
      if (previous === undefined || (previous.kind !== "blank" && !META_ROLES.has(previous.role)))
        break;
      clusterStart = above;
    }
    return { start: clusterStart, end: start };
  }
  return undefined;
}

function readLines(text: string): PageLine[] {
  const raw = text.replace(/\r\n?/gu, "\n").split("\n");
  const lines: PageLine[] = raw.map((line) => {
    const classified = classifyLine(line);
    return { ...classified, role: classified.kind };
  });
  joinSplitBylines(lines);
  for (const line of lines) {
    refineDateLine(line);
    if (line.kind !== "blank" && line.words <= 12 && WIRE_DATELINE.test(line.text)) {
      line.role = "wire-dateline";
    }
  }
  markBanners(lines);
  return lines;
}

// "By" on a line of its own, then one name per line: join them into one byline. A second
// name joins only after "and" or a comma; a name printed twice (link, then label) once.
function joinSplitBylines(lines: PageLine[]): void {
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || !SPLIT_BYLINE_LEAD.test(line.text)) continue;
    if (line.kind !== "byline" && lines[index - 1]?.role !== "byline") continue;
    const names: string[] = [];
    let text = line.text;
    let joined = index;
    let connector = true;
    for (let next = index + 1; next < lines.length && next <= index + 8; next++) {
      const follower = lines[next];
      if (follower === undefined || follower.kind === "blank") continue;
      if (follower.words > 8) break;
      const follows = stripBullet(follower.text);
      joined = next;
      if (/^(?:and|&|,|with)$/iu.test(follows)) {
        // Only the byline's own text is kept: the names, their connectors and any date.
        text += follows === "," ? "," : ` ${follows}`;
        connector = true;
        continue;
      }
      // A separator ("|", "-") or the writer's job ("Staff Writer") between the names.
      if (follower.words === 0 || ROLE.test(follows)) continue;
      const found = readByline(`By ${follows}`).authors;
      const repeated = found.length > 0 && found.every((name) => names.includes(name));
      if (repeated) continue;
      if (!connector || found.length === 0) {
        joined = next - 1;
        break;
      }
      connector = false;
      names.push(...found);
      text += ` ${follows}`;
    }
    if (joined === index) continue;
    for (let folded = index + 1; folded <= joined; folded++) {
      const follower = lines[folded];
      // Folded into the byline line, so it is neither kept nor reported twice.
      if (follower !== undefined) {
        follower.kind = "blank";
        follower.role = "blank";
      }
    }
    line.text = text;
    line.role = "byline";
    line.kind = "byline";
    index = joined;
    // "Deputy Editor, Harbour Desk" under the names is the writer's job, not a headline.
    const after = nextNonBlankIndex(lines, joined);
    const title = after === undefined ? undefined : lines[after];
    if (title !== undefined && title.words <= 8 && ROLE.test(stripBullet(title.text))) {
      title.role = "job-title";
    }
  }
}

function nextNonBlankIndex(lines: PageLine[], index: number): number | undefined {
  for (let next = index + 1; next < lines.length; next++) {
    if (lines[next]?.kind !== "blank") return next;
  }
  return undefined;
}

const SPLIT_BYLINE_LEAD =
  /^(?:(?:written|reported|posted|edited|compiled|commentary|analysis|words)\s+)?by$|^(?:and|contributions? from|with)$/iu;

const DIGIT = /\d/u;
// "WASHINGTON _", "BUFFALO, N.Y. (AP) --", "BEIJING, March 12 (Xinhua) --": a place in
// capitals, an optional state or date and agency, and the dash that leads into the story.
const WIRE_DATELINE =
  /^[\p{Lu}][\p{Lu}\p{M}.'’ -]{1,40}(?:,(?:\s*[\p{L}\p{M}\d.'’][\p{L}\p{M}\d.'’ ]{0,29})?)?(?:\s*\([\p{L}\p{M}. -]{2,30}\))?\s*(?:--|—|–|_|-)$/u;
const NAVIGATION_PHRASE =
  /^(?:skip to|jump to|go to|back to|search for|change (?:region|edition|language)|all (?:videos|stories|news|articles)|more (?:stories|articles|posts|news) (?:by|from)|as told to|advertisement)(?![\p{L}\p{N}])/iu;
// Page furniture worded like a title: privacy links, app and gift buttons, review prompts,
// age warnings, a section's own label.
const FURNITURE_PHRASE =
  /(?:do not sell (?:or share )?my|read (?:it )?in (?:the )?app|read full bio|(?:share|gift|save) (?:this )?(?:article|story)|subscribers can|be the first to (?:rate|review|comment)|follow us|this (?:article|story) is more than|^breaking news$|^photos? (?:and|&) (?:story|text) by|^(?:site|color) themes?$|content below$)/iu;

function mastheadDateLine(text: string, date: { index: number; text: string }): boolean {
  const pieces = text.split(MASTHEAD_SEPARATOR);
  if (pieces.length < 2 || pieces.length > MAX_MASTHEAD_PIECES) return false;
  let offset = 0;
  let dated = false;
  for (const piece of pieces) {
    const start = text.indexOf(piece, offset);
    offset = start + piece.length;
    if (start <= date.index && date.index + date.text.length <= start + piece.length) {
      // Only the date, its weekday and its label in its piece.
      const rest =
        `${piece.slice(0, date.index - start)} ${piece.slice(date.index - start + date.text.length)}`
          .replace(WEEKDAY_OR_LABEL, " ")
          .replace(/[\s,]+/gu, "");
      if (rest !== "") return false;
      dated = true;
    } else if (!MASTHEAD_PIECE.test(piece.trim())) {
      return false;
    }
  }
  return dated;
}

function refineDateLine(line: PageLine): void {
  // Every date format has digits; most lines have none, and the date finder is not free.
  if (line.kind === "blank" || line.words > 14 || !DIGIT.test(line.text)) return;
  if (line.role === "byline") {
    const date = findPageDate(line.text);
    if (date !== undefined) line.date = date;
    return;
  }
  // "Published: Dec. 23, 2023, 4:50 a.m." ends like a sentence but is only a date.
  const sentence = line.kind === "prose" && line.sentence;
  if (sentence && line.words > 10) return;
  const text = line.text;
  const date = findPageDate(text);
  if (date === undefined) return;
  const rest = (text.slice(0, date.index) + text.slice(date.index + date.text.length))
    .replace(/(?<!\d)\d+\s*min(?:ute)?s?\.?\s+read/giu, " ")
    .replace(WEEKDAY_OR_LABEL, " ")
    .replace(/[\s,:|•·–—-]+/gu, " ")
    .trim();
  // The separators are spaces by now: "04:22, 24 Dec 2023" leaves "04 22".
  // What may stay besides the date: a clock time and a zone or country code ("05:39, UK").
  if (
    rest.length === 0 ||
    /^(?:\d{1,2}[:. ]\d{2}(?:[:. ]\d{2})?(?:\s*[aApP]\.?[mM]\.?)?)?(?:\s?\p{Lu}{2,4})?$/u.test(rest)
  ) {
    line.role = "date";
    line.date = date;
    return;
  }
  if (sentence) return;
  const before = text.slice(0, date.index).trim();
  // "Wednesday, June 10, 2026 · Local News", "Raleigh, N.C. | Wednesday, April 22, 2026",
  // "Thursday 17 September 2026 | £1.40": a masthead's date line, its date in a piece of its
  // own beside short pieces that name the section, the place or the price.
  if (mastheadDateLine(text, date)) {
    line.role = "date";
    line.date = date;
    return;
  }
  // "Ann Lee on December 22, 2023", "Ann Lee · Posted: Dec 22, 2023": a dated byline.
  if (rest.split(" ").length <= 5 && DATE_LABEL.test(before) && !PLACE_ONLY.test(before)) {
    line.role = "date";
    line.date = date;
    return;
  }
  const after = text.slice(date.index + date.text.length).trim();
  // "Ann LeeDecember 20, 2023": a byline with its date glued on and no "By". Spaced out,
  // "New York December 20, 2023" is a dateline, and names and places look alike.
  const glued = /\p{Ll}/u.test(text.charAt(date.index - 1));
  if (glued && after.length === 0 && signatureName(before) !== undefined && !ORG_CUE.test(before)) {
    line.role = "byline";
    line.date = date;
    return;
  }
  if (after.length === 0 && PLACE.test(before)) {
    line.role = "dateline";
    line.date = date;
  }
}

// Today's date beside the weather and a clock is the page's banner, not the article's date.
function markBanners(lines: PageLine[]): void {
  let blockStart = 0;
  for (let index = 0; index <= lines.length; index++) {
    const line = lines[index];
    if (line !== undefined && line.kind !== "blank") continue;
    const block = lines.slice(blockStart, index);
    if (block.some((member) => member.kind === "weather")) {
      for (const member of block) {
        if (member.kind !== "prose" || member.role === "date" || member.role === "dateline") {
          member.role = "banner";
        }
      }
    }
    blockStart = index + 1;
  }
}

const META_ROLES = new Set<PageLine["role"]>([
  "byline",
  "job-title",
  "date",
  "dateline",
  "age",
  "read-time",
  "banner",
  "caption",
  "share",
  "comments",
  "promo",
  "subscribe",
  "cookie-notice",
  "weather",
]);

function isTitleLike(line: PageLine): boolean {
  if (line.words < 2 || line.words > 30) return false;
  // A line that carries a full date is a dateline, byline or timestamp, not a headline.
  if (
    line.date !== undefined ||
    (line.words <= 16 && DIGIT.test(line.text) && findPageDate(line.text) !== undefined)
  )
    return false;
  if (NAVIGATION_PHRASE.test(line.text) || FURNITURE_PHRASE.test(line.text)) return false;
  if (line.kind !== "heading" && line.kind !== "navigation" && line.kind !== "prose") return false;
  if (
    /[.;,]["'”’]?$/u.test(line.text) &&
    !/(?<![\p{L}\p{N}])(?:[A-Z]\.|etc\.|Inc\.|Jr\.|Co\.)$/u.test(line.text)
  )
    return false;
  // "… in Lyon County, Kentucky (" runs on into the next line: half a caption.
  if (/[([{]$/u.test(line.text)) return false;
  return /^[\p{Lu}\p{Lt}\p{N}"'“‘«¿¡]/u.test(line.text);
}

function isHeaderLine(lines: PageLine[], index: number, end: number): boolean {
  const line = lines[index];
  if (line === undefined) return false;
  if (line.kind === "blank" || META_ROLES.has(line.role)) return true;
  if (line.role === "wire-dateline" || (line.kind === "prose" && line.sentence)) return false;
  // A title-like line followed by more text in the run.
  for (let next = index + 1; next < end; next++) {
    const follower = lines[next];
    if (follower !== undefined && follower.kind !== "blank") return isTitleLike(line);
  }
  return false;
}

// The headline is the best title-like line in the twenty lines above the article: of
// headline length first, then nearest. A short line ("Local News", a writer's name) is a
// label whenever a fuller title sits anywhere in the window.
function findHeadline(lines: PageLine[], headerEnd: number): number | undefined {
  let considered = 0;
  let best: number | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (let index = headerEnd - 1; index >= 0 && considered < 20; index--) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    considered++;
    if (META_ROLES.has(line.role) || line.words < 2) continue;
    if (!isTitleLike(line) || looksLikeOutlet(line, lines, index)) continue;
    // "Senior Editor", "Featured Co-Editor": the job under a writer's name; the name itself.
    if (line.words <= 4 && ROLE.test(stripBullet(line.text))) continue;
    if (signatureName(line.text) !== undefined && besideHeaderLine(lines, index)) continue;
    let score = -considered * 0.05;
    if (line.words >= 4 && line.words <= 25) score += 1;
    // "Headline / Longer standfirst" (or a caption), perhaps with the date between them: the
    // standfirst is nearer the body but comes second.
    const above = previousContentLine(lines, index);
    if (above !== undefined && isTitleLike(above) && above.words >= 6 && line.words >= above.words)
      score -= 0.3;
    if (score > bestScore) {
      bestScore = score;
      best = index;
    }
  }
  return best;
}

// Headline-length words: what a title has and a section label or a site name has not.
const TITLE_WORDS = 4;
// Lines a byline printed above its headline may stand from it (name, date, share button).
const BYLINE_ABOVE_TITLE = 4;

// Some layouts print the byline and date above the headline ("Ann Lee / Dec 21, 2023 /
// Share / Headline / Standfirst"). When only a label or a site name stands above them, a
// title of headline length right under them, with prose after it, is the headline.
function titleBelowByline(
  lines: PageLine[],
  anchor: { start: number; end: number },
  end: number,
  above: number | undefined,
): number | undefined {
  const aboveLine = above === undefined ? undefined : lines[above];
  if (aboveLine !== undefined && aboveLine.words >= TITLE_WORDS) return undefined;
  // The title may sit inside the byline cluster (after a share button) or just below it.
  let seen = 0;
  for (let index = anchor.start; index < end && seen < 3; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    if (META_ROLES.has(line.role)) continue;
    if (index >= anchor.end) seen++;
    if (line.kind === "prose" && line.sentence) return undefined;
    if (!isTitleLike(line) || line.words < TITLE_WORDS || line.words > 25) continue;
    const next = nextNonBlankIndex(lines, index);
    const follower = next === undefined ? undefined : lines[next];
    if (follower?.kind === "prose") return index;
  }
  return undefined;
}

// "Tech is famously bad. It doesn't have to be.": a headline written as sentences sits right
// above its byline and date. Taken only when no title of headline length was found.
function sentenceHeadline(
  lines: PageLine[],
  anchorStart: number,
  titled: number | undefined,
): number | undefined {
  if (titled !== undefined && (lines[titled]?.words ?? 0) >= 4) return undefined;
  for (let index = anchorStart - 1, seen = 0; index >= 0 && seen < 3; index--) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (META_ROLES.has(line.role) || signatureName(line.text) !== undefined) continue;
    const sentenceLike =
      line.kind === "prose" &&
      line.words >= 4 &&
      line.words <= 25 &&
      /[.?!]["'”’]?$/u.test(line.text) &&
      /^[\p{Lu}\p{N}"'“‘]/u.test(line.text);
    // A standfirst under the headline may stand between them.
    if (!sentenceLike) return undefined;
    const above = previousContentLine(lines, index);
    return above !== undefined && above.kind === "prose" && above.sentence && above.words <= 25
      ? lines.indexOf(above)
      : index;
  }
  return undefined;
}

function looksLikeOutlet(line: PageLine, lines: PageLine[], index: number): boolean {
  // An outlet line sits between the headline and the body: a short name after a title.
  const text = stripBullet(line.text);
  // Section labels ("Local News", "World") are short; outlet lines name a publication.
  if (line.words < 3 || line.words > 7 || /[:?!]$/u.test(text)) return false;
  const significant = text
    .split(/\s+/u)
    .filter((word) => !/^(?:of|for|the|and|on|in|at|de|du|la)$/iu.test(word));
  if (!significant.every((word) => /^[\p{Lu}\p{N}&]/u.test(word))) return false;
  if (!ORG_CUE.test(text)) return false;
  for (let previous = index - 1; previous >= 0; previous--) {
    const above = lines[previous];
    if (above === undefined || above.kind === "blank") continue;
    if (META_ROLES.has(above.role)) continue;
    return isTitleLike(above) && above.words > line.words;
  }
  return false;
}

function readHeader(
  lines: PageLine[],
  headerEnd: number,
  headlineIndex: number | undefined,
  bylineAbove: boolean,
  parts: ParsedParts,
): void {
  if (headlineIndex !== undefined) {
    const headline = lines[headlineIndex];
    if (headline !== undefined) {
      headline.role = "headline";
      parts.headline = withoutFormatLabel(
        headline.text.replace(/(?<!\s)\s*[:–—-]\s*$/u, "").trim(),
      );
    }
  }
  const headerStart = Math.max(0, headerEnd - 40);
  let bannerDate: FoundDate | undefined;
  // A date line farther from the headline is weaker evidence; the one nearest the body wins.
  let fartherDate: FoundDate | undefined;
  for (let index = headerStart; index < headerEnd; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    const nearHeadline =
      headlineIndex === undefined || index > headlineIndex || headlineIndex - index <= 3;
    switch (line.role) {
      case "byline": {
        const byline = readByline(line.text);
        if (parts.authors.length === 0) parts.authors.push(...byline.authors);
        if (byline.date !== undefined)
          setPublished(parts, byline.date, "byline", CONFIDENCE.byline.header);
        break;
      }
      case "dateline":
        if (line.date !== undefined && nearHeadline) {
          const place = line.text
            .slice(0, line.date.index)
            .replace(/(?<![\s,–—-])[\s,–—-]+$/u, "")
            .replace(/(?<!\s)\s+,/gu, ",");
          const dateline: Dateline = { text: line.text };
          if (place.length > 0) dateline.place = place;
          parts.dateline = dateline;
          setPublished(parts, line.date, "dateline", CONFIDENCE.dateline.printed);
        }
        break;
      case "date":
        if (line.date !== undefined && nearHeadline) {
          const updated = /(?<![\p{L}\p{N}])(?:updated|modified)(?![\p{L}\p{N}])/iu.test(line.text);
          const confidence = CONFIDENCE.text.nearHeadline;
          setPublished(
            parts,
            line.date,
            "text",
            updated ? updatedConfidence(confidence) : confidence,
          );
        } else if (line.date !== undefined) {
          fartherDate = line.date;
        }
        break;
      case "banner":
        if (line.date !== undefined && bannerDate === undefined) bannerDate = line.date;
        break;
      default:
        if (
          headlineIndex !== undefined &&
          // Under the headline, or just above it where the byline comes first.
          (index > headlineIndex || (bylineAbove && headlineIndex - index <= BYLINE_ABOVE_TITLE)) &&
          parts.authors.length === 0 &&
          signatureName(line.text) !== undefined &&
          !ORG_CUE.test(signatureName(line.text) ?? "") &&
          besideHeaderLine(lines, index) &&
          !inNameList(lines, index)
        ) {
          // A name alone under the headline, beside the date or the writer's job: a byline
          // without "By".
          line.role = "byline";
          parts.authors.push(...(signatureNames(line.text) ?? [line.text]));
        } else if (
          headlineIndex !== undefined &&
          index > headlineIndex &&
          looksLikeOutlet(line, lines, index)
        ) {
          line.role = "outlet";
          if (parts.outlet === undefined) parts.outlet = stripBullet(line.text);
        }
    }
  }
  if (parts.published === undefined && headlineIndex !== undefined) {
    const underHeadline = dateUnderHeadline(lines, headlineIndex);
    if (underHeadline !== undefined)
      setPublished(parts, underHeadline, "text", CONFIDENCE.text.belowHeadline);
  }
  if (parts.published === undefined && fartherDate !== undefined) {
    setPublished(parts, fartherDate, "text", CONFIDENCE.text.farther);
  }
  if (parts.published === undefined && bannerDate !== undefined) {
    setPublished(parts, bannerDate, "banner", CONFIDENCE.banner.today);
  }
}

// Lines and prose words after the header that may still hold the article's date line.
const OPENING_LINES = 25;
const OPENING_PROSE_WORDS = 150;

// A page whose article run starts right under the headline keeps its byline and date line
// inside the run ("Published on Dec 22, 2023" under a writer's bio): with no date in the
// header, the first such line near the top of the article dates it.
function readOpeningDate(
  lines: PageLine[],
  headerEnd: number,
  end: number,
  parts: ParsedParts,
): void {
  let seen = 0;
  let proseWords = 0;
  let updated: FoundDate | undefined;
  for (let index = headerEnd; index < end && seen < OPENING_LINES; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (line.kind === "prose") proseWords += line.words;
    if (proseWords >= OPENING_PROSE_WORDS) break;
    if (line.role === "byline") {
      const date = readByline(line.text).date;
      if (date !== undefined) {
        setPublished(parts, date, "byline", CONFIDENCE.byline.beside);
        return;
      }
    }
    if (line.role !== "date" || line.date === undefined) continue;
    if (UPDATED_LABEL.test(line.text) && !PUBLISHED_LABEL.test(line.text)) {
      updated ??= line.date;
      continue;
    }
    setPublished(parts, line.date, "text", CONFIDENCE.text.belowHeadline);
    return;
  }
  if (updated !== undefined)
    setPublished(parts, updated, "text", updatedConfidence(CONFIDENCE.text.belowHeadline));
}

const UPDATED_LABEL = /(?<![\p{L}\p{N}])(?:updated|modified|edited)(?![\p{L}\p{N}])/iu;
const PUBLISHED_LABEL = /(?<![\p{L}\p{N}])(?:published|posted|first published)(?![\p{L}\p{N}])/iu;

// A line under the headline that carries its date among other things ("Ann Lee · Harbour
// Desk · Posted: Dec 22, 2023 8:25 AM | Last Updated: Jan 2, 2024", "Saturday 23 December
// 2023 05:39, UK"): the published part wins over the updated one.
function dateUnderHeadline(lines: PageLine[], headlineIndex: number): FoundDate | undefined {
  let seen = 0;
  let fallback: FoundDate | undefined;
  for (let index = headlineIndex + 1; index < lines.length && seen < 6; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (line.words > 30 || (line.kind === "prose" && line.sentence && line.words > 12)) break;
    // A date inside a sentence ("The branch opened on May 2, 1990.") is the story's.
    if (!DIGIT.test(line.text) || (line.kind === "prose" && line.sentence)) continue;
    for (const part of line.text.split(/\s[|/·•]\s|(?<=\p{Ll})(?=Updated|Published)/u)) {
      const date = findPageDate(part);
      if (date === undefined) continue;
      if (PUBLISHED_LABEL.test(part)) return date;
      if (!UPDATED_LABEL.test(part) && fallback === undefined) fallback = date;
    }
    if (fallback !== undefined) return fallback;
  }
  return fallback;
}

// Names on lines of their own, three or more in a row ("Columnists" / "Ann Lee" / "Bo Diaz"
// / …): a menu or a list of the site's writers, not the article's byline.
const NAME_LIST_LINES = 3;

function inNameList(lines: PageLine[], index: number): boolean {
  let run = 1;
  for (const step of [-1, 1]) {
    for (let next = index + step; next >= 0 && next < lines.length; next += step) {
      const line = lines[next];
      if (line === undefined || line.kind === "blank") continue;
      if (line.words > 4 || signatureName(line.text) === undefined) break;
      run++;
      if (run >= NAME_LIST_LINES) return true;
    }
  }
  return false;
}

// Beside a date line, or beside the writer's job ("Political reporter").
function besideHeaderLine(lines: PageLine[], index: number): boolean {
  if (besideDateLine(lines, index)) return true;
  const below = nextNonBlankIndex(lines, index);
  const job = below === undefined ? undefined : lines[below];
  return (
    job !== undefined &&
    job.words <= 6 &&
    ROLE.test(stripBullet(job.text).replace(/^[·•|]\s*/u, ""))
  );
}

function besideDateLine(lines: PageLine[], index: number): boolean {
  for (const step of [-1, 1]) {
    for (
      let next = index + step, seen = 0;
      next >= 0 && next < lines.length && seen < 2;
      next += step
    ) {
      const line = lines[next];
      if (line === undefined || line.kind === "blank") continue;
      seen++;
      if (line.role === "date" || line.role === "age" || line.role === "read-time") return true;
    }
  }
  return false;
}

function readFooter(lines: PageLine[], end: number, parts: ParsedParts): void {
  for (let index = end; index < lines.length && index < end + 8; index++) {
    const line = lines[index];
    if (line === undefined || line.role !== "byline") continue;
    const byline = readByline(line.text);
    if (parts.authors.length === 0) parts.authors.push(...byline.authors);
    if (byline.date !== undefined)
      setPublished(parts, byline.date, "byline", CONFIDENCE.byline.beside);
  }
  // A signature line above a staff bio ("Newsroom Staff" / "Writers at … come from …").
  for (let index = end; index < lines.length && index < end + 6; index++) {
    const line = lines[index];
    if (line === undefined || line.role !== "bio") continue;
    let signature = previousNonBlank(lines, index);
    // "Ann Lee" / "Senior Editor" / bio: the name sits above its job title.
    if (signature !== undefined && ROLE.test(signature.text)) {
      const above = previousNonBlank(lines, lines.indexOf(signature));
      if (above !== undefined && PERSON_LINE.test(above.text)) {
        signature.role = "byline";
        signature = above;
      }
    }
    if (
      signature !== undefined &&
      parts.authors.length === 0 &&
      signature.words <= 5 &&
      signature.kind !== "prose"
    ) {
      parts.authors.push(stripBullet(signature.text));
      signature.role = "byline";
    }
    if (parts.outlet === undefined) {
      const outlet =
        /(?<![\p{L}\p{N}])(?:at|for)\s+(?:the\s+)?((?:[\p{Lu}][\p{L}\p{M}'’.&-]*\s?){1,5})/u.exec(
          line.text,
        );
      if (outlet?.[1] !== undefined) parts.outlet = outlet[1].trim();
    }
    break;
  }
}

// The nearest line above that is neither blank nor metadata (a date, a byline, a caption).
function previousContentLine(lines: PageLine[], index: number): PageLine | undefined {
  for (let previous = index - 1, seen = 0; previous >= 0 && seen < 3; previous--) {
    const line = lines[previous];
    if (line === undefined || line.kind === "blank") continue;
    seen++;
    if (!META_ROLES.has(line.role)) return line;
  }
  return undefined;
}

// Short lines, and lines without a closing stop, read as titles rather than paragraphs.
function isTitleRole(line: PageLine): boolean {
  // "Through May 31 at the Harbour Hall; tickets from $12": a listing, not a title.
  if (line.words >= 10 && /;\s/u.test(line.text)) return false;
  // "Before the vote, board members were asked to read the three reports below:": a lead-in.
  if (line.words >= 12 && /:$/u.test(line.text)) return false;
  if (line.role === "prose") return !line.sentence && line.words <= 30;
  return line.role === "heading" || line.role === "navigation";
}

// A short line inside the article is a subheading when prose stands on both sides of it;
// two or more short lines in a row are a link list (related stories, product boxes).
function isSubheading(lines: PageLine[], index: number, start: number, end: number): boolean {
  const before = neighbour(lines, index, -1, start, end);
  const after = neighbour(lines, index, 1, start, end);
  return before?.role === "prose" && before.sentence && after?.role === "prose" && after.sentence;
}

function neighbour(
  lines: PageLine[],
  index: number,
  step: 1 | -1,
  start: number,
  end: number,
): PageLine | undefined {
  for (let next = index + step; next >= start && next < end; next += step) {
    const line = lines[next];
    if (line !== undefined && line.kind !== "blank") return line;
  }
  return undefined;
}

function keepsInBody(line: PageLine): boolean {
  if (line.role === "prose") return boilerplateParagraphKind(line.text) === undefined;
  return line.role === "heading" || line.role === "navigation" || line.role === "wire-dateline";
}

function setPublished(
  parts: ParsedParts,
  date: FoundDate,
  source: PublishedDate["source"],
  confidence: number,
): void {
  if (parts.published !== undefined && parts.published.confidence >= confidence) return;
  const published: PublishedDate = { date: date.date, text: date.text, source, confidence };
  if (date.time !== undefined) published.time = date.time;
  if (date.offset !== undefined) published.offset = date.offset;
  parts.published = published;
}

const AGE_UNITS: Record<string, number> = { day: 1, week: 7 };

// "2 days ago" says nothing without the day the page was read; with it, a weak date.
function resolveAge(lines: PageLine[], parts: ParsedParts, context: PlainTextContext): void {
  if (parts.published !== undefined || context.retrievedAt === undefined) return;
  const retrieved = /^(\d{4})-(\d{2})-(\d{2})/u.exec(context.retrievedAt);
  if (retrieved === null) return;
  for (const line of lines) {
    if (line.role !== "age") continue;
    const match = /((?<!\d)\d+|an?|one)\s+(sec|min|h|day|week)/iu.exec(line.text);
    if (match === null) continue;
    const amount = /^\d+$/u.test(match[1] ?? "") ? Number(match[1]) : 1;
    const unit = (match[2] ?? "").toLowerCase();
    const days = (AGE_UNITS[unit] ?? 0) * amount;
    const day = new Date(
      Date.UTC(Number(retrieved[1]), Number(retrieved[2]) - 1, Number(retrieved[3]) - days),
    );
    setPublished(
      parts,
      { date: day.toISOString().slice(0, 10), text: line.text, index: 0 },
      "text",
      unit === "day" || unit === "week" ? CONFIDENCE.text.ageInDays : CONFIDENCE.text.ageInHours,
    );
    return;
  }
}

function collectRemoved(
  lines: PageLine[],
  start: number,
  end: number,
  removed: RemovedBlock[],
): void {
  let current: RemovedBlock | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    if (line === undefined || line.kind === "blank") continue;
    const inBody = index >= start && index < end && keepsInBody(line);
    if (inBody) {
      current = undefined;
      continue;
    }
    const reason = removalReason(line, index < start);
    if (current !== undefined && current.reason === reason) {
      current.text += `\n${line.text}`;
    } else {
      current = { text: line.text, reason };
      removed.push(current);
    }
  }
}

// Site text around an article names what it is in its first words often enough.
function trailingReason(text: string, beforeArticle: boolean): string {
  if (
    /(?<![\p{L}\p{N}])(?:cookies?|consent|privacy policy|personal data)(?![\p{L}\p{N}])/iu.test(
      text,
    )
  )
    return "cookie-notice";
  if (/(?<![\p{L}\p{N}])(?:subscrib\p{L}*|newsletter|sign up)(?![\p{L}\p{N}])/iu.test(text))
    return "subscribe";
  return beforeArticle ? "navigation" : "unrelated-trailing";
}

function removalReason(line: PageLine, beforeArticle: boolean): string {
  switch (line.role) {
    case "prose":
    case "unrelated-trailing":
      return boilerplateParagraphKind(line.text) ?? trailingReason(line.text, beforeArticle);
    case "heading":
    case "navigation":
      return "navigation";
    case "weather":
      return "banner";
    case "age":
    case "read-time":
    case "date":
      return "date";
    case "copyright":
      return "navigation";
    case "job-title":
      return "byline";
    case "related-link":
      return "promo";
    default:
      return line.role;
  }
}
