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

// One table each for every reading: readStory runs to its end before the next one starts.
const DISTINCT = new DistinctTable();
const DISTINCT_TERMS = new DistinctTable();

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
 * The lower-cased runs of letters and digits of the name finder's words: the word
 * definition of the project's scoring, so that "Kosiniak-Kamysz" is two words, "Lavrov’s"
 * is "lavrov" and "s", and "U.S." is "u" and "s".
 */
function scoringWords(tokens: readonly NameToken[]): string[] {
  const words: string[] = [];
  for (const token of tokens) {
    const text = token.text;
    let plain = true;
    for (let index = 0; index < text.length; index++) {
      const code = text.charCodeAt(index);
      // A joiner, or an abbreviation's full stop: the only non-word characters a word holds.
      if (isJoinerCode(code) || code === 0x2e) {
        plain = false;
        break;
      }
    }
    if (plain) words.push(token.lower);
    else for (const part of text.toLowerCase().split(NOT_WORD)) if (part !== "") words.push(part);
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

// The word hashes of the reading under way, kept from one reading to the next: a typed
// array longer than 16 numbers is allocated outside V8's heap, at several times the cost.
let wordHashScratch = new Uint32Array(4096);

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
  const words = scoringWords(tokens);
  if (wordHashScratch.length < words.length) wordHashScratch = new Uint32Array(words.length * 2);
  const wordHashes = wordHashScratch;
  // Every word is hashed for the shingles, and the hash finds it among the words seen
  // before; each distinct word is looked at once for the term it counts towards (-1 for
  // none). Half the words of a news article are repeats.
  DISTINCT.begin(words.length);
  // Terms are found by their term hash, which the profile needs anyway, so a folded
  // plural ("pirates" → "pirate") meets its singular without a second string lookup.
  DISTINCT_TERMS.begin(words.length);
  const distinctTerms: number[] = [];
  const terms: string[] = [];
  const termHashList: number[] = [];
  const counts: number[] = [];
  for (let index = 0; index < words.length; index++) {
    const word = words[index] ?? "";
    const hash = hashString32(word, seed);
    wordHashes[index] = hash;
    const seen = DISTINCT.size;
    const known = DISTINCT.indexOf(word, hash);
    if (known === seen) {
      let position = -1;
      const first = word.charCodeAt(0);
      const digit = first >= 48 && first <= 57 && DIGITS.test(word);
      if (word.length >= 3 && !digit && !isCommonWord(word, hash, seed)) {
        const term = foldPlural(word);
        const hashOfTerm = termHash(term);
        position = DISTINCT_TERMS.indexOf(term, hashOfTerm);
        if (position === terms.length) {
          terms.push(term);
          termHashList.push(hashOfTerm);
          counts.push(0);
        }
      }
      distinctTerms.push(position);
    }
    const term = distinctTerms[known] ?? -1;
    if (term >= 0) counts[term] = (counts[term] ?? 0) + 1;
  }
  // Taken before the evidence reader runs, which may be the caller's and read other articles.
  const shingleHashes = shinglesOf(wordHashes, words.length, shingleSize, seed);
  const evidence =
    extractEvidence === extractStoryEvidence
      ? readStoryEvidence(text, tokens)
      : extractEvidence(article);
  const reading: StoryReading = {
    id: article.id,
    shingleHashes,
    terms,
    termHashes: termHashList,
    termCounts: counts,
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
