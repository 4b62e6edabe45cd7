import { commonWords } from "./commonWords.js";
import { combine32, hashString32, mix32 } from "./hash32.js";
import { minHashSignature } from "./minHash.js";
import type { EvidenceName } from "./storyEvidence.js";
import { type StoryReading, wordShingleHashes } from "./storyReading.js";

/** How a hashed feature reads in a reason, and which kind of evidence it is. */
export interface FeatureLabel {
  /** The text shown in reasons. */
  text: string;
  /** `term`, `person`, `place`, `name`, `number`, `date` or `quote`. */
  kind: string;
}

/**
 * The compact, plain-valued record of one article that indexing and scoring work on:
 * its MinHash signature and LSH band keys, its most distinctive terms with their counts,
 * and hashed evidence. Every array is sorted by value so two profiles intersect in one
 * merge pass.
 */
export interface StoryProfile {
  /** The article id. */
  id: string;
  /** Low 16 bits of each MinHash value (b-bit MinHash: same estimate, half the memory). */
  signature: Uint16Array;
  /** One 32-bit key per LSH band, computed from the full 32-bit values. */
  bandKeys: Uint32Array;
  /** How many shingles the article has (for containment of a trimmed copy). */
  shingleCount: number;
  /** Hashes of the distinctive terms kept, sorted. */
  terms: Uint32Array;
  /** Occurrences of each kept term, parallel to `terms`. */
  termCounts: Uint16Array;
  /** The most distinctive terms, for the inverted index, most distinctive first. */
  keyTerms: Uint32Array;
  /** Hashes of names, sorted. */
  names: Uint32Array;
  /** Hashes of numbers, sorted. */
  numbers: Uint32Array;
  /** Hashes of month-day dates, sorted. */
  dates: Uint32Array;
  /** Hashes of the 4-word shingles of quoted passages, sorted. */
  quoteShingles: Uint32Array;
  /** The latest year the article mentions, alone or in a full date; 0 when none. */
  latestYear: number;
  /** Publication day, days since 1970-01-01. */
  publishedDay?: number;
}

/** Document frequencies of hashed features over the articles seen so far. */
export interface FeatureStatistics {
  /** Articles counted. */
  documentCount: number;
  /** Feature hash → number of articles that have it. */
  frequencies: Map<number, number>;
}

/** Limits on what a profile keeps. */
export interface ProfileLimits {
  /** Signature length (MinHash bins). */
  numHashes: number;
  /** LSH bands. */
  bands: number;
  /** Rows (signature values) per band. */
  rows: number;
  /** The signature scheme's seed. */
  seed: number;
  /** Distinctive terms kept per article. */
  termsPerArticle: number;
  /** Terms per article put in the inverted index. */
  indexedTermsPerArticle: number;
}

// Pseudo-documents added to every corpus so that rarity means something for a handful of
// articles: a feature in every one of five articles is still worth something.
const PSEUDO_DOCUMENTS = 50;
const MAX_NAMES = 40;
const MAX_NUMBERS = 32;
const MAX_DATES = 16;
const MAX_QUOTE_SHINGLES = 96;
const QUOTE_SEED = 0x51f15e;

/** Inverse document frequency with smoothing: `ln((N + P) / (df + 0.5))`. */
export function rarity(statistics: FeatureStatistics, hash: number): number {
  const frequency = statistics.frequencies.get(hash) ?? 0;
  return Math.log((statistics.documentCount + PSEUDO_DOCUMENTS) / (frequency + 0.5));
}

/** The hash of a content term. */
export function termHash(term: string): number {
  return hashString32(`t:${term}`);
}

function nameHash(name: string): number {
  return hashString32(`n:${name.toLowerCase()}`);
}

/**
 * The separate words of a name of several words ("Sergey Lavrov" → "Sergey", "Lavrov"),
 * so that a later "Lavrov" or a "Sergei Lavrov" still meets it.
 */
function nameWords(name: string): string[] {
  const words = name.split(" ");
  if (words.length < 2) return [];
  return words.filter((word) => word.length > 1 && !commonWords.has(word.toLowerCase()));
}

function numberHash(value: string): number {
  return hashString32(`#:${value}`);
}

function dateHash(value: string): number {
  return hashString32(`d:${value.slice(-5)}`);
}

/**
 * The hashed features of a reading whose document frequency matters (terms, names,
 * numbers), each once: what a corpus counts before picking top terms.
 *
 * @param reading - an article's reading
 * @returns distinct feature hashes
 */
export function countedFeatures(reading: StoryReading): number[] {
  const hashes = new Set<number>();
  for (const term of reading.termCounts.keys()) hashes.add(termHash(term));
  for (const name of reading.evidence.names) {
    hashes.add(nameHash(name.text));
    for (const word of nameWords(name.text)) hashes.add(nameHash(word));
  }
  for (const value of reading.evidence.numbers) hashes.add(numberHash(value));
  return [...hashes];
}

/**
 * Adds a reading's features to the document frequencies.
 *
 * @param statistics - the counts to update
 * @param reading - the article's reading
 */
export function countReading(statistics: FeatureStatistics, reading: StoryReading): void {
  statistics.documentCount++;
  for (const hash of countedFeatures(reading)) {
    statistics.frequencies.set(hash, (statistics.frequencies.get(hash) ?? 0) + 1);
  }
}

/**
 * Removes a reading's features from the document frequencies.
 *
 * @param statistics - the counts to update
 * @param hashes - the feature hashes counted for the article
 */
