import { type NameToken, nameTokens } from "../extract/names/nameTokens.js";
import { isWeakPublishedDate } from "../text/dateSources.js";
import { foldPlural } from "../text/foldPlural.js";
import { NATIONALITIES } from "../text/gazetteer.js";
import { TITLE_WORDS } from "../text/titleWords.js";
import { isJoinerCode } from "../text/tokenizeWords.js";
import type { Article } from "../types.js";
import { commonWords } from "./commonWords.js";
import { CountTable } from "./countTable.js";
import { DistinctTable } from "./distinctTable.js";
import { combine32, hashString32, mix32 } from "./hash32.js";
import { leadWeekday } from "./leadWeekday.js";
import {
  extractStoryEvidence,
  foldText,
  readStoryEvidence,
  type StoryEvidence,
  type StoryEvidenceExtractor,
  storyText,
} from "./storyEvidence.js";

/** One word of a name, as profiles compare names. */
export interface NameWord {
  /** The word as written ("Lavrov"). */
  text: string;
  /** Its hash. */
  hash: number;
  /** `person` or `place`, for reasons; `word` for a post or a people's adjective ("Minister", "European"), never shown as a name. */
  kind: string;
}

/** What one pass over an article yields before corpus statistics pick its top terms. */
export interface StoryReading {
  /** The article id. */
  id: string;
  /** 32-bit hashes of the article's word shingles, in text order. */
  shingleHashes: Uint32Array;
  /** Distinct content words (lower case, plural folded), in order of first use. */
  terms: string[];
  /** The hash of each term ({@link termHash}), parallel to `terms`. */
  termHashes: number[];
  /** How often each term occurs, parallel to `terms`. */
  termCounts: number[];
  /** Names, numbers, dates and quotes. */
  evidence: StoryEvidence;
  /** The words of the first names, each once, hashed (see {@link nameWordHash}). */
  nameWords: NameWord[];
  /** Publication day as days since 1970-01-01, when the article has a date that is not weak. */
  publishedDay?: number;
  /** The weekday the lead names, Sunday = 0 (see {@link leadWeekday}). */
  leadWeekday?: number;
}

const DIGITS = /^\p{N}+$/u;
const TERM_SEED = 0x7465726d;
const NAME_SEED = 0x6e616d65;
const MAX_NAMES = 40;
/** The common words' hashes under the seed of the last reading (see {@link isCommonWord}). */
let commonHashes = { seed: Number.NaN, table: new CountTable() };

/**
 * Whether a word, given with its hash under `seed`, is a common word. The hash, which
 * every word gets for the shingles anyway, rules out almost every other word with one
 * probe of a small table, where a set of strings would hash the word's text again.
 */
function isCommonWord(word: string, hash: number, seed: number): boolean {
  if (commonHashes.seed !== seed) {
    const table = new CountTable();
    for (const common of commonWords) table.add(hashString32(common, seed), 1);
    commonHashes = { seed, table };
  }
  return commonHashes.table.get(hash) > 0 && commonWords.has(word);
}

/** The hash of a name word: lower-cased, plural folded, with its own seed. */
export function nameWordHash(word: string): number {
  return hashString32(foldPlural(word.toLowerCase()), NAME_SEED);
}

/**
 * The words of a name ("Sergey Lavrov" → "Sergey", "Lavrov"): names are compared word by
 * word, so that a later "Lavrov" or a "Sergei Lavrov" still meets it, and so that an index
 * counts a vocabulary of name words rather than every combination of them.
 */
function splitName(name: string): string[] {
  if (!name.includes(" ")) return [name];
  return name.split(" ").filter((word) => word.length > 1 && !commonWords.has(word.toLowerCase()));
}

function nameWordsOf(evidence: StoryEvidence): NameWord[] {
  const words: NameWord[] = [];
  const seen = new Set<number>();
  for (const name of evidence.names.slice(0, MAX_NAMES)) {
    // Names not known to be places count as people in reasons ("Markopoulou"); a post or a
    // people's adjective on its own ("Minister", "European") counts, but is no name to
    // show as one.
    const kind = name.kind === "place" ? "place" : "person";
    for (const word of splitName(name.text)) {
      const hash = nameWordHash(word);
      if (seen.has(hash)) continue;
      seen.add(hash);
      const lower = word.toLowerCase();
      const descriptor = TITLE_WORDS.has(lower) || NATIONALITIES.has(lower);
      words.push({ text: word, hash, kind: descriptor ? "word" : kind });
    }
  }
  return words;
}

/** The hash of a content term, as document frequencies and profiles key it. */
export function termHash(term: string): number {
  return hashString32(term, TERM_SEED);
}

