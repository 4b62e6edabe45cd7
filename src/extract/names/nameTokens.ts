import { ABBREVIATIONS } from "../../text/abbreviations.js";
import { isUpper } from "../../text/chars.js";
import { tokenizeWords } from "../../text/tokenizeWords.js";

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

function isSingleCapital(text: string): boolean {
  return text.length === 1 && isUpper(text);
}

/**
 * The words of a text for the name finder, from the shared tokenizer: an initialism
 * ("U.S.", "U.K.") is one word, an abbreviation or an initial keeps its full stop
 * ("Mr.", "Corp.", "J."), and a possessive keeps its ’s, flagged.
 *
 * @param text - the article body
 * @returns the words in text order
 */
export function nameTokens(text: string): NameToken[] {
  const words = tokenizeWords(text, 0, text.length);
  const tokens: NameToken[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word === undefined) continue;
    let last = index;
    let end = word.tokenEnd;
    const stopAfter = text.charCodeAt(word.end) === 0x2e;
    // An initialism: single capitals each followed by a full stop, with nothing between.
    if (stopAfter && isSingleCapital(word.text)) {
      while (
        isSingleCapital(words[last + 1]?.text ?? "") &&
        words[last + 1]?.start === (words[last]?.end ?? 0) + 1 &&
        text[words[last + 1]?.end ?? 0] === "."
      ) {
        last++;
      }
      if (last > index) end = (words[last]?.end ?? end) + 1;
    }
    const lastWord = words[last] ?? word;
    const rawEnd = last > index ? end : lastWord.tokenEnd;
    // Most words are the token as the tokenizer cut it: no need to cut it again.
    let raw = rawEnd === word.end ? word.text : text.slice(word.start, rawEnd);
    const possessive = last === index && word.possessive;
    if (
      last === index &&
      !possessive &&
      stopAfter &&
      (ABBREVIATIONS.has(word.lower) || isSingleCapital(word.text))
    ) {
      raw += ".";
    }
    const bare = possessive ? word.text : raw;
    tokens.push({
      text: raw,
      start: word.start,
      end: word.start + raw.length,
      capitalised: word.capitalized,
      possessive,
      bare,
      lower: bare === word.text ? word.lower : bare.toLowerCase(),
    });
    index = last;
  }
  return tokens;
}
