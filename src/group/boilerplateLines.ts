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
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

function lineKey(line: string): number | undefined {
  const words = line.toLowerCase().match(WORD);
  if (words === null || words.length < MIN_LINE_WORDS) return undefined;
  return hashString32(words.join(" "), LINE_SEED);
}

/**
 * Finds lines that repeat word for word across articles that otherwise differ: an
 * outlet's newsletter blurb, footer or standing promo. Such lines would make an outlet's
 * unrelated stories look alike. A line shared by near copies of one another (a wire story
 * reprinted) is kept. Used by {@link groupStories}, which sees the whole set at once.
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
  articles.forEach((article, index) => {
    const seen = new Set<number>();
    for (const line of article.body.split("\n")) {
      const key = lineKey(line);
      if (key === undefined || seen.has(key)) continue;
      seen.add(key);
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
