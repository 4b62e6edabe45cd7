import { ABBREVIATIONS } from "../../text/abbreviations.js";
import { isUpper } from "../../text/chars.js";
import { isCapitalizedAt, scanWords } from "../../text/tokenizeWords.js";

/** A word as the name finder reads it. */
export interface NameToken {
  /** The word as written, with the full stop of an abbreviation or initial ("Mr.", "J.", "U.S."). */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past `text` (a possessive ’s included). */
  end: number;
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** Written with a possessive ’s ("Lavrov’s"). */
  possessive: boolean;
  /** The word without its possessive ending. */
  bare: string;
  /** `bare` in lower case. */
  lower: string;
}

/** The word `text[start, end)` is one capital letter. */
function isSingleCapitalAt(text: string, start: number, end: number): boolean {
  return end - start === 1 && isUpper(text[start] ?? "");
}

/**
 * The words of a text for the name finder, from the shared word scanner: an initialism
 * ("U.S.", "U.K.") is one word, an abbreviation or an initial keeps its full stop
 * ("Mr.", "Corp.", "J."), and a possessive keeps its ’s, flagged.
 *
 * @param text - the article body
 * @returns the words in text order
 */
export function nameTokens(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  // The last token is an initial or an initialism that a next "X." right after it extends.
  let initialism = false;
  scanWords(text, 0, text.length, [], (start, end, tokenEnd) => {
    const stopAfter = text.charCodeAt(end) === 0x2e;
    const single = isSingleCapitalAt(text, start, end);
    // Not tokens[-1]: a negative index is looked up as a property name, by a generic load.
    const previous = tokens.length > 0 ? tokens[tokens.length - 1] : undefined;
    if (initialism && single && stopAfter && previous !== undefined && previous.end === start) {
      previous.text = text.slice(previous.start, end + 1);
      previous.end = end + 1;
      previous.bare = previous.text;
      previous.lower = previous.text.toLowerCase();
      return;
    }
    const possessive = tokenEnd !== end;
    const word = text.slice(start, end);
    const lower = word.toLowerCase();
    let raw = possessive ? text.slice(start, tokenEnd) : word;
    if (!possessive && stopAfter && (single || ABBREVIATIONS.has(lower))) raw += ".";
    initialism = single && stopAfter && !possessive;
    // A store at the end, not push: V8 compiles this one inline where, in this callback,
    // it calls a builtin for push (measured: 7% of the tokenizer's instructions).
    tokens[tokens.length] = {
      text: raw,
      start,
      end: start + raw.length,
      capitalised: isCapitalizedAt(text, start),
      possessive,
      bare: possessive ? word : raw,
      lower: raw === word || possessive ? lower : raw.toLowerCase(),
    };
  });
  return tokens;
}
