/** A word of the text with its UTF-16 offsets. */
export interface WordToken {
  /** The word as written. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// Runs of Unicode letters, marks and digits: the word definition of DESIGN.md's scoring.
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/** Splits text into runs of Unicode letters and digits, with offsets. */
export function wordTokens(text: string): WordToken[] {
  const tokens: WordToken[] = [];
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    tokens.push({ text: match[0], start, end: start + match[0].length });
  }
  return tokens;
}

/** The lower-cased words of a text, as DESIGN.md's scoring defines them. */
export function lowerWords(text: string): string[] {
  return text.toLowerCase().match(WORD) ?? [];
}
