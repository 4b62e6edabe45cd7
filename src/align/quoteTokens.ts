import { foldNameWord } from "../text/foldName.js";
import { GRAMMAR_WORDS } from "../text/functionWords.js";
import { withoutMarks } from "../text/normalize.js";
import { PLAIN_SAYING_VERBS } from "../text/speechWords.js";
import { stemWord } from "../text/stemWord.js";
import { wordTokens } from "../text/words.js";

/** A word of a quote, with what alignment compares it by. */
export interface QuoteToken {
  /** The word as printed, with a clitic glued on ("won’t", "Russia’s"). */
  text: string;
  /** Offset of the first character in the body. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** The light stem ("issues" → "issu"); "not" for a negative contraction. */
  stem: string;
  /** The folded name word for a capitalised word ("Zelenskyy" → "zelenski"), else "". */
  nameKey: string;
  /** A function word ("the", "of") or a verb of saying ("said"), which weighs little. */
  functional: boolean;
  /** How much the word counts, set per story by {@link weighTokens}. */
  weight: number;
}

/** Stems and folded names already computed for a story's words. */
export interface WordCache {
  /** Lower-cased word to stem. */
  stems: Map<string, string>;
  /** Capitalised word to folded name word. */
  nameKeys: Map<string, string>;
}

const APOSTROPHES = new Set(["'", "\u2019", "\u02BC"]);
// Clitics after an apostrophe: "n't" negates; the others are glued to their word and
// compared by it ("Russia’s" as "Russia", "we’ve" as "we").
const CLITICS = new Set(["t", "s", "ve", "ll", "re", "d", "m"]);

const UPPER_START = /^\p{Lu}/u;

/**
 * Words that say little about which statement a quote is: grammar, and "said" or "told"
 * (“…, Jeffs was heard saying” left inside a quote by its outlet's punctuation).
 */
function isLight(word: string, stem: string): boolean {
  if (stem === "not") return false;
  return GRAMMAR_WORDS.has(word) || PLAIN_SAYING_VERBS.has(word);
}

function makeToken(
  text: string,
  start: number,
  end: number,
  stem: string,
  cache: WordCache,
  word = text.toLowerCase(),
): QuoteToken {
  let nameKey = "";
  if (UPPER_START.test(text)) {
    nameKey = cache.nameKeys.get(text) ?? foldNameWord(text);
    cache.nameKeys.set(text, nameKey);
  }
  return {
    text,
    start,
    end,
    stem,
    nameKey,
    functional: isLight(word, stem),
    weight: 1,
  };
}

/**
 * The words of `body.slice(start, end)` as alignment tokens: offsets into the body,
 * stems, name keys. "cannot" is read as "can" + "not" and "won’t" as "not", so that
 * "cannot agree" and "won’t agree" share their negation. `cache` keeps stems and folded
 * names across the quotes of a story.
 */
export function quoteTokens(
  body: string,
  start: number,
  end: number,
  cache: WordCache = { stems: new Map(), nameKeys: new Map() },
): QuoteToken[] {
  const stemOf = (lower: string) => {
    let stem = cache.stems.get(lower);
    if (stem === undefined) {
      // "kōwhai" and "kowhai", "café" and "cafe": a word with its marks dropped is the same word.
      stem = stemWord(withoutMarks(lower));
      cache.stems.set(lower, stem);
    }
    return stem;
  };
  const words = wordTokens(body.slice(start, end));
  const tokens: QuoteToken[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index];
    if (word === undefined) continue;
    const wordStart = start + word.start;
    let wordEnd = start + word.end;
    const next = words[index + 1];
    const lower = word.text.toLowerCase();
    if (
      next !== undefined &&
      next.start === word.end + 1 &&
      APOSTROPHES.has(body[wordEnd] ?? "") &&
      CLITICS.has(next.text.toLowerCase())
    ) {
      wordEnd = start + next.end;
      index++;
      const negative = next.text.toLowerCase() === "t";
      const stem = negative ? "not" : stemOf(lower);
      tokens.push(
        makeToken(body.slice(wordStart, wordEnd), wordStart, wordEnd, stem, cache, lower),
      );
      continue;
    }
    if (lower === "cannot") {
      const split = wordStart + 3;
      tokens.push(makeToken(body.slice(wordStart, split), wordStart, split, "can", cache));
      tokens.push(makeToken(body.slice(split, wordEnd), split, wordEnd, "not", cache));
      continue;
    }
    tokens.push(makeToken(word.text, wordStart, wordEnd, stemOf(lower), cache));
  }
  return tokens;
}
