import { editDistance } from "../../text/editDistance.js";
import { GRAMMAR_WORDS } from "../../text/functionWords.js";
import { withoutMarks } from "../../text/normalize.js";
import { NUMBER_WORDS } from "../../text/numberWords.js";
import { PLAIN_SAYING_VERBS } from "../../text/speechWords.js";
import { stemWord } from "../../text/stemWord.js";
import { TIME_ZONE_OFFSETS } from "../../text/timeZones.js";
import { trimEndWhere } from "../../text/trimEndWhere.js";
import { lowerWords, wordTokens } from "../../text/words.js";
import type {
  AlignmentCell,
  DiscrepancyValue,
  QuoteGroup,
  QuoteVariant,
  WordDifference,
} from "../../types.js";
import { castName } from "../castName.js";
import { outletName, quoted } from "../describe.js";
import type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "../discrepancyRule.js";
import type { StoryContext } from "../storyContext.js";

/** Options of the {@link quoteRule}. */
export interface QuoteRuleOptions extends RuleOptions {
  /**
   * Also compare partial quotes (a few words woven into a sentence) with the statement
   * they come from; a word they change inside their marks is a finding like any other.
   */
  includePartials: boolean;
  /**
   * Variants less similar to the statement's fullest version than this (weighted word
   * overlap, 0 to 1) are paraphrases the aligner grouped loosely: not compared word by word.
   */
  minSimilarity: number;
}

