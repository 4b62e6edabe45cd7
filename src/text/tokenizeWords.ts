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

// Hyphens and apostrophes that join two parts of one word, as UTF-16 codes.
const JOINER_CODES = new Set([0x2d, 0x2019, 0x27, 0x2010, 0x2011]);

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
 * The words of `text[start, end)` that lie outside the skipped spans (quotes, sorted by
 * offset); the one word tokenizer of the name finder and the quote stage.
 * Hyphens and apostrophes inside a word keep it whole (Kosiniak-Kamysz, O’Malley);
 * a possessive ’s is split off and flagged.
 */
export function tokenizeWords(
  text: string,
  start: number,
  end: number,
  spans: readonly SkippedSpan[] = [],
): WordToken[] {
  const tokens: WordToken[] = [];
  let spanIndex = 0;
  while (spanIndex < spans.length && (spans[spanIndex]?.close ?? 0) <= start) spanIndex++;
  let index = start;
  while (index < end) {
    const span = spans[spanIndex];
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
        JOINER_CODES.has(text.charCodeAt(index)) &&
        isWordAt(text, index + 1)
      )
        index += 2;
      else break;
    }
    let wordEnd = index;
    let possessive = false;
    const last = text.charCodeAt(wordEnd - 1);
    const apostrophe = text.charCodeAt(wordEnd - 2);
    // "s" or "S" after "’" or "'".
    if (
      (last === 0x73 || last === 0x53) &&
      (apostrophe === 0x2019 || apostrophe === 0x27) &&
      wordEnd - 2 > wordStart
    ) {
      wordEnd -= 2;
      possessive = true;
    }
    const word = text.slice(wordStart, wordEnd);
    const first = text.charCodeAt(wordStart);
    tokens.push({
      text: word,
      lower: word.toLowerCase(),
      start: wordStart,
      end: wordEnd,
      tokenEnd: index,
      capitalized: first < 128 ? first >= 65 && first <= 90 : isUpper(word[0]),
      possessive,
    });
  }
  return tokens;
}
