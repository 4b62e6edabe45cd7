import { z } from "zod";

/**
 * The `format` tag of a serialised {@link StoryIndex}.
 *
 * @example
 * ```ts
 * if (json.format === STORY_INDEX_FORMAT && json.version === STORY_INDEX_VERSION) {
 *   index = StoryIndex.fromJSON(json);
 * }
 * ```
 *
 * @group Group
 */
export const STORY_INDEX_FORMAT = "corroborate/story-index";
/**
 * The current serialisation version; bumped whenever signatures or band keys change.
 *
 * @example
 * ```ts
 * const stale = saved.version !== STORY_INDEX_VERSION; // rebuild from the articles
 * ```
 *
 * @group Group
 */
export const STORY_INDEX_VERSION = 1;
/**
 * The fingerprint scheme's name: what a reader must implement to compute equal band keys.
 *
 * @example
 * ```ts
 * index.toJSON().signature.scheme === SIGNATURE_SCHEME; // true
 * ```
 *
 * @group Group
 */
export const SIGNATURE_SCHEME = "minhash-oph-densified/fmix32/word-shingles";

/**
 * One article of a serialised {@link StoryIndex}: its profile as plain numbers.
 *
 * @group Group
 */
export interface StoryIndexArticleJSON {
  /** The article id. */
  id: string;
  /** Low 16 bits of each MinHash value. */
  signature: number[];
  /** One unsigned 32-bit key per LSH band: what a database or Spark job buckets by. */
  bandKeys: number[];
  /** Number of shingles of the article. */
  shingleCount: number;
  /** Hashes of the kept distinctive terms, sorted. */
  terms: number[];
  /** Occurrences of each kept term. */
  termCounts: number[];
  /** The indexed terms, most distinctive first. */
  keyTerms: number[];
  /** Hashes of names. */
  names: number[];
  /** Hashes of numbers. */
  numbers: number[];
  /** Hashes of month-day dates. */
  dates: number[];
  /** Hashes of quote shingles. */
  quoteShingles: number[];
  /** Latest year mentioned, 0 for none. */
  latestYear: number;
  /** Publication day as days since 1970-01-01, or null. */
  publishedDay: number | null;
  /** The weekday the lead names (Sunday = 0), or null; absent in indexes written before it was kept. */
  leadWeekday?: number | null;
}

/**
 * A {@link StoryIndex} as plain JSON: versioned, with the signature scheme and its
 * parameters spelled out so band keys can be recomputed or compared elsewhere.
 *
 * @example
 * ```ts
 * const json: StoryIndexJSON = index.toJSON();
 * const rows = json.articles.flatMap((a) => a.bandKeys.map((key, band) => [a.id, band, key]));
 * ```
 *
 * @group Group
 */
export interface StoryIndexJSON {
  /** Always `"corroborate/story-index"`. */
  format: typeof STORY_INDEX_FORMAT;
  /** Serialisation version. */
  version: number;
  /** How signatures and band keys were computed. */
  signature: {
    /** The scheme's name. */
    scheme: string;
    /** Signature length. */
    numHashes: number;
    /** Words per shingle. */
    shingleSize: number;
    /** The scheme's seed. */
    seed: number;
    /** LSH bands. */
    bands: number;
    /** Values per band. */
    rows: number;
    /** Bits of each MinHash value kept in `signature`. */
    bitsKept: number;
  };
  /** The numeric options the index was built with. */
  options: {
    /** See {@link StoryIndexOptions.lshThreshold}. */
    lshThreshold: number;
    /** See {@link StoryIndexOptions.termsPerArticle}. */
    termsPerArticle: number;
    /** See {@link StoryIndexOptions.indexedTermsPerArticle}. */
    indexedTermsPerArticle: number;
    /** See {@link StoryIndexOptions.minSharedTerms}. */
    minSharedTerms: number;
    /** See {@link StoryIndexOptions.maxPostingsPerTerm}. */
    maxPostingsPerTerm: number;
    /** See {@link StoryIndexOptions.sameStoryThreshold}. */
    sameStoryThreshold: number;
    /** See {@link StoryIndexOptions.cohesionRatio}; indexes written before it had none (0). */
    cohesionRatio?: number;
    /** See {@link StoryIndexOptions.nearDuplicateJaccard}. */
    nearDuplicateJaccard: number;
    /** See {@link StoryIndexOptions.nearDuplicateContainment}. */
    nearDuplicateContainment: number;
    /** See {@link StoryIndexOptions.timeWindowDays}. */
    timeWindowDays: number;
  };
  /** Document frequencies: how many articles have each feature hash. */
  statistics: {
    /** Articles counted. */
    documentCount: number;
    /** `[feature hash, number of articles]`, by hash. */
    frequencies: [number, number][];
  };
  /** How feature hashes read in reasons: `[hash, text, kind]`. */
  labels: [number, string, string][];
  /** The indexed articles, in insertion order. */
  articles: StoryIndexArticleJSON[];
}

const uint = z.number().int().min(0).max(0xffffffff);

/** Validates a parsed {@link StoryIndexJSON} before {@link StoryIndex.fromJSON} trusts it. */
export const StoryIndexJSONSchema = z.object({
  format: z.literal(STORY_INDEX_FORMAT),
  version: z.literal(STORY_INDEX_VERSION),
  signature: z.object({
    scheme: z.literal(SIGNATURE_SCHEME),
    numHashes: z.number().int().min(8).max(1024),
    shingleSize: z.number().int().min(1).max(10),
    seed: uint,
    bands: z.number().int().min(1),
    rows: z.number().int().min(1),
    bitsKept: z.literal(16),
  }),
  options: z.object({
    lshThreshold: z.number(),
    termsPerArticle: z.number().int(),
    indexedTermsPerArticle: z.number().int(),
    minSharedTerms: z.number().int(),
    maxPostingsPerTerm: z.number().int(),
    sameStoryThreshold: z.number(),
    cohesionRatio: z.number().min(0).max(1).optional(),
    nearDuplicateJaccard: z.number(),
    nearDuplicateContainment: z.number(),
    timeWindowDays: z.number(),
  }),
  statistics: z.object({
    documentCount: z.number().int().min(0),
    frequencies: z.array(z.tuple([uint, z.number().int().min(1)])),
  }),
  labels: z.array(z.tuple([uint, z.string(), z.string()])),
  articles: z.array(
    z.object({
      id: z.string().min(1),
      signature: z.array(z.number().int().min(0).max(0xffff)),
      bandKeys: z.array(uint),
      shingleCount: z.number().int().min(0),
      terms: z.array(uint),
      termCounts: z.array(z.number().int().min(0).max(0xffff)),
      keyTerms: z.array(uint),
      names: z.array(uint),
      numbers: z.array(uint),
      dates: z.array(uint),
      quoteShingles: z.array(uint),
      latestYear: z.number().int().min(0),
      publishedDay: z.number().int().nullable(),
      leadWeekday: z.number().int().min(0).max(6).nullable().optional(),
    }),
  ),
});
