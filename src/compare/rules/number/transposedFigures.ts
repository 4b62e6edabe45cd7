import { foldPlural } from "../../../text/foldPlural.js";
import type { NumberMention } from "../../../types.js";
import { contextStems, sharedStems } from "../../contextStems.js";
import type { StoryArticle } from "../../storyContext.js";

/**
 * A figure one outlet prints, read for the misprint test: its digits in order, with what
 * makes two figures comparable at all (kind, unit, where the decimal point falls, the scale).
 */
export interface PrintedFigure {
  /** The article. */
  entry: StoryArticle;
  /** The number as the fact extractor read it. */
  mention: NumberMention;
  /** The digits as printed, separators and decimal point left out: "34,218" is "34218". */
  digits: string;
  /** Figures that can only be misprints of each other share this key: kind, unit, shape, scale and the digits sorted. */
  key: string;
  /** A whole figure of two digits, which needs more than the swap to be a misprint. */
  short: boolean;
}

// The digits of a printed figure: "34,218", "1.48", "31.4", "4,200".
const PRINTED = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/u;

// Whole figures of two digits swap by chance ("12" and "21" are both everyday counts): they
// are read as one misprinted only when they count the same noun and more outlets agree on
// one of them than print the other ("24 crew" twice, "42 crew" once). From three digits,
// and for a decimal ("$7.2 million" / "$2.7 million"), the swap itself is the evidence.
const MIN_DIGITS = 2;
const SPECIFIC_DIGITS = 3;

// Versions of one set of digits a story may print before they stop looking like slips.
const MAX_VERSIONS = 4;

// Figures of one version read for a pair: an outlet's first mentions.
const MAX_FIGURES_PER_VERSION = 12;

const KINDS: ReadonlySet<string> = new Set(["cardinal", "money", "percent", "measure"]);

/**
 * Reads the figures of an article that a slip of the keyboard can turn into each other:
 * counts, sums, percentages and measures of three digits or more (years, phone numbers,
 * ordinals and scores are other things).
 */
export function readFigures(entry: StoryArticle): PrintedFigure[] {
  const figures: PrintedFigure[] = [];
  for (const mention of entry.facts.numbers) {
    if (!KINDS.has(mention.kind)) continue;
    const printed = PRINTED.exec(mention.text);
    if (!printed) continue;
    const number = printed[0].replaceAll(",", "");
    const digits = number.replace(".", "");
    const point = number.indexOf(".");
    if (digits.length < MIN_DIGITS) continue;
    // "$1.48bn" is 1.48 scaled by a billion: two figures compare only at one scale.
    const scale = Math.round(
      Math.log10(Math.abs(mention.value) || 1) - Math.log10(Number(number) || 1),
    );
    const sorted = [...digits].sort().join("");
    const key = [mention.kind, mention.unit ?? "", point, scale, sorted].join("\u0000");
    const short = point < 0 && digits.length < SPECIFIC_DIGITS;
    figures.push({ entry, mention, digits, key, short });
  }
  return figures;
}

/** Whether two digit strings of one length differ by exactly one swap of two digits. */
export function isTransposition(left: string, right: string): boolean {
  if (left.length !== right.length || left === right) return false;
  const differ: number[] = [];
  for (let index = 0; index < left.length; index++) {
    if (left[index] !== right[index]) {
      differ.push(index);
      if (differ.length > 2) return false;
    }
  }
  const [first, second] = differ;
  return (
    first !== undefined &&
    second !== undefined &&
    left[first] === right[second] &&
    left[second] === right[first]
  );
}

/** Two figures that are one misprinted as the other. */
export interface Transposition {
  /** One outlet's figure. */
  left: PrintedFigure;
  /** The other outlet's figure, said of the same thing. */
  right: PrintedFigure;
  /** Every printing of either figure in the story, in article order. */
  printings: PrintedFigure[];
}

/**
 * Content words around a figure, stemmed, with its counted noun: read only for the few
 * figures whose digits another outlet prints swapped, not for every figure of a story.
 */
