import type { CountTable } from "./countTable.js";
import type { FeatureLabels } from "./featureLabels.js";
import { combine32, hashString32, mix32 } from "./hash32.js";
import { largestValues } from "./largestValues.js";
import { minHashSignature } from "./minHash.js";
import { type StoryReading, wordShingleHashes } from "./storyReading.js";

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
  /** The weekday the lead names, Sunday = 0. */
  leadWeekday?: number;
}

/** Document frequencies of hashed features over the articles seen so far. */
export interface FeatureStatistics {
  /** Articles counted. */
  documentCount: number;
  /** Feature hash → number of articles that have it. */
  frequencies: CountTable;
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
const KEY_NAMES = 6;
const MAX_NUMBERS = 32;
const MAX_DATES = 16;
const MAX_QUOTE_SHINGLES = 96;
const QUOTE_SEED = 0x51f15e;
const NUMBER_SEED = 0x6e756d62;
const DATE_SEED = 0x64617465;

// Feature hashes are unsigned 32-bit values; as Map keys they are folded to signed 32-bit
// integers, which V8 keeps unboxed.
function frequencyOf(statistics: FeatureStatistics, hash: number): number {
  return statistics.frequencies.get(hash);
}

/** Inverse document frequency with smoothing: `ln((N + P) / (df + 0.5))`. */
export function rarity(statistics: FeatureStatistics, hash: number): number {
  return rarityOf(statistics, frequencyOf(statistics, hash));
}

function rarityOf(statistics: FeatureStatistics, frequency: number): number {
  return Math.log((statistics.documentCount + PSEUDO_DOCUMENTS) / (frequency + 0.5));
}

// `1 + ln(count)` for the counts most terms have: most of an article's terms occur once or
// a few times, and a table lookup spares a logarithm per term of every article.
const COUNT_WEIGHTS = Float64Array.from({ length: 256 }, (_, count) => 1 + Math.log(count));

/** The weight of a term's count in TF-IDF: `1 + ln(count)`. */
function countWeight(count: number): number {
  return count < COUNT_WEIGHTS.length ? (COUNT_WEIGHTS[count] ?? 0) : 1 + Math.log(count);
}

function numberHash(value: string): number {
  return hashString32(value, NUMBER_SEED);
}

function dateHash(value: string): number {
  return hashString32(value.slice(-5), DATE_SEED);
}

/**
 * Adds a reading's terms, name words and numbers (each once) to the document frequencies.
 *
 * @param statistics - the counts to update
 * @param reading - the article's reading
 * @returns the updated frequency of each term of the reading, in its order
 */
export function countReading(statistics: FeatureStatistics, reading: StoryReading): number[] {
  statistics.documentCount++;
  const frequencies = statistics.frequencies;
  // The new frequencies of the terms, in reading order, spare buildProfile a second lookup.
  const termFrequencies: number[] = [];
  for (const hash of reading.termHashes) termFrequencies.push(frequencies.add(hash, 1));
  // A name word and a number count once even where their hashes meet.
  const seen = new Set<number>();
  for (const name of reading.nameWords) {
    if (!seen.has(name.hash)) frequencies.add(name.hash, 1);
    seen.add(name.hash);
  }
  for (const value of reading.evidence.numbers) {
    const hash = numberHash(value);
    if (!seen.has(hash)) frequencies.add(hash, 1);
    seen.add(hash);
  }
  return termFrequencies;
}

/**
 * Takes one article's features back out of the document frequencies.
 *
 * @param statistics - the counts to update
 * @param hashes - the feature hashes counted for the article
 */
export function uncountFeatures(statistics: FeatureStatistics, hashes: Iterable<number>): void {
  statistics.documentCount = Math.max(0, statistics.documentCount - 1);
  for (const hash of hashes) {
    statistics.frequencies.add(hash, -1);
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

function sortedUnique(values: ArrayLike<number>): Uint32Array {
  const array = Uint32Array.from(values);
  array.sort();
  let length = 0;
  for (let index = 0; index < array.length; index++) {
    if (index === 0 || array[index] !== array[length - 1]) array[length++] = array[index] ?? 0;
  }
  // Most lists hold no repeats (a profile's names never do): no second copy then.
  return length === array.length ? array : array.slice(0, length);
}

/**
 * A copy of a string that shares no memory with the text it was cut from (V8 keeps long
 * substrings as slices of their parent, which would keep whole articles alive in an index).
 */
function detachedCopy(text: string): string {
  return text.split("").join("");
}

/** Whether a name of weight `weight` ranks before another: rarer, or as rare and of a lower hash. */
function rarerName(weight: number, hash: number, otherWeight = 0, otherHash = 0): boolean {
  return weight > otherWeight || (weight === otherWeight && hash < otherHash);
}

/**
 * The `count` rarest of a profile's name words (distinct hashes, with their document
 * frequencies), rarest first, ties by hash: the head of a sort by rarity, kept in a list
 * of at most `count` as the names go by.
 */
function rarestNames(
  hashes: readonly number[],
  frequencies: readonly number[],
  statistics: FeatureStatistics,
  count: number,
): number[] {
  const kept: number[] = [];
  const weights: number[] = [];
  if (count <= 0) return kept;
  for (let index = 0; index < hashes.length; index++) {
    const hash = hashes[index] ?? 0;
    const weight = rarityOf(statistics, frequencies[index] ?? 0);
    const last = count - 1;
    if (kept.length === count && !rarerName(weight, hash, weights[last], kept[last])) continue;
    // The names it goes before move down a place, the last falling off a full list.
    let position = Math.min(kept.length, last);
    while (position > 0 && rarerName(weight, hash, weights[position - 1], kept[position - 1])) {
      kept[position] = kept[position - 1] ?? 0;
      weights[position] = weights[position - 1] ?? 0;
      position--;
    }
    kept[position] = hash;
    weights[position] = weight;
  }
  return kept;
}

/**
 * The positions of the kept terms, ordered by their hashes (two terms of one hash by rank),
 * with one numeric sort: each key is the hash shifted left 16 bits plus the rank.
 */
function keptInHashOrder(
  termHashes: readonly number[],
  keptCount: number,
  rankedIndex: (rank: number) => number,
): number[] {
  const keys = new Float64Array(keptCount);
  for (let rank = 0; rank < keptCount; rank++) {
    keys[rank] = (termHashes[rankedIndex(rank)] ?? 0) * 65536 + rank;
  }
  keys.sort();
  const kept: number[] = [];
  for (let rank = 0; rank < keptCount; rank++) kept.push(rankedIndex((keys[rank] ?? 0) % 65536));
  return kept;
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
 * @param termFrequencies - the reading's term frequencies, if the caller has them
 *   (output of {@link countReading})
 * @returns the profile
 */
export function buildProfile(
  reading: StoryReading,
  statistics: FeatureStatistics,
  limits: ProfileLimits,
  labels?: FeatureLabels,
  termFrequencies?: readonly number[],
): StoryProfile {
  // Only features already seen in another article get a label: a label is only ever read
  // for a shared feature, and the second article to have it records it.
  const full = minHashSignature(reading.shingleHashes, limits.numHashes, limits.seed);
  const signature = new Uint16Array(full.length);
  for (let index = 0; index < full.length; index++) signature[index] = (full[index] ?? 0) & 0xffff;

  // Rank terms by TF-IDF with numeric keys: each key is the weight (to a millionth)
  // shifted left 16 bits plus the term's position, so ties keep text order.
  const termCount = Math.min(reading.terms.length, 0xffff);
  const keys: number[] = [];
  for (let index = 0; index < termCount; index++) {
    const hash = reading.termHashes[index] ?? 0;
    const frequency = termFrequencies?.[index] ?? frequencyOf(statistics, hash);
    const weight = countWeight(reading.termCounts[index] ?? 1) * rarityOf(statistics, frequency);
    keys.push(Math.round(weight * 1e6) * 65536 + (0xffff - index));
  }
  const top = largestValues(keys, limits.termsPerArticle);
  const keptCount = top.length;
  const rankedIndex = (rank: number) => 0xffff - ((top[keptCount - 1 - rank] ?? 0) % 65536);
  const keyTermList: number[] = [];
  for (let rank = 0; rank < Math.min(limits.indexedTermsPerArticle, keptCount); rank++) {
    keyTermList.push(reading.termHashes[rankedIndex(rank)] ?? 0);
  }
  const kept = keptInHashOrder(reading.termHashes, keptCount, rankedIndex);
  const terms = new Uint32Array(kept.length);
  const termCounts = new Uint16Array(kept.length);
  for (let index = 0; index < kept.length; index++) {
    const termIndex = kept[index] ?? 0;
    const hash = reading.termHashes[termIndex] ?? 0;
    terms[index] = hash;
    termCounts[index] = Math.min(reading.termCounts[termIndex] ?? 1, 0xffff);
    const frequency = termFrequencies?.[termIndex] ?? frequencyOf(statistics, hash);
    if (labels !== undefined && frequency >= 2) {
      labels.set(hash, "term", reading.terms[termIndex] ?? "");
    }
  }

  const evidence = reading.evidence;
  const names: number[] = [];
  const nameFrequencies: number[] = [];
  for (const name of reading.nameWords) {
    const frequency = frequencyOf(statistics, name.hash);
    if (labels !== undefined && name.kind !== "word" && frequency >= 2) {
      labels.set(name.hash, name.kind, name.text);
    }
    names.push(name.hash);
    nameFrequencies.push(frequency);
  }
  // The rarest name words join the indexed terms: independent write-ups of one event share
  // their names more surely than any other word.
  const keyTerms = Uint32Array.from(
    keyTermList.concat(rarestNames(names, nameFrequencies, statistics, KEY_NAMES)),
  );
  const numbers = evidence.numbers.slice(0, MAX_NUMBERS).map((value) => {
    const hash = numberHash(value);
    if (labels !== undefined && frequencyOf(statistics, hash) >= 2) {
      labels.set(hash, "number", value);
    }
    return hash;
  });
  const dates = evidence.dates.slice(0, MAX_DATES).map((value) => {
    const hash = dateHash(value);
    labels?.set(hash, "date", value.slice(-5));
    return hash;
  });
  const quoteShingles: number[] = [];
  for (const quote of evidence.quotes) {
    const hashes = wordShingleHashes(quote, 4, QUOTE_SEED);
    const label = detachedCopy(quote.length > 120 ? `${quote.slice(0, 119)}…` : quote);
    hashes.forEach((hash, index) => {
      if (quoteShingles.length >= MAX_QUOTE_SHINGLES) return;
      quoteShingles.push(hash);
      // Every fourth shingle carries the quote's label: any seven shared words in a row
      // include one, and the label table stays small.
      if (index % 4 === 0) labels?.set(hash, "quote", label);
    });
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
    // The publication year bounds what a report looks back on: it counts as a year the
    // article speaks of, so a story told years apart is told apart even when its text
    // prints no year.
    latestYear: Math.max(
      0,
      ...evidence.years,
      latestDatedYear(evidence.dates),
      reading.publishedDay === undefined
        ? 0
        : new Date(reading.publishedDay * 86_400_000).getUTCFullYear(),
    ),
  };
  if (reading.publishedDay !== undefined) profile.publishedDay = reading.publishedDay;
  if (reading.leadWeekday !== undefined) profile.leadWeekday = reading.leadWeekday;
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

/**
 * The first position of `value` in an ascending array, or -1 (what `indexOf` answers, by
 * binary search rather than a builtin call that scans).
 */
function sortedIndexOf(values: Uint32Array, value: number): number {
  let low = 0;
  let high = values.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((values[middle] ?? 0) < value) low = middle + 1;
    else high = middle;
  }
  return values[low] === value ? low : -1;
}

// Header of a packed profile: counts and scalars, then the arrays in a fixed order.
const HEADER = 12;

/**
 * Packs a profile into one `Uint32Array` (header, then every array back to back; 16-bit
 * values two to a word): one small object per indexed article instead of ten. Values are
 * copied in and out by hand: views (`subarray`, `.buffer`) would move V8's small on-heap
 * typed arrays off-heap and cost more memory than they save.
 *
 * @param profile - the profile (its id is kept by the caller)
 * @returns the packed words
 */
export function packProfile(profile: StoryProfile): Uint32Array {
  // Indexed terms are kept as positions in `terms`, then in `names`, two bytes each.
  const keyTermIndexes: number[] = [];
  for (const hash of profile.keyTerms) {
    const term = sortedIndexOf(profile.terms, hash);
    keyTermIndexes.push(
      term >= 0 ? term : profile.terms.length + sortedIndexOf(profile.names, hash),
    );
  }
  const words =
    HEADER +
    Math.ceil(profile.signature.length / 2) +
    profile.bandKeys.length +
    profile.terms.length +
    Math.ceil(profile.termCounts.length / 2) +
    Math.ceil(keyTermIndexes.length / 2) +
    profile.names.length +
    profile.numbers.length +
    profile.dates.length +
    profile.quoteShingles.length;
  const packed = new Uint32Array(words);
  packed[0] = profile.shingleCount;
  packed[1] = profile.latestYear;
  packed[2] = (profile.publishedDay ?? 0) >>> 0;
  // Bit 0: a publication day is set; bits 1-3: the lead's weekday plus one (0 for none).
  packed[3] =
    (profile.publishedDay === undefined ? 0 : 1) | (((profile.leadWeekday ?? -1) + 1) << 1);
  packed[4] = profile.signature.length;
  packed[5] = profile.bandKeys.length;
  packed[6] = profile.terms.length;
  packed[7] = keyTermIndexes.length;
  packed[8] = profile.names.length;
  packed[9] = profile.numbers.length;
  packed[10] = profile.dates.length;
  packed[11] = profile.quoteShingles.length;
  let offset = HEADER;
  const put16 = (values: ArrayLike<number>) => {
    for (let index = 0; index < values.length; index += 2) {
      packed[offset++] =
        ((values[index] ?? 0) & 0xffff) | (((values[index + 1] ?? 0) & 0xffff) << 16);
    }
  };
  const put32 = (values: ArrayLike<number>) => {
    for (let index = 0; index < values.length; index++) packed[offset++] = values[index] ?? 0;
  };
  put16(profile.signature);
  put32(profile.bandKeys);
  put32(profile.terms);
  put16(profile.termCounts);
  put16(keyTermIndexes);
  put32(profile.names);
  put32(profile.numbers);
  put32(profile.dates);
  put32(profile.quoteShingles);
  return packed;
}

/**
 * Reads a packed profile back into its arrays.
 *
 * @param packed - output of {@link packProfile}
 * @param id - the article id
 * @returns the profile
 */
export function unpackProfile(packed: Uint32Array, id: string): StoryProfile {
  let offset = HEADER;
  const take16 = (length: number) => {
    const values = new Uint16Array(length);
    for (let index = 0; index < length; index++) {
      const word = packed[offset + (index >> 1)] ?? 0;
      values[index] = index & 1 ? word >>> 16 : word & 0xffff;
    }
    offset += Math.ceil(length / 2);
    return values;
  };
  const take32 = (length: number) => {
    const values = new Uint32Array(length);
    for (let index = 0; index < length; index++) values[index] = packed[offset + index] ?? 0;
    offset += length;
    return values;
  };
  const signature = take16(packed[4] ?? 0);
  const bandKeys = take32(packed[5] ?? 0);
  const termTotal = packed[6] ?? 0;
  const terms = take32(termTotal);
  const termCounts = take16(termTotal);
  const keyTermIndexes = take16(packed[7] ?? 0);
  const profile: StoryProfile = {
    id,
    signature,
    bandKeys,
    shingleCount: packed[0] ?? 0,
    terms,
    termCounts,
    keyTerms: new Uint32Array(0),
    names: take32(packed[8] ?? 0),
    numbers: take32(packed[9] ?? 0),
    dates: take32(packed[10] ?? 0),
    quoteShingles: take32(packed[11] ?? 0),
    latestYear: packed[1] ?? 0,
  };
  profile.keyTerms = Uint32Array.from(keyTermIndexes, (index) =>
    index < termTotal ? (terms[index] ?? 0) : (profile.names[index - termTotal] ?? 0),
  );
  const flags = packed[3] ?? 0;
  if ((flags & 1) === 1) profile.publishedDay = (packed[2] ?? 0) | 0;
  if (flags >>> 1 > 0) profile.leadWeekday = (flags >>> 1) - 1;
  return profile;
}
