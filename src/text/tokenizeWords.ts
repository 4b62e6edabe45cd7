import { isUpper, isWordCodeAt } from "./chars.js";

/** A stretch of text the tokenizer passes over (a quote, from its opening to its closing mark). */
export interface SkippedSpan {
  /** Offset of the first character skipped. */
  open: number;
  /** Offset one past the last character skipped. */
  close: number;
}

/** A word outside quotes, with what the speaker rules need to know about it. */
export interface WordToken {
  /** The word as written, without a possessive ’s. */
  text: string;
  /** `text` in lower case. */
  lower: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the word (before any possessive ’s). */
  end: number;
  /** Offset one past the token including a possessive ’s. */
  tokenEnd: number;
  /** Starts with a capital letter. */
  capitalized: boolean;
  /** Written with a possessive ’s (Lavrov’s). */
  possessive: boolean;
}

/**
 * Whether a UTF-16 code is a hyphen or an apostrophe that joins two parts of one word
 * ("Kosiniak-Kamysz", "O’Malley"): the only characters besides letters and digits a
 * scanned word holds.
 */
export function isJoinerCode(code: number): boolean {
  return code === 0x2d || code === 0x2019 || code === 0x27 || code === 0x2010 || code === 0x2011;
}

/**
 * {@link isWordCodeAt} with the ASCII test inline: the tokenizer looks at every character
 * of every article, and most are ASCII.
 */
function isWordAt(text: string, index: number): boolean {
  const code = text.charCodeAt(index);
  if (code < 128)
    return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return isWordCodeAt(text, index);
}

/**
 * Called by {@link scanWords} for each word: its start, its end before any possessive ’s,
 * and its end with it.
 */
export type WordVisitor = (start: number, end: number, tokenEnd: number) => void;

/**
 * Walks the words of `text[start, end)` that lie outside the skipped spans (quotes, sorted
 * by offset), without building anything: the one word scanner of the library, under
 * {@link tokenizeWords} and the name finder's tokens. Hyphens and apostrophes inside a
 * word keep it whole (Kosiniak-Kamysz, O’Malley); a possessive ’s is split off (the
 * visitor sees `end < tokenEnd`).
 */
export function scanWords(
  text: string,
  start: number,
  end: number,
  spans: readonly SkippedSpan[],
  visit: WordVisitor,
): void {
  let spanIndex = 0;
  while (spanIndex < spans.length && (spans[spanIndex]?.close ?? 0) <= start) spanIndex++;
  let index = start;
  while (index < end) {
    // Never read past the end of the list: that makes the load generic, a builtin call at
    // every step of the scan.
    const span = spanIndex < spans.length ? spans[spanIndex] : undefined;
    if (span !== undefined && index >= span.open) {
      index = Math.max(index, span.close);
      spanIndex++;
      continue;
    }
    if (!isWordAt(text, index)) {
      index++;
      continue;
    }
    const wordStart = index;
    const limit = span !== undefined ? Math.min(end, span.open) : end;
    while (index < limit) {
      if (isWordAt(text, index)) index++;
      else if (
        index + 1 < limit &&
        isJoinerCode(text.charCodeAt(index)) &&
        isWordAt(text, index + 1)
      )
        index += 2;
      else break;
    }
    let wordEnd = index;
    const last = text.charCodeAt(wordEnd - 1);
    const apostrophe = text.charCodeAt(wordEnd - 2);
    // "s" or "S" after "’" or "'".
    if (
      (last === 0x73 || last === 0x53) &&
      (apostrophe === 0x2019 || apostrophe === 0x27) &&
      wordEnd - 2 > wordStart
    )
      wordEnd -= 2;
    visit(wordStart, wordEnd, index);
  }
}

/** Whether the word at `start` opens with a capital letter. */
export function isCapitalizedAt(text: string, start: number): boolean {
  const first = text.charCodeAt(start);
  return first < 128 ? first >= 65 && first <= 90 : isUpper(text[start] ?? "");
}

/**
 * The words of `text[start, end)` that lie outside the skipped spans (quotes, sorted by
 * offset), as tokens: the word tokenizer of the quote stage (see {@link scanWords}).
 */
export function tokenizeWords(
  text: string,
  start: number,
  end: number,
  spans: readonly SkippedSpan[] = [],
): WordToken[] {
  const tokens: WordToken[] = [];
  scanWords(text, start, end, spans, (wordStart, wordEnd, tokenEnd) => {
    const word = text.slice(wordStart, wordEnd);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: wordStart,
      end: wordEnd,
      tokenEnd,
      capitalized: isCapitalizedAt(text, wordStart),
      possessive: tokenEnd !== wordEnd,
    });
  });
  return tokens;
}
