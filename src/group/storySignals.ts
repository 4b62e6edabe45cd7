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

/** Squared norms of a profile's weighted vectors, cached by callers that score it often. */
export interface ProfileNorms {
  /** Of the TF-IDF term vector. */
  terms: number;
  /** Of the rarity-weighted name set. */
  names: number;
  /** Of the rarity-weighted number set. */
  numbers: number;
}

function termWeight(count: number, hash: number, statistics: FeatureStatistics): number {
  return (1 + Math.log(count)) * rarity(statistics, hash);
}

function squaredSetNorm(hashes: Uint32Array, statistics: FeatureStatistics): number {
  let norm = 0;
  for (let index = 0; index < hashes.length; index++) {
    norm += rarity(statistics, hashes[index] ?? 0) ** 2;
  }
  return norm;
}

/**
 * The squared norms of a profile's vectors under the given statistics.
 *
 * @param profile - the profile
 * @param statistics - document frequencies for rarity weights
 * @returns its norms
 */
export function profileNorms(profile: StoryProfile, statistics: FeatureStatistics): ProfileNorms {
  let terms = 0;
  for (let index = 0; index < profile.terms.length; index++) {
    terms += termWeight(profile.termCounts[index] ?? 1, profile.terms[index] ?? 0, statistics) ** 2;
  }
  return {
    terms,
    names: squaredSetNorm(profile.names, statistics),
    numbers: squaredSetNorm(profile.numbers, statistics),
  };
}

function setCosine(
  shared: number[],
  normA: number,
  normB: number,
  statistics: FeatureStatistics,
): number {
  if (shared.length === 0 || normA <= 0 || normB <= 0) return 0;
  let dot = 0;
  for (const hash of shared) dot += rarity(statistics, hash) ** 2;
  return dot / Math.sqrt(normA * normB);
}

function termCosine(
  a: StoryProfile,
  b: StoryProfile,
  normA: number,
  normB: number,
  statistics: FeatureStatistics,
): number {
  if (normA <= 0 || normB <= 0) return 0;
  let dot = 0;
  let i = 0;
  let j = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] ?? 0;
    const y = b.terms[j] ?? 0;
    if (x === y) {
      dot +=
        termWeight(a.termCounts[i] ?? 1, x, statistics) *
        termWeight(b.termCounts[j] ?? 1, y, statistics);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return dot / Math.sqrt(normA * normB);
}

/**
 * Measures two profiles against each other: wording, terms, names, numbers, dates, quotes
 * and how far apart their years and publication days are.
 *
 * @param a - one profile
 * @param b - the other
 * @param statistics - document frequencies for rarity weights
 * @param normsA - `a`'s norms, if the caller has them cached
 * @param normsB - `b`'s norms, likewise
 * @returns the measurements
 */
export function measureStorySignals(
  a: StoryProfile,
  b: StoryProfile,
  statistics: FeatureStatistics,
  normsA: ProfileNorms = profileNorms(a, statistics),
  normsB: ProfileNorms = profileNorms(b, statistics),
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
    terms: termCosine(a, b, normsA.terms, normsB.terms, statistics),
    names: setCosine(shared.names, normsA.names, normsB.names, statistics),
    numbers: setCosine(shared.numbers, normsA.numbers, normsB.numbers, statistics),
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
