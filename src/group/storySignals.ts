import { estimateJaccard } from "./minHash.js";
import { type FeatureStatistics, rarity, type StoryProfile } from "./storyProfile.js";

/** The raw measurements behind a pair score, each from 0 to 1 unless said otherwise. */
export interface StorySignals {
  /** Estimated Jaccard similarity of the word shingles. */
  wording: number;
  /** Estimated share of the shorter article's shingles found in the longer one. */
  containment: number;
  /** Cosine of the TF-IDF vectors of the kept terms. */
  terms: number;
  /** Rarity-weighted cosine of the name sets. */
  names: number;
  /** Rarity-weighted cosine of the number sets. */
  numbers: number;
  /** Shared month-day dates (a count). */
  sharedDates: number;
  /** Share of the smaller quote-shingle set found in the other. */
  quotes: number;
  /** Shared hashes per kind, for reasons. */
  shared: {
    terms: number[];
    names: number[];
    numbers: number[];
    dates: number[];
    quotes: number[];
  };
  /** Years apart of the latest years each mentions (0 when either has none). */
  yearGap: number;
  /** Days apart of the publication days (undefined when either has none). */
  dayGap?: number;
}

/** Hashes present in both sorted arrays. */
export function intersectSorted(a: Uint32Array, b: Uint32Array): number[] {
  const shared: number[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared.push(x);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

function setCosine(
  a: Uint32Array,
  b: Uint32Array,
  shared: number[],
  statistics: FeatureStatistics,
  weigh: (statistics: FeatureStatistics, hash: number) => number,
): number {
  if (shared.length === 0) return 0;
  let normA = 0;
  let normB = 0;
  let dot = 0;
  for (const hash of a) normA += weigh(statistics, hash) ** 2;
  for (const hash of b) normB += weigh(statistics, hash) ** 2;
  for (const hash of shared) dot += weigh(statistics, hash) ** 2;
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

function termCosine(a: StoryProfile, b: StoryProfile, statistics: FeatureStatistics): number {
  let normA = 0;
  let normB = 0;
  let dot = 0;
  const weightOf = (count: number, hash: number) =>
    (1 + Math.log(count)) * rarity(statistics, hash);
  a.terms.forEach((hash, index) => {
    normA += weightOf(a.termCounts[index] ?? 1, hash) ** 2;
  });
  b.terms.forEach((hash, index) => {
    normB += weightOf(b.termCounts[index] ?? 1, hash) ** 2;
  });
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] ?? 0;
    const y = b.terms[j] ?? 0;
    if (x === y) {
      dot += weightOf(a.termCounts[i] ?? 1, x) * weightOf(b.termCounts[j] ?? 1, y);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return normA > 0 && normB > 0 ? dot / Math.sqrt(normA * normB) : 0;
}

/**
 * Measures two profiles against each other: wording, terms, names, numbers, dates, quotes
 * and how far apart their years and publication days are.
 *
 * @param a - one profile
 * @param b - the other
 * @param statistics - document frequencies for rarity weights
 * @returns the measurements
 */
export function measureStorySignals(
  a: StoryProfile,
  b: StoryProfile,
  statistics: FeatureStatistics,
): StorySignals {
  // An article without words resembles nothing (its empty bins would all agree).
  const wording =
    a.shingleCount === 0 || b.shingleCount === 0 ? 0 : estimateJaccard(a.signature, b.signature);
  const smaller = Math.min(a.shingleCount, b.shingleCount);
  const containment =
    smaller === 0
      ? 0
      : Math.min(1, ((wording / (1 + wording)) * (a.shingleCount + b.shingleCount)) / smaller);
  const shared = {
    terms: intersectSorted(a.terms, b.terms),
    names: intersectSorted(a.names, b.names),
    numbers: intersectSorted(a.numbers, b.numbers),
    dates: intersectSorted(a.dates, b.dates),
    quotes: intersectSorted(a.quoteShingles, b.quoteShingles),
  };
  const quoteBase = Math.min(a.quoteShingles.length, b.quoteShingles.length);
  const signals: StorySignals = {
    wording,
    containment,
    terms: termCosine(a, b, statistics),
    names: setCosine(a.names, b.names, shared.names, statistics, rarity),
    numbers: setCosine(a.numbers, b.numbers, shared.numbers, statistics, rarity),
    sharedDates: shared.dates.length,
    quotes: quoteBase === 0 ? 0 : shared.quotes.length / quoteBase,
    shared,
    yearGap: a.latestYear > 0 && b.latestYear > 0 ? Math.abs(a.latestYear - b.latestYear) : 0,
  };
  if (a.publishedDay !== undefined && b.publishedDay !== undefined) {
    signals.dayGap = Math.abs(a.publishedDay - b.publishedDay);
  }
  return signals;
}
