import { GRAMMAR_WORDS } from "../../text/functionWords.js";
import { NUMBER_WORDS } from "../../text/numberWords.js";
import { stemWord } from "../../text/stemWord.js";
import { lowerWords } from "../../text/words.js";
import type {
  AlignmentCell,
  DiscrepancyValue,
  QuoteGroup,
  QuoteVariant,
  WordDifference,
} from "../../types.js";
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
  return stemWord(left.text) === stemWord(right.text);
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
  const changes = group.alignment.differences.filter((difference) => {
    if (difference.articleId !== variant.articleId || !quoteIds.has(difference.quoteId))
      return false;
    if (difference.kind === "moved") return false;
    if (difference.rootStart < low || difference.rootEnd > high) return false;
    if (!hasContentWord(`${difference.text} ${difference.rootText}`)) return false;
    if (difference.kind === "replaced" && stemBag(difference.text) === stemBag(difference.rootText))
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

function isConflict(changes: readonly WordDifference[]): boolean {
  return changes.some(
    (change) =>
      hasNegation(change.text) !== hasNegation(change.rootText) ||
      numbersIn(change.text) !== numbersIn(change.rootText),
  );
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
  if (group.articleIds.length < 2) return undefined;
  const root = group.variants[group.alignment.root];
  if (!root) return undefined;
  const changed: VariantChanges[] = [];
  for (const [row, variant] of group.variants.entries()) {
    if (row === group.alignment.root || variant.articleId === root.articleId) continue;
    if (variant.role === "partial" && !options.includePartials) continue;
    if (variant.similarity < options.minSimilarity) continue;
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
  const shared = rootArticle.article.body.slice(
    rootCells[first]?.start ?? root.start,
    rootCells[last]?.end ?? root.end,
  );
  const speaker = group.speaker?.name;
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
    subject: `${speaker ? `${speaker}: ` : ""}${quoted(shared, 10)}`,
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
