import { STATE_WORDS } from "../text/countWords.js";

/**
 * What a number counts: the noun phrase after it ("23 Somali pirates", "three rounds of
 * bilateral talks") and its comparable head (`pirates`, `rounds of talks`), so that two
 * outlets' counts of one thing meet even when one adds a nationality or an abbreviation.
 */

/** The noun phrase after a number, as written and as a comparable head. */
export interface CountedPhrase {
  /** The phrase as written, from its first to its last word. */
  text: string;
  /** Offset of the phrase's first character in the body. */
  start: number;
  /** The comparable head: lower-case, see `NumberMention.counts`. */
  head: string;
}

// Words that end the counted noun phrase.
const COUNT_STOP = new Set(
  (
    "the a an and or but in on at to for with by from that which who said says was were is " +
    "are have has had will would be been than as per since after before ago earlier later " +
    "each it they he she we this these those into over under about up out last next more " +
    "less if when while not so aboard ashore abroad overboard onboard apiece altogether combined"
  ).split(" "),
);
// A word, or an initialism such as "U.S." ("38,000 U.S. troops").
const COUNT_WORD = /^(?:(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}'’-]*)/u;
// "(POW)", "(IDPs)": an abbreviation in brackets restates the words before it.
const BRACKETED_ABBREVIATION = /^ \(\p{Lu}[\p{Lu}\p{N}.&-]{0,9}s?\)/u;
const MAX_COUNT_WORDS = 5;
// Longest word read from one position (bounds the slice each step looks at).
const MAX_WORD_CHARS = 40;
const PLURAL_NOUN = /[^s]s$/u;
const IRREGULAR_PLURALS = new Set([
  "people",
  "children",
  "men",
  "women",
  "police",
  "staff",
  "personnel",
  "troops",
  "civilians",
  "sheep",
  "aircraft",
]);
// "X of Y" compounds that name one thing; they stay whole in the head, and before another
// noun they are a modifier like any other ("prisoners of war exchanges" count exchanges).
const OF_COMPOUNDS = new Set([
  "prisoners of war",
  "prisoner of war",
  "weapons of mass destruction",
  "members of parliament",
  "member of parliament",
  "heads of state",
  "head of state",
  "heads of government",
  "chiefs of staff",
  "chief of staff",
  "rules of engagement",
]);
const LONGEST_COMPOUND_WORDS = 4;
interface PhraseWord {
  text: string;
  start: number;
  end: number;
}

// The lower-case word after a space at an offset, or "" when none starts there.
function nextWord(body: string, offset: number): string {
  if (body[offset] !== " ") return "";
  return (
    COUNT_WORD.exec(body.slice(offset + 1, offset + 1 + MAX_WORD_CHARS))?.[0].toLowerCase() ?? ""
  );
}

// The words of the noun phrase after a number: "rounds of bilateral talks", "Somali pirates".
function phraseWords(body: string, from: number): PhraseWord[] {
  const words: PhraseWord[] = [];
  let position = from;
  let lowerCaseSeen = false;
  while (words.length < MAX_COUNT_WORDS) {
    const bracketed = BRACKETED_ABBREVIATION.exec(body.slice(position, position + 14));
    if (bracketed && words.length > 0) {
      position += bracketed[0].length;
      continue;
    }
    if (body[position] !== " ") break;
    const match = COUNT_WORD.exec(body.slice(position + 1, position + 1 + MAX_WORD_CHARS));
    if (!match) break;
    const word = match[0];
    const lower = word.toLowerCase();
    if (COUNT_STOP.has(lower)) break;
    // "of" joins only when a further word follows: "prisoners of war exchanges".
    if (lower === "of" && words.length === 0) break;
    // A past form after the noun is the verb: "21st summit opened".
    if (words.length > 0 && lower.length > 3 && lower.endsWith("ed") && !STATE_WORDS.has(lower))
      break;
    // A past form right after the number, before a function word, is the verb the number
    // is the subject of: "a crowd of 21,634 watched the final", "12 attended in person".
    if (
      words.length === 0 &&
      lower.length > 3 &&
      lower.endsWith("ed") &&
      !STATE_WORDS.has(lower) &&
      COUNT_STOP.has(nextWord(body, position + 1 + word.length))
    )
      break;
    // A capitalised word after the noun starts a name: "the first meeting Putin held".
    const capitalised = word !== lower;
    if (capitalised && lowerCaseSeen) break;
    if (!capitalised) lowerCaseSeen = true;
    words.push({ text: word, start: position + 1, end: position + 1 + word.length });
    position += 1 + word.length;
    // A plural noun ends the phrase unless "of" continues it: "rounds of bilateral talks".
    if (
      lower !== "of" &&
      (PLURAL_NOUN.test(lower) || IRREGULAR_PLURALS.has(lower)) &&
      !/^ of /u.test(body.slice(position, position + 4))
    )
      break;
  }
  while (words.length > 0 && words[words.length - 1]?.text.toLowerCase() === "of") words.pop();
  return words;
}

// Lower-case tokens with the "of" compounds joined into one token.
function headTokens(words: readonly PhraseWord[]): string[] {
  const lower = words.map((word) => word.text.toLowerCase());
  const tokens: string[] = [];
  for (let index = 0; index < lower.length; ) {
    let joined = 0;
    for (let size = LONGEST_COMPOUND_WORDS; size >= 3 && joined === 0; size--) {
      if (OF_COMPOUNDS.has(lower.slice(index, index + size).join(" "))) joined = size;
    }
    if (joined > 0) {
      tokens.push(lower.slice(index, index + joined).join(" "));
      index += joined;
    } else {
      tokens.push(lower[index] ?? "");
      index += 1;
    }
  }
  return tokens;
}

// English noun phrases are head-final: the last word of each "of" group is what is
// counted; a state word just before it stays.
function headOf(tokens: readonly string[]): string {
  const groups: string[][] = [[]];
  for (const token of tokens) {
    if (token === "of") groups.push([]);
    else groups[groups.length - 1]?.push(token);
  }
  return groups
    .filter((group) => group.length > 0)
    .map((group) => {
      const last = group[group.length - 1] ?? "";
      const before = group[group.length - 2];
      return before !== undefined && STATE_WORDS.has(before) ? `${before} ${last}` : last;
    })
    .join(" of ");
}

/**
 * Reads the noun phrase that follows a number and its comparable head.
 *
 * @param body - the article text
 * @param from - offset just after the number (and its unit)
 * @returns the phrase and its head, or undefined when no noun follows
 */
export function countedPhrase(body: string, from: number): CountedPhrase | undefined {
  const words = phraseWords(body, from);
  const first = words[0];
  const last = words[words.length - 1];
  if (first === undefined || last === undefined) return undefined;
  return {
    text: body.slice(first.start, last.end),
    start: first.start,
    head: headOf(headTokens(words)),
  };
}
