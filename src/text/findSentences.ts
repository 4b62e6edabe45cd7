import { ABBREVIATIONS } from "./abbreviations.js";
import { isDigit, isSpaceOrEdge, isUpper, isWordChar } from "./chars.js";
import type { Block } from "./findBlocks.js";

/** A quoted stretch inside a block, whose inner punctuation does not end a sentence. */
export interface QuotedSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the first quoted character. */
  start: number;
  /** Offset one past the last quoted character. */
  end: number;
  /** Offset one past the closing mark. */
  close: number;
  /** Whether the quote closes inside the block. */
  closed: boolean;
}

/** A sentence of a block, as offsets into the body. */
export interface Sentence {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** Index of the block holding the sentence. */
  block: number;
}

const CLOSERS = new Set(['"', "'", "\u201D", "\u2019", "\u00BB", "\u203A", ")", "]"]);
const OPENERS = new Set([
  '"',
  "'",
  "\u201C",
  "\u2018",
  "\u201E",
  "\u00AB",
  "`",
  "(",
  "[",
  "\u2014",
  "\u2013",
]);

function isAbbreviation(text: string, period: number): boolean {
  let wordStart = period;
  while (wordStart > 0 && isWordChar(text[wordStart - 1])) wordStart--;
  const word = text.slice(wordStart, period);
  if (word.length === 1 && isUpper(word)) return true;
  // U.S., a.m.: a one-letter word right after another period.
  if (word.length === 1 && text[wordStart - 1] === ".") return true;
  return ABBREVIATIONS.has(word.toLowerCase());
}

/**
 * Splits a block into sentences. Punctuation inside a quote does not end the sentence
 * around it, except that a quote ending in `.`, `!` or `?` followed by a capital ends
 * its sentence (“The bridge is closed.” Next sentence).
 */
export function findSentences(
  text: string,
  block: Block,
  blockIndex: number,
  spans: readonly QuotedSpan[] = [],
): Sentence[] {
  const sentences: Sentence[] = [];
  let sentenceStart = block.start;
  let spanIndex = 0;
  let index = block.start;
  while (index < block.end) {
    const span = spans[spanIndex];
    if (span !== undefined && index >= span.close) {
      spanIndex++;
      continue;
    }
    let boundaryAfter = -1;
    if (span !== undefined && index >= span.open) {
      // Inside a quote: only its end can end the sentence.
      let last = span.end - 1;
      while (last > span.start && CLOSERS.has(text[last] ?? "")) last--;
      const char = text[last];
      if (span.closed && (char === "." || char === "!" || char === "?")) boundaryAfter = span.close;
      index = span.close;
      spanIndex++;
    } else {
      const char = text[index];
      if ((char === "." && !isAbbreviation(text, index)) || char === "!" || char === "?") {
        let after = index + 1;
        while (
          after < block.end &&
          CLOSERS.has(text[after] ?? "") &&
          !(span !== undefined && after >= span.open)
        )
          after++;
        boundaryAfter = after;
      }
      index++;
    }
    if (boundaryAfter < 0) continue;
    let next = boundaryAfter;
    if (!isSpaceOrEdge(text[next]) && next < block.end) continue;
    while (next < block.end && isSpaceOrEdge(text[next])) next++;
    const nextChar = text[next];
    if (
      next < block.end &&
      !isUpper(nextChar) &&
      !isDigit(nextChar) &&
      !OPENERS.has(nextChar ?? "")
    )
      continue;
    sentences.push({ start: sentenceStart, end: boundaryAfter, block: blockIndex });
    sentenceStart = next;
    index = Math.max(index, next);
  }
  if (sentenceStart < block.end)
    sentences.push({ start: sentenceStart, end: block.end, block: blockIndex });
  return sentences;
}