const NOT_WORD = /[^\p{L}\p{M}\p{N}]+/u;

/**
 * {@link hashString32} of a name finder's word in lower case, or -1 when the word holds a
 * joiner or an abbreviation's full stop (the only non-word characters a word holds) and so
 * is more than one scoring word: one pass over the characters of every word of every
 * article answers both. The same FNV-1a as hashString32, which a test holds it to.
 *
 * @param word - the word in lower case
 * @param seed - the hash seed
 * @returns the hash, or -1
 */
export function plainWordHash(word: string, seed: number): number {
  let hash = (0x811c9dc5 ^ seed) >>> 0;
  for (let index = 0; index < word.length; index++) {
    const code = word.charCodeAt(index);
    if (isJoinerCode(code) || code === 0x2e) return -1;
    hash ^= code;
    hash = Math.imul(hash, 0x01000193);
  }
  return mix32(hash);
}

/** The lower-cased runs of letters and digits of a word ("Kosiniak-Kamysz" → two). */
function wordParts(text: string): string[] {
  return text
    .toLowerCase()
    .split(NOT_WORD)
    .filter((part) => part !== "");
}

/**
 * The lower-cased runs of letters and digits of the name finder's words: the word
 * definition of the project's scoring, so that "Kosiniak-Kamysz" is two words, "Lavrov’s"
 * is "lavrov" and "s", and "U.S." is "u" and "s". A possessive always holds two.
 */
function scoringWords(tokens: readonly NameToken[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    // plainWordHash answers -1 for a word of more than one part.
    if (!token.possessive && plainWordHash(token.lower, 0) >= 0) words.push(token.lower);
    else words.push(...wordParts(token.text));
  }
  return words;
}

/** Lower-cased words of a text, NFKC-normalised, URLs left out. */
function foldedWords(text: string): string[] {
  return scoringWords(nameTokens(foldText(text)));
}

/**
 * Shingle hashes of the first `length` word hashes: `size` consecutive word hashes
 * combined.
 */
function shinglesOf(
  wordHashes: Uint32Array,
  length: number,
  size: number,
  seed: number,
): Uint32Array {
  const count = length >= size ? length - size + 1 : length;
  const shingles = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    let hash = seed >>> 0;
    const width = Math.min(size, length - index);
    for (let offset = 0; offset < width; offset++) {
      hash = combine32(hash, wordHashes[index + offset] ?? 0);
    }
    shingles[index] = mix32(hash);
  }
  return shingles;
}

/**
 * 32-bit hashes of the overlapping `size`-word shingles of a text: lower-cased runs of
 * letters and digits, URLs left out.
 *
 * @param text - the text
 * @param size - words per shingle
 * @param seed - the signature scheme's seed
 * @returns one hash per shingle, or one per word when the text is shorter than a shingle
 */
export function wordShingleHashes(text: string, size: number, seed: number): Uint32Array {
  const words = foldedWords(text);
  const wordHashes = new Uint32Array(words.length);
  for (let index = 0; index < words.length; index++) {
    wordHashes[index] = hashString32(words[index] ?? "", seed);
  }
  return shinglesOf(wordHashes, wordHashes.length, size, seed);
}

/** A copy of a typed array at twice its length, its values kept. */
function doubled(array: Uint32Array): Uint32Array<ArrayBuffer> {
  const larger = new Uint32Array(array.length * 2);
  larger.set(array);
  return larger;
}

/**
 * The words of one article as they are read: every word's hash, for the shingles, and each
 * distinct content term with its count. The hash finds a word among those seen before, so
 * each distinct word is looked at once for the term it counts towards (half the words of a
 * news article are repeats); terms are found by their term hash, which the profile needs
 * anyway, so a folded plural ("pirates" → "pirate") meets its singular. One tally serves
 * every reading, which runs to its end before the next starts: its tables, its buffer of
 * word hashes (a typed array of more than 16 numbers is allocated outside V8's heap, at
 * several times the cost) and its lists of numbers are kept and grow as needed.
 */
class WordTally {
  private readonly words = new DistinctTable();
  private readonly termTable = new DistinctTable();
  private wordHashes = new Uint32Array(4096);
  private wordCount = 0;
  private seed = 0;
  // Per distinct word, in order of first sight, its term's position or -1. The lists of
  // numbers are written over from the start by each reading, not grown again; the terms,
  // strings, go to a new list (see DistinctTable on why).
  private readonly termOfWord: number[] = [];
  private terms: string[] = [];
  private readonly termHashes: number[] = [];
  private readonly termCounts: number[] = [];
  private termCount = 0;

