import type { Article } from "../types.js";
import { hashString32 } from "./hash32.js";
import { estimateJaccard, minHashSignature } from "./minHash.js";

const LINE_SEED = 0x6c696e65;
const MIN_LINE_WORDS = 4;
const MIN_ARTICLES = 3;
const SAMPLED_PAIRS = 12;
// Articles that share a line and are otherwise copies of each other (wire reprints) keep
// it; below this mean estimated Jaccard the articles differ, and the line is page furniture.
const COPY_JACCARD = 0.5;
// Page furniture is a small part of each page it sits on. Lines that, with the other lines
// repeated across the set, make up at least this share of the articles holding them (on
// average) are what those articles say: many outlets' write-ups of one event built from the
// same quoted statements and agency sentences.
const MAX_FURNITURE_SHARE = 0.5;
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function lineWords(line: string): string[] {
  return line.toLowerCase().match(WORD) ?? [];
}

function lineKey(line: string): number | undefined {
  const words = lineWords(line);
  if (words.length < MIN_LINE_WORDS) return undefined;
  return hashString32(words.join(" "), LINE_SEED);
}

/**
 * Finds lines that repeat word for word across articles that otherwise differ: an
 * outlet's newsletter blurb, footer or standing promo. Such lines would make an outlet's
 * unrelated stories look alike. A line shared by near copies of one another (a wire story
 * reprinted) is kept, and so is a line whose holders are mostly made of such repeated lines:
 * furniture is a small part of a page, so those lines are what the articles say (many
 * outlets' write-ups of one press conference, built from the same quoted statements).
 * Used by {@link groupStories}, which sees the whole set at once.
 *
 * @param articles - the articles
 * @param shingleHashes - each article's shingle hashes, parallel to `articles`
 * @param seed - the signature scheme's seed
 * @returns for each article with boilerplate, the article without those lines
 */
export function withoutBoilerplateLines(
  articles: readonly Article[],
  shingleHashes: readonly Uint32Array[],
  seed: number,
): Map<number, Article> {
  const holders = new Map<number, number[]>();
  // Words per article, and per article its distinct repeatable lines with their words.
  const wordCounts = new Uint32Array(articles.length);
  const linesOf: { key: number; words: number }[][] = articles.map(() => []);
  articles.forEach((article, index) => {
    const seen = new Set<number>();
    for (const line of article.body.split("\n")) {
      const words = lineWords(line);
      wordCounts[index] = (wordCounts[index] ?? 0) + words.length;
      if (words.length < MIN_LINE_WORDS) continue;
      const key = hashString32(words.join(" "), LINE_SEED);
      if (seen.has(key)) continue;
      seen.add(key);
      linesOf[index]?.push({ key, words: words.length });
      const list = holders.get(key);
      if (list === undefined) holders.set(key, [index]);
      else list.push(index);
    }
  });
  const signatures = new Map<number, Uint32Array>();
  const signatureOf = (index: number) => {
    let signature = signatures.get(index);
    if (signature === undefined) {
      signature = minHashSignature(shingleHashes[index] ?? new Uint32Array(0), 64, seed);
      signatures.set(index, signature);
    }
    return signature;
  };
  const boilerplate = new Set<number>();
  for (const [key, list] of holders) {
    if (list.length < MIN_ARTICLES) continue;
    // Pairs are sampled in the order of the articles' ids, not of the input, so that the
    // same articles give the same answer however they are ordered.
    list.sort((x, y) => {
      const first = articles[x]?.id ?? "";
      const second = articles[y]?.id ?? "";
      return first < second ? -1 : first > second ? 1 : x - y;
    });
    let total = 0;
    let pairs = 0;
    for (let pair = 0; pair + 1 < list.length && pairs < SAMPLED_PAIRS; pair++) {
      total += estimateJaccard(signatureOf(list[pair] ?? 0), signatureOf(list[pair + 1] ?? 0));
      pairs++;
    }
    if (total / pairs < COPY_JACCARD) boilerplate.add(key);
  }
  // Each article's share of words in those lines; a line whose holders are mostly made of
  // them is kept (see MAX_FURNITURE_SHARE).
  const furnitureShare = new Float64Array(articles.length);
  linesOf.forEach((lines, index) => {
    let words = 0;
    for (const line of lines) if (boilerplate.has(line.key)) words += line.words;
    furnitureShare[index] = words / Math.max(1, wordCounts[index] ?? 0);
  });
  for (const key of [...boilerplate]) {
    const list = holders.get(key) ?? [];
    let share = 0;
    for (const index of list) share += furnitureShare[index] ?? 0;
    if (share / Math.max(1, list.length) >= MAX_FURNITURE_SHARE) boilerplate.delete(key);
  }
  const cleaned = new Map<number, Article>();
  if (boilerplate.size === 0) return cleaned;
  articles.forEach((article, index) => {
    const lines = article.body.split("\n");
    const kept = lines.filter((line) => {
      const key = lineKey(line);
      return key === undefined || !boilerplate.has(key);
    });
    if (kept.length < lines.length) {
      const body = kept.join("\n");
      cleaned.set(index, { ...article, body, paragraphs: paragraphRanges(body) });
    }
  });
  return cleaned;
}

// The paragraphs of a body cut down to some of its lines: runs of non-blank lines, so the
// offsets still point into the new body for an evidence reader that follows them.
function paragraphRanges(body: string): Article["paragraphs"] {
  const paragraphs: Article["paragraphs"] = [];
  let start = -1;
  let end = 0;
  let lineStart = 0;
  while (lineStart <= body.length) {
    const newline = body.indexOf("\n", lineStart);
    const lineEnd = newline < 0 ? body.length : newline;
    if (body.slice(lineStart, lineEnd).trim() === "") {
      if (start >= 0) paragraphs.push({ start, end });
      start = -1;
    } else {
      if (start < 0) start = lineStart;
      end = lineEnd;
    }
    lineStart = lineEnd + 1;
  }
  if (start >= 0) paragraphs.push({ start, end });
  return paragraphs;
}
