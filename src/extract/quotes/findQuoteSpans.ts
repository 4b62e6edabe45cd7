import { isDigit, isLower, isSpaceOrEdge, isWordChar } from "../../text/chars.js";
import type { Block } from "../../text/findBlocks.js";

/** A quoted stretch of one block, as found by the quote-mark scanner. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the first quoted character (marks and edge spaces excluded). */
  start: number;
  /** Offset one past the last quoted character. */
  end: number;
  /** Offset one past the closing mark, or the block end when the quote never closes. */
  close: number;
  /** Whether a closing mark was found in the block. */
  closed: boolean;
  /** Unclosed at the block end, and the next block opens with a mark: the quote runs on. */
  runsOn: boolean;
  /** Opened at the start of a block while the previous block's quote ran on. */
  continuesPrevious: boolean;
  /** Index of the block holding the quote. */
  block: number;
}

type Family = "double" | "single";

interface Mark {
  family: Family;
  /** Which side the mark's shape points to: `left` opens, `right` closes, `both` is straight. */
  shape: "left" | "right" | "both";
  length: number;
}

// Words written with a leading apostrophe, which is not an opening single quote.
const ELISIONS = new Set(["em", "til", "tis", "twas", "cause", "bout", "n", "round", "nuff"]);
const OPENING_CONTEXT = new Set(["(", "[", "{", "\u2014", "\u2013", "-", "/", "\u2026"]);

function markAt(text: string, index: number): Mark | undefined {
  const char = text[index];
  switch (char) {
    case '"':
      return { family: "double", shape: "both", length: 1 };
    case "'":
      if (text[index + 1] === "'") return { family: "double", shape: "both", length: 2 };
      return { family: "single", shape: "both", length: 1 };
    case "`":
      if (text[index + 1] === "`") return { family: "double", shape: "left", length: 2 };
      return undefined;
    case "\u201C": // “
    case "\u201E": // „
    case "\u201F": // ‟
    case "\u00AB": // «
      return { family: "double", shape: "left", length: 1 };
    case "\u201D": // ”
    case "\u00BB": // »
      return { family: "double", shape: "right", length: 1 };
    case "\u2018": // ‘
    case "\u201A": // ‚
    case "\u2039": // ‹
      return { family: "single", shape: "left", length: 1 };
    case "\u2019": // ’
    case "\u203A": // ›
      return { family: "single", shape: "right", length: 1 };
    default:
      return undefined;
  }
}

function opensAfter(char: string | undefined): boolean {
  return isSpaceOrEdge(char) || (char !== undefined && OPENING_CONTEXT.has(char));
}

/** A leading apostrophe of an elided word: ’90s, ’n’, ’em. */
function isElision(text: string, after: number): boolean {
  if (isDigit(text[after]) && isDigit(text[after + 1]) && !isDigit(text[after + 2])) return true;
  let end = after;
  while (end < text.length && end - after < 6 && isWordChar(text[end])) end++;
  return ELISIONS.has(text.slice(after, end).toLowerCase());
}

/**
 * Whether a double mark right after a digit is an inch mark (a 6'2" player, a 12" pipe)
 * rather than the end of a quote that happens to end in a number ("in 2016").
 */
function isInchMark(
  text: string,
  index: number,
  length: number,
  openContentStart: number,
  blockEnd: number,
): boolean {
  if (!isDigit(text[index - 1])) return false;
  if (openContentStart < 0) return true;
  let digitsStart = index - 1;
  while (digitsStart > openContentStart && isDigit(text[digitsStart - 1])) digitsStart--;
  if (text[digitsStart - 1] === "'" && isDigit(text[digitsStart - 2])) return true;
  let next = index + length;
  if (text[next] === "-") return true;
  while (next < blockEnd && text[next] === " ") next++;
  if (!isLower(text[next])) return false;
  const soFar = text.slice(openContentStart, index);
  return (
    soFar.includes(" ") &&
    text.indexOf('"', index + length) !== -1 &&
    text.indexOf('"', index + length) < blockEnd
  );
}

/** Offset of the last mark in the block that can close a single quote (-1 if none). */
function lastSingleCloserIn(text: string, block: Block): number {
  for (let index = block.end - 1; index > block.start; index--) {
    const char = text[index];
    if (
      (char === "\u2019" || char === "'") &&
      !isSpaceOrEdge(text[index - 1]) &&
      !isWordChar(text[index + 1])
    ) {
      return index;
    }
  }
  return -1;
}

interface OpenQuote {
  family: Family;
  open: number;
  contentStart: number;
}

function trimmedSpan(
  text: string,
  open: number,
  contentStart: number,
  contentEnd: number,
  close: number,
  closed: boolean,
  block: number,
): QuoteSpan | undefined {
  let start = contentStart;
  let end = contentEnd;
  while (start < end && isSpaceOrEdge(text[start])) start++;
  while (end > start && isSpaceOrEdge(text[end - 1])) end--;
  let hasWord = false;
  for (let index = start; index < end && !hasWord; index++) hasWord = isWordChar(text[index]);
  if (!hasWord) return undefined;
  return { open, start, end, close, closed, runsOn: false, continuesPrevious: false, block };
}