// Words that turn a statement into its opposite: a difference in them is a conflict.
const NEGATIONS = new Set([
  "not",
  "no",
  "never",
  "cannot",
  "nt",
  "without",
  "nobody",
  "nothing",
  "none",
  "neither",
  "nor",
]);
const ELISION = /\u2026|\.\.\./u;
const QUOTE_MARK = /["\u201C\u201D\u201E\u00AB\u00BB]/u;
/**
 * Whether a quote's text is a quote: a text holding quote marks or opening with a verb of
 * saying ("said Yiannis Panagopoulos, head of GSEE") is the narrative between two quotes
 * that the quote finder read inside out.
 */
function looksQuoted(text: string): boolean {
  const first = wordsOf(text)[0] ?? "";
  return !QUOTE_MARK.test(text) && !PLAIN_SAYING_VERBS.has(first) && first !== "says";
}

const CLOCKS = /(\d{1,2})(?:[:.](\d{2})|(?=\s*[ap]\.?m))\s*([ap]\.?m\.?)?/giu;

/** The clock times in a text as minutes after midnight, and the text without them or their zones. */
function clockTimes(text: string): { minutes: number[]; rest: string } {
  const minutes: number[] = [];
  const rest = text.replace(
    CLOCKS,
    (_match, hourText: string, minuteText?: string, meridiem?: string) => {
      let hour = Number(hourText);
      if (meridiem !== undefined) hour = (hour % 12) + (/^p/iu.test(meridiem) ? 12 : 0);
      minutes.push(hour * 60 + Number(minuteText ?? "0"));
      return " ";
    },
  );
  const zones = rest
    .split(/\s+/u)
    .filter((word) => !TIME_ZONE_OFFSETS.has(word.toLowerCase().replace(/[^\p{L}]/gu, "")));
  return { minutes, rest: zones.join(" ") };
}

// Magnitudes news copy shortens after a figure ("22.4bn", "$3m", "40k"), read in full.
const SHORT_MAGNITUDES: Readonly<Record<string, string>> = {
  k: "thousand",
  m: "million",
  mn: "million",
  bn: "billion",
  b: "billion",
  tn: "trillion",
  trn: "trillion",
};
const SHORT_MAGNITUDE = /(\d)\s?(k|mn|m|bn|b|trn|tn)(?!\p{L})/gu;

/**
 * Whether two renderings differ only in how they are written: letters and digits equal
 * ("e-mail"/"email", "data centers"/"datacenters", "0241"/"02:41"), a magnitude shortened
 * after its figure ("22.4bn"/"22.4 billion"), one letter swapped or doubled in a long word
 * ("fibre"/"fiber"), or the same clock times written two ways ("18:41", "6:41pm PST";
 * "6:00 p.m.", "6 p.m.").
 */
function writtenAlike(left: string, right: string): boolean {
  // Letters and digits only, a possessive's s dropped ("ISIS's", "ISIS'").
  const alnum = (text: string) =>
    text
      .toLowerCase()
      .replace(/['\u2019]s(?!\p{L})/gu, "")
      .replace(SHORT_MAGNITUDE, (_match, digit: string, short: string) => {
        return `${digit}${SHORT_MAGNITUDES[short] ?? short}`;
      })
      .replace(/[^\p{L}\p{N}]/gu, "");
  const a = alnum(left);
  const b = alnum(right);
  if (a === b) return true;
  if (/^0+$/u.test(a || "x") || /^0+$/u.test(b || "x")) return true;
  const leftClocks = clockTimes(left);
  const rightClocks = clockTimes(right);
  if (
    leftClocks.minutes.length > 0 &&
    leftClocks.minutes.join(" ") === rightClocks.minutes.join(" ") &&
    alnum(leftClocks.rest) === alnum(rightClocks.rest)
  )
    return true;
  return (
    Math.min(a.length, b.length) >= 5 &&
    a.slice(0, 3) === b.slice(0, 3) &&
    !/\d/u.test(a + b) &&
    editDistance(a, b, 2) <= 2 &&
    Math.abs(a.length - b.length) <= 1
  );
}

/** Whether words stand glued to the word before them (".com" in "MySpace.com"): a way of writing, not a word. */
function gluedToPrevious(body: string, start: number): boolean {
  return start > 0 && !/[\s\u201C"'\u2018(\u2014\u2013]/u.test(body[start - 1] ?? " ");
}

/** Whether a position of a body lies inside brackets: an editor's insertion, "(its direction)". */
function inBrackets(body: string, start: number, end: number): boolean {
  const before = body.slice(Math.max(0, start - 2), start);
  const after = body.slice(end, end + 2);
  return /[([]\s*$/u.test(before) && /^\s*[)\]]/u.test(after);
}

function wordsOf(text: string): string[] {
  // "won't", "can't": the "n't" is a negation of its own.
  return lowerWords(text.replace(/n['\u2019]t\b/giu, " nt"));
}

function hasContentWord(text: string): boolean {
  return wordsOf(text).some((word) => !GRAMMAR_WORDS.has(word));
}

function stemBag(text: string): string {
  return wordsOf(text)
    .map((word) => stemWord(word))
    .sort()
    .join(" ");
}

function hasNegation(text: string): boolean {
  return wordsOf(text).some((word) => NEGATIONS.has(word));
}

function numbersIn(text: string): string {
  return wordsOf(text)
    .filter((word) => /^\d/u.test(word) || NUMBER_WORDS[word] !== undefined)
    .sort()
    .join(" ");
}

function sameWord(left: AlignmentCell, right: AlignmentCell): boolean {
  return stemWord(withoutMarks(left.text)) === stemWord(withoutMarks(right.text));
}

/** The root columns a variant shares word for word: its first and last. */
function sharedColumns(
  group: QuoteGroup,
  row: number,
): { first: number; last: number } | undefined {
  const rootCells = group.alignment.rows[group.alignment.root]?.cells ?? [];
  const cells = group.alignment.rows[row]?.cells ?? [];
  let first = -1;
  let last = -1;
  for (let column = 0; column < cells.length; column++) {
    const cell = cells[column];
    const rootCell = rootCells[column];
    if (cell && rootCell && sameWord(cell, rootCell)) {
      if (first < 0) first = column;
      last = column;
    }
  }
  return first >= 0 && last > first ? { first, last } : undefined;
}

// A quote this short is named whole in a finding's subject.
const SHORT_QUOTE_WORDS = 14;

/** A quote's text without the comma or stop its sentence closes it with. */
function trimQuotePunctuation(text: string): string {
  return trimEndWhere(text.trim(), (char) => char === "," || char === "." || char === " ");
}

function nearElision(body: string, offset: number): boolean {
  return ELISION.test(body.slice(Math.max(0, offset - 4), offset + 4));
}

function nearPieceBoundary(variant: QuoteVariant, offset: number): boolean {
  return variant.pieces.some(
    (piece, index) =>
      (index > 0 && Math.abs(offset - piece.start) <= 2) ||
      (index < variant.pieces.length - 1 && Math.abs(offset - piece.end) <= 2),
  );
}

// Words a variant and the root each have at one end of the quote, none of them shared,
// this many at most on each side: a few words changed at the edge, not a trim.
const MAX_EDGE_CHANGE_WORDS = 3;

/** A few words changed at an end of a quote: the variant's added run in place of the root's dropped one. */
interface EdgeChange {
  added: WordDifference;
  dropped: WordDifference;
  /** The two read as one replacement. */
  change: WordDifference;
}

/**
 * The differences at either end of a variant that change words rather than trim them:
 * on one side of the shared words the variant drops a few of the root's words and adds a
 * few of its own ("We will not" / "We will soon" before "reopen the port"). The root's
 * words next to the shared ones are what the variant's replace; root words farther out (a
 * further sentence the root goes on with) are a trim. Dropped words alone are a trim,
 * added words alone an extension.
 */
function changedEdges(
  differences: readonly WordDifference[],
  firstShared: number,
  lastShared: number,
): EdgeChange[] {
  const changed: EdgeChange[] = [];
  const short = (difference: WordDifference) =>
    wordsOf(difference.text || difference.rootText).length <= MAX_EDGE_CHANGE_WORDS;
  for (const side of ["before", "after"] as const) {
    const onSide = differences.filter((difference) =>
      side === "before" ? difference.rootEnd <= firstShared : difference.rootStart >= lastShared,
    );
    const dropped = onSide
      .filter((difference) => difference.kind === "dropped")
      .sort((left, right) => left.rootStart - right.rootStart);
    const added = onSide.filter((difference) => difference.kind === "added");
    const droppedRun = side === "before" ? dropped[dropped.length - 1] : dropped[0];
    const [addedRun] = added;
    if (
      droppedRun &&
      addedRun &&
      added.length === 1 &&
      short(droppedRun) &&
      short(addedRun) &&
      !writtenAlike(addedRun.text, droppedRun.rootText) &&
      stemBag(addedRun.text) !== stemBag(droppedRun.rootText)
    ) {
      changed.push({
        added: addedRun,
        dropped: droppedRun,
        change: {
          ...addedRun,
          kind: "replaced",
          rootText: droppedRun.rootText,
          rootStart: droppedRun.rootStart,
          rootEnd: droppedRun.rootEnd,
        },
      });
    }
  }
  return changed;
}

/**
 * The words before the first shared word, when both quotes open with a few words of their
 * own ("would choke new construction" / "would freeze new construction"): the aligner
 * reports the variant's as added and leaves the root's out (they lie outside the variant's
 * span), which reads as an extension; side by side they are words changed at the edge.
 */
function openingChange(
  group: QuoteGroup,
  row: number,
  span: { first: number; last: number },
  own: readonly WordDifference[],
  body: string,
  rootBody: string,
): { added: WordDifference; change: WordDifference } | undefined {
  const root = group.variants[group.alignment.root];
  const variant = group.variants[row];
  const rootCell = group.alignment.rows[group.alignment.root]?.cells[span.first];
  const cell = group.alignment.rows[row]?.cells[span.first];
  if (!root || !variant || !rootCell || !cell) return undefined;
  const added = own.filter(
    (difference) => difference.kind === "added" && difference.end <= cell.start,
  );
  const [run] = added;
  if (
    !run ||
    added.length !== 1 ||
    own.some((d) => d.kind !== "added" && d.rootEnd <= rootCell.start)
  )
    return undefined;
  // The root's own opening words, inside its quote marks, before the first shared word.
  const rootText = rootBody.slice(root.start, rootCell.start).trim();
  if (body.slice(run.end, cell.start).trim() !== "" || rootText === "") return undefined;
  if (wordsOf(rootText).length > MAX_EDGE_CHANGE_WORDS) return undefined;
  const rootStart = rootBody.indexOf(rootText, root.start);
  // Words both open with are shared ("would choke" / "would freeze" share "would"): what
  // is left of each is the change, or a drop when the variant has nothing left.
  const ownWords = wordTokens(run.text);
  const rootWords = wordTokens(rootText);
  let common = 0;
  while (
    common < ownWords.length &&
    common < rootWords.length &&
    ownWords[common]?.text.toLowerCase() === rootWords[common]?.text.toLowerCase()
  )
    common++;
  const ownRest = ownWords.slice(common);
  const rootRest = rootWords.slice(common);
  const rootFirst = rootRest[0];
  const rootLast = rootRest[rootRest.length - 1];
  // Only the variant has words left: it adds to the statement, which is no change.
  if (!rootFirst || !rootLast) return undefined;
  const ownFirst = ownRest[0];
  const ownLast = ownRest[ownRest.length - 1];
  const start = ownFirst ? run.start + ownFirst.start : run.end;
  const end = ownLast ? run.start + ownLast.end : run.end;
  return {
    added: run,
    change: {
      ...run,
      kind: ownFirst ? "replaced" : "dropped",
      text: body.slice(start, end),
      start,
      end,
      rootText: rootText.slice(rootFirst.start, rootLast.end),
      rootStart: rootStart + rootFirst.start,
      rootEnd: rootStart + rootLast.end,
    },
  };
}

interface VariantChanges {
  row: number;
  variant: QuoteVariant;
  changes: WordDifference[];
  span: { first: number; last: number };
}

/**
 * The differences of one variant that are changes inside the quote marks: between the
 * first and last words it shares with the root (so a trimmed or extended quote shows
 * nothing), carrying a content word, not merely an inflection or a spelling ("issue"/
 * "issues", "realised"/"realized"), not at an elision mark (…) or where an attribution
 * breaks the quote, and not words only moved (a translation that reorders words).
 */
function changesOf(
  group: QuoteGroup,
  row: number,
  variant: QuoteVariant,
  story: StoryContext,
): VariantChanges | undefined {
  const span = sharedColumns(group, row);
  if (!span) return undefined;
  const root = group.variants[group.alignment.root];
  const rootCells = group.alignment.rows[group.alignment.root]?.cells ?? [];
  const low = rootCells[span.first]?.end ?? 0;
  const high = rootCells[span.last]?.start ?? 0;
  const body = story.articles.find((entry) => entry.article.id === variant.articleId)?.article.body;
  const rootBody = story.articles.find((entry) => entry.article.id === root?.articleId)?.article
    .body;
  if (body === undefined || rootBody === undefined || root === undefined) return undefined;
  const quoteIds = new Set(variant.pieces.map((piece) => piece.quoteId));
  const own = group.alignment.differences.filter(
    (difference) => difference.articleId === variant.articleId && quoteIds.has(difference.quoteId),
  );
  const edges = changedEdges(
    own,
    rootCells[span.first]?.start ?? 0,
    rootCells[span.last]?.end ?? 0,
  );
  const opening = openingChange(group, row, span, own, body, rootBody);
  // Each edge change stands in for its added run, and its dropped run goes with it.
  const replacing = new Map<WordDifference, WordDifference>(
    edges.map((edge) => [edge.added, edge.change]),
  );
  if (opening) replacing.set(opening.added, opening.change);
  const consumed = new Set(edges.map((edge) => edge.dropped));
  const candidates = own
    .filter((difference) => !consumed.has(difference))
    .map((difference) => replacing.get(difference) ?? difference);
  const edgeChanges = new Set(replacing.values());
  const changes = candidates.filter((difference) => {
    if (difference.kind === "moved") return false;
    const inside = difference.rootStart >= low && difference.rootEnd <= high;
    if (!inside && !edgeChanges.has(difference)) return false;
    if (!hasContentWord(`${difference.text} ${difference.rootText}`)) return false;
    if (difference.kind === "replaced" && stemBag(difference.text) === stemBag(difference.rootText))
      return false;
    if (writtenAlike(difference.text, difference.rootText)) return false;
    if (difference.kind === "dropped" && gluedToPrevious(rootBody, difference.rootStart))
      return false;
    if (difference.kind === "added" && gluedToPrevious(body, difference.start)) return false;
    if (
      inBrackets(body, difference.start, difference.end) ||
      inBrackets(rootBody, difference.rootStart, difference.rootEnd)
    )
      return false;
    if (nearElision(body, difference.start) || nearElision(rootBody, difference.rootStart))
      return false;
    if (
      nearPieceBoundary(variant, difference.start) ||
      nearPieceBoundary(root, difference.rootStart)
    )
      return false;
    return true;
  });
  return changes.length > 0 ? { row, variant, changes, span } : undefined;
}

function describeChange(change: WordDifference, variantOutlet: string, rootOutlet: string): string {
  if (change.kind === "added") return `${variantOutlet} adds ${quoted(change.text, 8)}`;
  if (change.kind === "dropped")
    return `${variantOutlet} leaves out ${quoted(change.rootText, 8)} that ${rootOutlet} has`;
  return `${variantOutlet} has ${quoted(change.text, 8)} where ${rootOutlet} has ${quoted(change.rootText, 8)}`;
}

/**
 * Whether a change makes the versions contradict: a word replaced by one with a negation
 * the other lacks ("will" for "won't"), a negation alone added or dropped ("not"), or a
 * number changed. Dropping a longer phrase that holds a negation ("not me, not Bill,
 * nobody") trims the statement; it does not turn it around.
 */
function isConflict(changes: readonly WordDifference[]): boolean {
  // A negation one side drops and the other adds in its place ("We will not" / "We will soon").
  const droppedNegation = changes.some(
    (change) => change.kind === "dropped" && hasNegation(change.rootText),
  );
  const addedNegation = changes.some(
    (change) => change.kind === "added" && hasNegation(change.text),
  );
  if (
    droppedNegation !== addedNegation &&
    changes.some((change) => change.kind === "added") &&
    changes.some((change) => change.kind === "dropped") &&
    changes.length === 2
  )
    return true;
  return changes.some((change) => {
    if (numbersIn(change.text) !== numbersIn(change.rootText)) return true;
    if (change.kind === "replaced")
      return hasNegation(change.text) !== hasNegation(change.rootText);
    const words = wordsOf(change.text || change.rootText);
    return words.length <= 2 && words.some((word) => NEGATIONS.has(word));
  });
}

function variantValue(variant: QuoteVariant, body: string): DiscrepancyValue {
  return {
    articleId: variant.articleId,
    value: variant.text,
    text: body.slice(variant.start, variant.end),
    start: variant.start,
    end: variant.end,
    label: variant.role,
  };
}

function checkGroup(
  group: QuoteGroup,
  story: StoryContext,
  options: QuoteRuleOptions,
): DiscrepancyDraft | undefined {
  // A statement no outlet credits to anyone is as often a title or narrative the quote
  // finder read inside quote marks as a quote: not compared.
  if (group.articleIds.length < 2 || group.speaker === undefined) return undefined;
  const root = group.variants[group.alignment.root];
  if (!root || !looksQuoted(root.text)) return undefined;
  const changed: VariantChanges[] = [];
  for (const [row, variant] of group.variants.entries()) {
    if (row === group.alignment.root || variant.articleId === root.articleId) continue;
    if (variant.role === "partial" && !options.includePartials) continue;
    if (variant.similarity < options.minSimilarity || !looksQuoted(variant.text)) continue;
    const changes = changesOf(group, row, variant, story);
    if (changes) changed.push(changes);
  }
  if (changed.length === 0) return undefined;
  const articleOf = (id: string) => story.articles.find((entry) => entry.article.id === id);
  const rootArticle = articleOf(root.articleId);
  if (!rootArticle) return undefined;
  const rootOutlet = outletName(rootArticle.article);
  const rootCells = group.alignment.rows[group.alignment.root]?.cells ?? [];
  const first = Math.min(...changed.map((entry) => entry.span.first));
  const last = Math.max(...changed.map((entry) => entry.span.last));
  // The statement as a reader knows it: a short quote whole, a long one from the first
  // word the variants share to the last (not a fragment from the middle of a short one,
  // "for the Kraft Foods family" for "This is a sad day for the Kraft Foods family").
  const shared =
    wordTokens(root.text).length <= SHORT_QUOTE_WORDS
      ? trimQuotePunctuation(root.text)
      : rootArticle.article.body.slice(
          rootCells[first]?.start ?? root.start,
          rootCells[last]?.end ?? root.end,
        );
  const member = story.cast.find((candidate) => candidate.id === group.speaker?.castId);
  const speaker = member ? castName(member) : group.speaker?.name;
  const changes = changed.flatMap((entry) => entry.changes);
  const example = changed[0];
  const exampleChange = example?.changes[0];
  const exampleArticle = example ? articleOf(example.variant.articleId) : undefined;
  const values: DiscrepancyValue[] = [variantValue(root, rootArticle.article.body)];
  for (const entry of changed) {
    const article = articleOf(entry.variant.articleId);
    if (article) values.push(variantValue(entry.variant, article.article.body));
  }
  const outlets = new Set(values.map((value) => value.articleId)).size;
  const lead = `${outlets} outlets quote ${speaker ?? "the same statement"}${speaker ? "'s statement" : ""} ${quoted(shared, 14)} in different words`;
  return {
    severity: isConflict(changes) ? "conflict" : "difference",
    rule: "quote/wording",
    subject: `${speaker ? `${speaker}: ` : ""}${quoted(shared, 14)}`,
    message:
      exampleChange && exampleArticle
        ? `${lead}: ${describeChange(exampleChange, outletName(exampleArticle.article), rootOutlet)}${changes.length > 1 ? ` (${changes.length} changes in all)` : ""}.`
        : `${lead}.`,
    values,
    quoteGroupId: group.id,
    differences: changes,
  };
}

/**
 * The quote rule: the same statement worded differently inside the quote marks, with the
 * aligned words that differ. Each statement several outlets quote (a `QuoteGroup`) is read
 * variant by variant against its fullest version: a word changed, added or dropped between
 * the words they share is a finding; a trimmed quote (words left off at either end), a
 * translation that only reorders words, an inflection or a spelling ("issue"/"issues",
 * "realised"/"realized"), an elision the outlet marks (…) and the words an attribution
 * interrupts are not. A change that adds or removes a negation or changes a number is a
 * `conflict` (both versions cannot be what was said); any other rewording a `difference`.
 *
 * Options: `includePartials` (default true) compares partial quotes too; `minSimilarity`
 * (default 0.3) skips variants the aligner grouped only loosely.
 *
 * @example
 * ```ts
 * findDiscrepancies(articles, { rules: { quote: { includePartials: false } } });
 * ```
 */
export const quoteRule: DiscrepancyRule<QuoteRuleOptions> = {
  name: "quote",
  kind: "quote",
  description:
    "The same statement worded differently inside the quote marks (never a trimmed quote or a reordering).",
  defaultOptions: Object.freeze({ enabled: true, includePartials: true, minSimilarity: 0.3 }),
  optionRanges: Object.freeze({ minSimilarity: [0, 1] as const }),
  check(story, options) {
    const found: DiscrepancyDraft[] = [];
    for (const group of story.quoteGroups) {
      const finding = checkGroup(group, story, options);
      if (finding) found.push(finding);
    }
    return found;
  },
};