function contextOf(figure: PrintedFigure): Set<string> {
  let context = contexts.get(figure);
  if (context === undefined) {
    const { entry, mention } = figure;
    context = contextStems(entry.article, mention.start, mention.end);
    if (mention.counts) for (const word of mention.counts.split(" ")) context.add(foldPlural(word));
    contexts.set(figure, context);
  }
  return context;
}

// Each figure's context, read once however many figures it is set against.
const contexts = new WeakMap<PrintedFigure, Set<string>>();

function sameHead(left: PrintedFigure, right: PrintedFigure): boolean {
  const leftHead = left.mention.counts?.split(" ").pop();
  const rightHead = right.mention.counts?.split(" ").pop();
  return (
    leftHead !== undefined &&
    rightHead !== undefined &&
    foldPlural(leftHead) === foldPlural(rightHead)
  );
}

function sameThing(left: PrintedFigure, right: PrintedFigure): boolean {
  if (left.short || right.short) return sameHead(left, right);
  return sameHead(left, right) || sharedStems(contextOf(left), contextOf(right)) >= 1;
}

/**
 * Pairs of figures from different outlets that are the same digits with two of them
 * swapped ("34,218" / "32,418", "$1.48bn" / "$1.84bn", "31.4%" / "34.1%"), said of the same
 * thing (the same counted noun, or a content word beside both),
 * where no outlet of the story prints both: one outlet's slip of the keyboard. Figures are
 * bucketed by their sorted digits, so the search is linear in the story's figures.
 */
export function findTranspositions(articles: readonly StoryArticle[]): Transposition[] {
  const buckets = new Map<string, PrintedFigure[]>();
  for (const entry of articles) {
    for (const figure of readFigures(entry)) {
      const bucket = buckets.get(figure.key) ?? [];
      bucket.push(figure);
      buckets.set(figure.key, bucket);
    }
  }
  const found: Transposition[] = [];
  for (const bucket of buckets.values()) {
    const byDigits = new Map<string, PrintedFigure[]>();
    for (const figure of bucket) {
      const same = byDigits.get(figure.digits) ?? [];
      same.push(figure);
      byDigits.set(figure.digits, same);
    }
    // A story printing one set of digits in many orders is listing figures, not misprinting one.
    if (byDigits.size < 2 || byDigits.size > MAX_VERSIONS) continue;
    const printers = (digits: string) =>
      new Set((byDigits.get(digits) ?? []).map((figure) => figure.entry));
    const versions = [...byDigits.keys()];
    for (const [index, leftDigits] of versions.entries()) {
      for (const rightDigits of versions.slice(index + 1)) {
        if (!isTransposition(leftDigits, rightDigits)) continue;
        const leftOutlets = printers(leftDigits);
        // An outlet printing both figures shows they are two things.
        if ([...printers(rightDigits)].some((entry) => leftOutlets.has(entry))) continue;
        const lefts = byDigits.get(leftDigits) ?? [];
        const rights = byDigits.get(rightDigits) ?? [];
        // Two-digit figures: one outlet's against the figure two or more others agree on.
        if (lefts[0]?.short) {
          const counts = [leftOutlets.size, printers(rightDigits).size].sort((a, b) => a - b);
          if (counts[0] !== 1 || (counts[1] ?? 0) < 2) continue;
        }
        const pair = closestPair(lefts, rights);
        if (pair) found.push({ ...pair, printings: [...lefts, ...rights] });
      }
    }
  }
  return found;
}

function closestPair(
  lefts: readonly PrintedFigure[],
  rights: readonly PrintedFigure[],
): { left: PrintedFigure; right: PrintedFigure } | undefined {
  for (const left of lefts.slice(0, MAX_FIGURES_PER_VERSION)) {
    for (const right of rights.slice(0, MAX_FIGURES_PER_VERSION))
      if (sameThing(left, right)) return { left, right };
  }
  return undefined;
}