export function uncountFeatures(statistics: FeatureStatistics, hashes: Iterable<number>): void {
  statistics.documentCount = Math.max(0, statistics.documentCount - 1);
  for (const hash of hashes) {
    const frequency = (statistics.frequencies.get(hash) ?? 0) - 1;
    if (frequency > 0) statistics.frequencies.set(hash, frequency);
    else statistics.frequencies.delete(hash);
  }
}

/** The latest year among full dates (`YYYY-MM-DD`). */
function latestDatedYear(dates: readonly string[]): number {
  let latest = 0;
  for (const date of dates) {
    if (date.length === 10) latest = Math.max(latest, Number(date.slice(0, 4)));
  }
  return latest;
}

function sortedUnique(values: number[]): Uint32Array {
  const array = Uint32Array.from(values);
  array.sort();
  let length = 0;
  for (let index = 0; index < array.length; index++) {
    if (index === 0 || array[index] !== array[length - 1]) array[length++] = array[index] ?? 0;
  }
  return array.slice(0, length);
}

function nameLabelKind(name: EvidenceName): string {
  return name.kind === "name" ? "term" : name.kind;
}

/**
 * Turns a reading into a compact profile: signature and band keys, the top terms by
 * TF-IDF under the given statistics, and hashed evidence. Labels for reasons go to
 * `labels` when given.
 *
 * @param reading - the article's reading
 * @param statistics - document frequencies to rank terms by
 * @param limits - signature and term limits
 * @param labels - where to record how each kept hash reads, if anywhere
 * @returns the profile
 */
export function buildProfile(
  reading: StoryReading,
  statistics: FeatureStatistics,
  limits: ProfileLimits,
  labels?: Map<number, FeatureLabel>,
): StoryProfile {
  const full = minHashSignature(reading.shingleHashes, limits.numHashes, limits.seed);
  const signature = new Uint16Array(full.length);
  for (let index = 0; index < full.length; index++) signature[index] = (full[index] ?? 0) & 0xffff;

  const weighted: { term: string; hash: number; count: number; weight: number }[] = [];
  for (const [term, count] of reading.termCounts) {
    const hash = termHash(term);
    weighted.push({ term, hash, count, weight: (1 + Math.log(count)) * rarity(statistics, hash) });
  }
  weighted.sort((a, b) => b.weight - a.weight || (a.term < b.term ? -1 : 1));
  const keyTerms = Uint32Array.from(
    weighted.slice(0, limits.indexedTermsPerArticle).map((entry) => entry.hash),
  );
  const kept = weighted.slice(0, limits.termsPerArticle).sort((a, b) => a.hash - b.hash);
  const terms = new Uint32Array(kept.length);
  const termCounts = new Uint16Array(kept.length);
  kept.forEach((entry, index) => {
    terms[index] = entry.hash;
    termCounts[index] = Math.min(entry.count, 0xffff);
    labels?.set(entry.hash, { text: entry.term, kind: "term" });
  });

  const evidence = reading.evidence;
  const names: number[] = [];
  for (const name of evidence.names.slice(0, MAX_NAMES)) {
    const hash = nameHash(name.text);
    labels?.set(hash, { text: name.text, kind: nameLabelKind(name) });
    names.push(hash);
    for (const word of nameWords(name.text)) names.push(nameHash(word));
  }
  const numbers = evidence.numbers.slice(0, MAX_NUMBERS).map((value) => {
    const hash = numberHash(value);
    labels?.set(hash, { text: value, kind: "number" });
    return hash;
  });
  const dates = evidence.dates.slice(0, MAX_DATES).map((value) => {
    const hash = dateHash(value);
    labels?.set(hash, { text: value.slice(-5), kind: "date" });
    return hash;
  });
  const quoteShingles: number[] = [];
  for (const quote of evidence.quotes) {
    for (const hash of wordShingleHashes(quote, 4, QUOTE_SEED)) {
      if (quoteShingles.length >= MAX_QUOTE_SHINGLES) break;
      quoteShingles.push(hash);
      labels?.set(hash, { text: quote, kind: "quote" });
    }
  }
  const profile: StoryProfile = {
    id: reading.id,
    signature,
    bandKeys: computeBandKeys(full, limits.bands, limits.rows, limits.seed),
    shingleCount: reading.shingleHashes.length,
    terms,
    termCounts,
    keyTerms,
    names: sortedUnique(names),
    numbers: sortedUnique(numbers),
    dates: sortedUnique(dates),
    quoteShingles: sortedUnique(quoteShingles),
    latestYear: Math.max(0, ...evidence.years, latestDatedYear(evidence.dates)),
  };
  if (reading.publishedDay !== undefined) profile.publishedDay = reading.publishedDay;
  return profile;
}

/**
 * LSH band keys: band `i` hashes rows `i·rows … i·rows + rows − 1` of the full 32-bit
 * signature together with `i`, so equal keys mean equal bands in the same position.
 *
 * @param signature - the full 32-bit MinHash signature
 * @param bands - number of bands
 * @param rows - values per band
 * @param seed - the signature scheme's seed
 * @returns one key per band
 */
export function computeBandKeys(
  signature: Uint32Array,
  bands: number,
  rows: number,
  seed: number,
): Uint32Array {
  const keys = new Uint32Array(bands);
  for (let band = 0; band < bands; band++) {
    let hash = combine32(seed, band);
    for (let row = 0; row < rows; row++) hash = combine32(hash, signature[band * rows + row] ?? 0);
    keys[band] = mix32(hash);
  }
  return keys;
}
