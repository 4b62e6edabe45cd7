import type { Article } from "../types.js";
import { commonWords } from "./commonWords.js";
import { combine32, hashString32, mix32 } from "./hash32.js";
import type { StoryEvidence, StoryEvidenceExtractor } from "./storyEvidence.js";

/** What one pass over an article yields before corpus statistics pick its top terms. */
export interface StoryReading {
  /** The article id. */
  id: string;
  /** 32-bit hashes of the article's word shingles, in text order. */
  shingleHashes: Uint32Array;
  /** Content words (lower case, plural folded) and how often each occurs. */
  termCounts: Map<string, number>;
  /** Names, numbers, dates and quotes. */
  evidence: StoryEvidence;
  /** Publication day as days since 1970-01-01, when the article has a date. */
  publishedDay?: number;
}

const URL_TEXT = /(?:https?:\/\/|www\.)[^\s]+/giu;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DIGITS = /^\p{N}+$/u;

/**
 * Folds an English plural to its singular ("pirates" → "pirate", "countries" →
 * "country"), the S-stemmer of Harman (1991): cheap and rarely wrong.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.endsWith("es") && !/(?:aes|ees|oes)$/u.test(word)) return word.slice(0, -1);
  if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
    return word.slice(0, -1);
  }
  return word;
}

/**
 * 32-bit hashes of the overlapping `size`-word shingles of a text: lower-cased runs of
 * letters and digits (the word definition of the project's scoring), URLs left out.
 *
 * @param text - the text
 * @param size - words per shingle
 * @param seed - the signature scheme's seed
 * @returns one hash per shingle, or one per word when the text is shorter than a shingle
 */
export function wordShingleHashes(text: string, size: number, seed: number): Uint32Array {
  const words = text.replace(URL_TEXT, " ").normalize("NFKC").toLowerCase().match(WORD) ?? [];
  const wordHashes = new Uint32Array(words.length);
  for (let index = 0; index < words.length; index++) {
    wordHashes[index] = hashString32(words[index] ?? "", seed);
  }
  const count = words.length >= size ? words.length - size + 1 : words.length;
  const shingles = new Uint32Array(count);
  for (let index = 0; index < count; index++) {
    let hash = seed >>> 0;
    const width = Math.min(size, words.length - index);
    for (let offset = 0; offset < width; offset++) {
      hash = combine32(hash, wordHashes[index + offset] ?? 0);
    }
    shingles[index] = mix32(hash);
  }
  return shingles;
}

/** Days since 1970-01-01 of a `YYYY-MM-DD` date, or undefined when it does not parse. */
export function dayNumber(date: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(date);
  if (match === null) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
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
  const text =
    article.headline === undefined ? article.body : `${article.headline}\n${article.body}`;
  const shingleHashes = wordShingleHashes(text, shingleSize, seed);
  const termCounts = new Map<string, number>();
  const words = text.replace(URL_TEXT, " ").normalize("NFKC").toLowerCase().match(WORD) ?? [];
  for (const word of words) {
    if (word.length < 3 || commonWords.has(word) || DIGITS.test(word)) continue;
    const term = foldPlural(word);
    termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
  }
  const reading: StoryReading = {
    id: article.id,
    shingleHashes,
    termCounts,
    evidence: extractEvidence(article),
  };
  const day = article.published === undefined ? undefined : dayNumber(article.published.date);
  if (day !== undefined) reading.publishedDay = day;
  return reading;
}