/**
 * Scans one block once (twice when a single quote never closes: the second pass reads
 * single marks as apostrophes), so the cost stays linear in the block's length.
 */
function scanBlock(text: string, block: Block, blockIndex: number, singlesAllowed: boolean) {
  const spans: QuoteSpan[] = [];
  let current: OpenQuote | undefined;
  const lastSingleCloser = lastSingleCloserIn(text, block);
  let index = block.start;
  while (index < block.end) {
    const mark = markAt(text, index);
    if (mark === undefined) {
      index++;
      continue;
    }
    const before = text[index - 1];
    const after = text[index + mark.length];
    const between = isWordChar(before) && isWordChar(after);
    if (current === undefined) {
      if (mark.family === "single" && (!singlesAllowed || between)) {
        index += mark.length;
        continue;
      }
      let opens = false;
      if (mark.shape === "left") opens = !isSpaceOrEdge(after) && !isWordChar(before);
      else if (mark.shape === "right")
        opens = opensAfter(before) && isWordChar(after) && mark.family === "double";
      else opens = opensAfter(before) && !isSpaceOrEdge(after);
      if (opens && mark.family === "single" && isElision(text, index + mark.length)) opens = false;
      if (opens && mark.family === "double" && isDigit(before)) opens = false;
      if (opens) {
        current = { family: mark.family, open: index, contentStart: index + mark.length };
      }
      index += mark.length;
      continue;
    }
    if (mark.family !== current.family || between) {
      index += mark.length;
      continue;
    }
    if (
      mark.family === "double" &&
      mark.shape !== "right" &&
      isInchMark(text, index, mark.length, current.contentStart, block.end)
    ) {
      index += mark.length;
      continue;
    }
    // An opening-shaped mark after a space while a quote is open: the writer forgot to
    // close the previous quote, so end it here and start the new one.
    const looksOpening =
      mark.shape !== "right" &&
      isSpaceOrEdge(before) &&
      !isSpaceOrEdge(after) &&
      mark.family === "double";
    if (looksOpening) {
      const span = trimmedSpan(
        text,
        current.open,
        current.contentStart,
        index,
        index,
        false,
        blockIndex,
      );
      if (span !== undefined) spans.push(span);
      current = { family: mark.family, open: index, contentStart: index + mark.length };
      index += mark.length;
      continue;
    }
    if (mark.family === "single" && (isSpaceOrEdge(before) || isWordChar(after))) {
      index += mark.length;
      continue;
    }
    // rock ’n’ roll inside a single quote: the second apostrophe of ’n’ closes nothing.
    if (
      mark.family === "single" &&
      (before === "n" || before === "N") &&
      (text[index - 2] === "'" || text[index - 2] === "\u2019" || text[index - 2] === "\u2018")
    ) {
      index += mark.length;
      continue;
    }
    // ‘The players’ union will decide,’ he said: a plural possessive before a lower-case
    // word is an apostrophe while a later closing mark is still to come.
    if (
      mark.family === "single" &&
      (before === "s" || before === "S") &&
      after === " " &&
      isLower(text[index + 2]) &&
      index < lastSingleCloser
    ) {
      index += mark.length;
      continue;
    }
    if (mark.shape === "left" && isSpaceOrEdge(after) && isSpaceOrEdge(before)) {
      index += mark.length;
      continue;
    }
    const span = trimmedSpan(
      text,
      current.open,
      current.contentStart,
      index,
      index + mark.length,
      true,
      blockIndex,
    );
    if (span !== undefined) spans.push(span);
    current = undefined;
    index += mark.length;
  }
  return { spans, unclosed: current };
}

/**
 * Finds the quoted stretches of each block: curly and straight double quotes, single
 * quotes, «», „“, ‚‘ and the ``…'' pairs of older newswire. Apostrophes inside words and
 * elisions (’90s, rock ’n’ roll) are not marks, nor are inch marks after digits. A
 * quote left open at a block end either runs on (the next block opens with a mark, as
 * multi-paragraph quotes are printed) or is closed at the block end; an unclosed single
 * quote is read as an apostrophe instead.
 */
export function findQuoteSpans(text: string, blocks: Block[]): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let previousRanOn = false;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block === undefined) continue;
    let result = scanBlock(text, block, blockIndex, true);
    if (result.unclosed?.family === "single") result = scanBlock(text, block, blockIndex, false);
    const blockSpans = result.spans;
    const unclosed = result.unclosed;
    let ranOn = false;
    if (unclosed !== undefined) {
      const span = trimmedSpan(
        text,
        unclosed.open,
        unclosed.contentStart,
        block.end,
        block.end,
        false,
        blockIndex,
      );
      if (span !== undefined) {
        const next = blocks[blockIndex + 1];
        const nextMark = next === undefined ? undefined : markAt(text, next.start);
        if (
          nextMark !== undefined &&
          nextMark.family === unclosed.family &&
          nextMark.shape !== "right"
        ) {
          span.runsOn = true;
          ranOn = true;
        }
        blockSpans.push(span);
      }
    }
    const first = blockSpans[0];
    if (previousRanOn && first !== undefined && first.open === block.start)
      first.continuesPrevious = true;
    previousRanOn = ranOn;
    for (const span of blockSpans) spans.push(span);
  }
  return spans;
}