  /** Starts an article of about `expectedWords` words, hashed with `seed`. */
  begin(expectedWords: number, seed: number): void {
    this.words.begin(expectedWords);
    this.termTable.begin(expectedWords);
    this.wordCount = 0;
    this.termCount = 0;
    this.terms = [];
    this.seed = seed;
  }

  /** Counts a name finder's word: the word itself, or each of its parts (see {@link scoringWords}). */
  addToken(token: NameToken): void {
    const hash = token.possessive ? -1 : plainWordHash(token.lower, this.seed);
    if (hash >= 0) this.add(token.lower, hash);
    else for (const part of wordParts(token.text)) this.add(part, hashString32(part, this.seed));
  }

  private add(word: string, hash: number): void {
    if (this.wordCount === this.wordHashes.length) this.wordHashes = doubled(this.wordHashes);
    this.wordHashes[this.wordCount++] = hash;
    const seen = this.words.size;
    const known = this.words.indexOf(word, hash);
    if (known === seen) this.termOfWord[known] = this.termOf(word, hash);
    const term = this.termOfWord[known] ?? -1;
    if (term >= 0) this.termCounts[term] = (this.termCounts[term] ?? 0) + 1;
  }

  // The position of the term a new word counts towards, or -1 when it is none.
  private termOf(word: string, hash: number): number {
    const first = word.charCodeAt(0);
    const digit = first >= 48 && first <= 57 && DIGITS.test(word);
    if (word.length < 3 || digit || isCommonWord(word, hash, this.seed)) return -1;
    const term = foldPlural(word);
    const hashOfTerm = termHash(term);
    const position = this.termTable.indexOf(term, hashOfTerm);
    if (position === this.termCount) {
      this.terms[position] = term;
      this.termHashes[position] = hashOfTerm;
      this.termCounts[position] = 0;
      this.termCount++;
    }
    return position;
  }

  /** The shingle hashes of the words counted. */
  shingles(size: number): Uint32Array {
    return shinglesOf(this.wordHashes, this.wordCount, size, this.seed);
  }

  /** The terms counted, in order of first use, with their hashes and counts. */
  counted(): Pick<StoryReading, "terms" | "termHashes" | "termCounts"> {
    const count = this.termCount;
    return {
      terms: this.terms,
      termHashes: this.termHashes.slice(0, count),
      termCounts: this.termCounts.slice(0, count),
    };
  }
}

const TALLY = new WordTally();

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it does not parse. */
export function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  if (match === null) return undefined;
  // setUTCFullYear, not Date.UTC, which reads years 0-99 as 1900-1999.
  const day = new Date(0);
  const time = day.setUTCFullYear(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isFinite(time) ? Math.floor(time / 86_400_000) : undefined;
}

/**
 * Reads an article once: shingle hashes for its fingerprint, content-word counts for its
 * distinctive terms, and its evidence.
 *
 * @param article - the article
 * @param shingleSize - words per shingle
 * @param seed - the signature scheme's seed
 * @param extractEvidence - the evidence reader
 * @returns the reading
 */
export function readStory(
  article: Article,
  shingleSize: number,
  seed: number,
  extractEvidence: StoryEvidenceExtractor,
): StoryReading {
  const text = storyText(article);
  // One pass cuts the words, for the fingerprint and terms here and for the built-in
  // evidence reader's names and dates.
  const tokens = nameTokens(text);
  TALLY.begin(tokens.length, seed);
  for (const token of tokens) TALLY.addToken(token);
  // Taken before the evidence reader runs, which may be the caller's and read other articles.
  const shingleHashes = TALLY.shingles(shingleSize);
  const { terms, termHashes, termCounts } = TALLY.counted();
  const evidence =
    extractEvidence === extractStoryEvidence
      ? readStoryEvidence(text, tokens)
      : extractEvidence(article);
  const reading: StoryReading = {
    id: article.id,
    shingleHashes,
    terms,
    termHashes,
    termCounts,
    evidence,
    nameWords: nameWordsOf(evidence),
  };
  // A weak publication date (a page banner's today beside the weather, a day counted back
  // from the retrieval date, a date found anywhere in the page) says little about when the
  // story ran: it neither splits a story that everything else joins nor bounds candidates.
  const published = article.published;
  const day =
    published === undefined || isWeakPublishedDate(published.source, published.confidence)
      ? undefined
      : dayNumber(published.date);
  if (day !== undefined) reading.publishedDay = day;
  const weekday = leadWeekday(article.body);
  if (weekday !== undefined) reading.leadWeekday = weekday;
  return reading;
}
