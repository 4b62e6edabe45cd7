import { CorroborateError } from "../errors.js";
import { assertArticle } from "../parse/validateArticle.js";
import type { Article, StoryGroup } from "../types.js";
import { CandidateIndex, MAX_BUCKET_CANDIDATES } from "./candidateIndex.js";
import { CountTable } from "./countTable.js";
import { FeatureLabels } from "./featureLabels.js";
import {
  type ResolvedStoryIndexOptions,
  resolveStoryIndexOptions,
  type StoryIndexOptions,
} from "./groupOptions.js";
import { groupProfiles, withinTimeWindow } from "./groupProfiles.js";
import { scoreProfiles } from "./scoreProfiles.js";
import {
  SIGNATURE_SCHEME,
  STORY_INDEX_FORMAT,
  STORY_INDEX_VERSION,
  type StoryIndexArticleJSON,
  type StoryIndexJSON,
  StoryIndexJSONSchema,
} from "./storyIndexJson.js";
import {
  buildProfile,
  countReading,
  type FeatureStatistics,
  packProfile,
  type StoryProfile,
  uncountFeatures,
  unpackProfile,
} from "./storyProfile.js";
import { readStory } from "./storyReading.js";

/**
 * A candidate returned by {@link StoryIndex.query}.
 *
 * @example
 * ```ts
 * const [best]: StoryMatch[] = index.query(article); // { articleId: "reuters-lavrov", similarity: 0.42 }
 * ```
 *
 * @group Group
 */
export interface StoryMatch {
  /** The indexed article's id. */
  articleId: string;
  /** The pair's story similarity, from 0 to 1 (see {@link scoreStoryPair}). */
  similarity: number;
}

/** The features of a profile that count towards document frequencies. */
function profileFeatures(profile: StoryProfile): number[] {
  return [...profile.terms, ...profile.names, ...profile.numbers];
}

/**
 * An incremental, serialisable index of articles for story grouping: MinHash signatures
 * in LSH bands find shared wording, an inverted index over each article's most distinctive
 * terms finds independent write-ups, and {@link StoryIndex.groups} clusters the proposed
 * pairs. Each article is kept as a compact profile (about 1 KB: a 16-bit signature, band
 * keys, top terms and hashed evidence), never its text.
 *
 * @example
 * ```ts
 * const index = new StoryIndex();
 * for (const article of articles) index.add(article);
 * index.query(parseArticle(incomingText)); // [{ articleId: "ap-lavrov", similarity: 0.64 }, …]
 * const stories = index.groups();
 * const saved = JSON.stringify(index.toJSON());
 * const restored = StoryIndex.fromJSON(JSON.parse(saved));
 * ```
 *
 * @group Group
 */
export class StoryIndex {
  private readonly options: ResolvedStoryIndexOptions;
  private readonly statistics: FeatureStatistics = {
    documentCount: 0,
    frequencies: new CountTable(),
  };
  private readonly labels = new FeatureLabels();
  // Each article as one packed Uint32Array (see packProfile) and its id, by slot.
  private readonly packed: (Uint32Array | undefined)[] = [];
  private readonly ids: (string | undefined)[] = [];
  private readonly slots = new Map<string, number>();
  private readonly candidateIndex: CandidateIndex;

  /**
   * Creates an empty index.
   *
   * @param options - fingerprint, index and judgement options; defaults in {@link defaultStoryIndexOptions}
   * @throws CorroborateError with code `invalid-options` when an option is out of range
   */
  constructor(options: StoryIndexOptions = {}) {
    this.options = resolveStoryIndexOptions(options);
    this.candidateIndex = new CandidateIndex(this.options.maxPostingsPerTerm);
  }

  /** Number of articles in the index. */
  get size(): number {
    return this.slots.size;
  }

  /**
   * Adds an article (replacing one with the same id). Its terms count towards the
   * document frequencies that later articles are weighed against.
   *
   * @param article - a parsed article
   * @throws CorroborateError with code `invalid-input` when `article` is not an Article
   */
  add(article: Article): void {
    assertArticle(article, "StoryIndex.add");
    if (this.slots.has(article.id)) this.remove(article.id);
    const options = this.options;
    const reading = readStory(article, options.shingleSize, options.seed, options.extractEvidence);
    const termFrequencies = countReading(this.statistics, reading);
    const profile = buildProfile(reading, this.statistics, options, this.labels, termFrequencies);
    this.insert(profile);
  }

  private insert(profile: StoryProfile): void {
    const slot = this.packed.length;
    this.packed.push(packProfile(profile));
    this.ids.push(profile.id);
    this.slots.set(profile.id, slot);
    this.candidateIndex.add(slot, profile);
  }

  private profileAt(slot: number): StoryProfile | undefined {
    const packed = this.packed[slot];
    const id = this.ids[slot];
    return packed === undefined || id === undefined ? undefined : unpackProfile(packed, id);
  }

  /**
   * Removes an article by id; unknown ids are ignored. The document frequencies of its
   * kept terms, names and numbers are taken back (those of its less distinctive words,
   * which the index does not keep, stay counted).
   *
   * @param id - the article id
   */
  remove(id: string): void {
    if (typeof id !== "string") return;
    const slot = this.slots.get(id);
    if (slot === undefined) return;
    const profile = this.profileAt(slot);
    this.slots.delete(id);
    if (profile === undefined) return;
    this.candidateIndex.remove(slot, profile);
    uncountFeatures(this.statistics, profileFeatures(profile));
    this.packed[slot] = undefined;
    this.ids[slot] = undefined;
  }

  /**
   * The indexed articles that may tell the same story as `article`, most similar first:
   * every candidate proposed by the LSH bands (at most the 50 latest added per band, so a
   * story indexed in thousands of copies answers with a bounded list) or the term index,
   * scored. The article
   * itself (same id) is left out; the index is not changed.
   *
   * @param article - a parsed article, indexed or not
   * @returns candidates with their story similarity, highest first
   * @throws CorroborateError with code `invalid-input` when `article` is not an Article
   */
  query(article: Article): StoryMatch[] {
    assertArticle(article, "StoryIndex.query");
    const options = this.options;
    const reading = readStory(article, options.shingleSize, options.seed, options.extractEvidence);
    const profile = buildProfile(reading, this.statistics, options);
    const matches: StoryMatch[] = [];
    const proposed = this.candidateIndex.candidates(profile, options.minSharedTerms, -1, {
      perBucket: MAX_BUCKET_CANDIDATES,
    });
    for (const [slot, evidence] of proposed) {
      if (evidence.sharedBands === 0 && evidence.sharedTerms < options.minSharedTerms) continue;
      const other = this.profileAt(slot);
      if (other === undefined || other.id === article.id) continue;
      if (evidence.sharedBands === 0 && !withinTimeWindow(profile, other, options.timeWindowDays)) {
        continue;
      }
      const score = scoreProfiles(profile, other, this.statistics, options);
      if (score.similarity > 0) matches.push({ articleId: other.id, similarity: score.similarity });
    }
    return matches.sort(
      (x, y) => y.similarity - x.similarity || (x.articleId < y.articleId ? -1 : 1),
    );
  }

  /**
   * Clusters the indexed articles into stories (see {@link groupStories}).
   *
   * @returns one group per story, singles included, in insertion order of their first member
   */
  groups(): StoryGroup[] {
    return groupProfiles({
      slotCount: this.packed.length,
      profileAt: (slot) => this.profileAt(slot),
      idAt: (slot) => this.ids[slot],
      statistics: this.statistics,
      labels: this.labels,
      options: this.options,
    });
  }

  /**
   * The index as plain JSON (numbers, strings and arrays only): versioned, with the
   * signature scheme, seed, bands and rows, so band keys are comparable across processes
   * and can be bucketed by a database (see docs/scale-out.md).
   *
   * @returns the serialised index
   */
  toJSON(): StoryIndexJSON {
    const options = this.options;
    const articles: StoryIndexArticleJSON[] = [];
    for (let slot = 0; slot < this.packed.length; slot++) {
      const profile = this.profileAt(slot);
      if (profile === undefined) continue;
      articles.push({
        id: profile.id,
        signature: [...profile.signature],
        bandKeys: [...profile.bandKeys],
        shingleCount: profile.shingleCount,
        terms: [...profile.terms],
        termCounts: [...profile.termCounts],
        keyTerms: [...profile.keyTerms],
        names: [...profile.names],
        numbers: [...profile.numbers],
        dates: [...profile.dates],
        quoteShingles: [...profile.quoteShingles],
        latestYear: profile.latestYear,
        publishedDay: profile.publishedDay ?? null,
        leadWeekday: profile.leadWeekday ?? null,
      });
    }
    return {
      format: STORY_INDEX_FORMAT,
      version: STORY_INDEX_VERSION,
      signature: {
        scheme: SIGNATURE_SCHEME,
        numHashes: options.numHashes,
        shingleSize: options.shingleSize,
        seed: options.seed,
        bands: options.bands,
        rows: options.rows,
        bitsKept: 16,
      },
      options: {
        lshThreshold: options.lshThreshold,
        termsPerArticle: options.termsPerArticle,
        indexedTermsPerArticle: options.indexedTermsPerArticle,
        minSharedTerms: options.minSharedTerms,
        maxPostingsPerTerm: options.maxPostingsPerTerm,
        sameStoryThreshold: options.sameStoryThreshold,
        cohesionRatio: options.cohesionRatio,
        nearDuplicateJaccard: options.nearDuplicateJaccard,
        nearDuplicateContainment: options.nearDuplicateContainment,
        timeWindowDays: options.timeWindowDays,
      },
      statistics: {
        documentCount: this.statistics.documentCount,
        frequencies: this.statistics.frequencies.entries(),
      },
      labels: this.labels.entries(),
      articles,
    };
  }

  /**
   * Rebuilds an index from {@link StoryIndex.toJSON} output.
   *
   * @param json - the parsed JSON
   * @param options - an evidence extractor to use for articles added later (functions do
   *   not serialise; the built-in one by default)
   * @returns the index, as it was
   * @throws CorroborateError with code `invalid-input` when the JSON is not a story index
   *   of this version
   */
  static fromJSON(
    json: unknown,
    options: Pick<StoryIndexOptions, "extractEvidence"> = {},
  ): StoryIndex {
    const parsed = StoryIndexJSONSchema.safeParse(json);
    if (!parsed.success) {
      throw new CorroborateError(
        "invalid-input",
        "not a serialised StoryIndex of this version",
        parsed.error.issues.map((issue) => ({
          path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
          message: issue.message,
        })),
      );
    }
    const data = parsed.data;
    // Every indexed article was counted once, and is listed once.
    if (data.statistics.documentCount !== data.articles.length) {
      throw new CorroborateError(
        "invalid-input",
        `statistics count ${data.statistics.documentCount} articles, the index lists ${data.articles.length}`,
        [{ path: ["statistics", "documentCount"], message: "must equal the number of articles" }],
      );
    }
    const ids = new Set<string>();
    data.articles.forEach((article, position) => {
      if (ids.has(article.id)) {
        throw new CorroborateError("invalid-input", `article ${position} repeats an id`, [
          {
            path: ["articles", position, "id"],
            message: `duplicate id "${article.id.slice(0, 80)}"`,
          },
        ]);
      }
      ids.add(article.id);
    });
    const index = new StoryIndex({
      ...data.options,
      // An index written before the cohesion rule keeps grouping as it did.
      cohesionRatio: data.options.cohesionRatio ?? 0,
      numHashes: data.signature.numHashes,
      shingleSize: data.signature.shingleSize,
      seed: data.signature.seed,
      ...options,
    });
    if (
      index.options.bands !== data.signature.bands ||
      index.options.rows !== data.signature.rows
    ) {
      throw new CorroborateError("invalid-input", "bands and rows do not match the options", [
        { path: ["signature", "bands"], message: "inconsistent with numHashes and lshThreshold" },
      ]);
    }
    index.statistics.documentCount = data.statistics.documentCount;
    for (const [hash, count] of data.statistics.frequencies) {
      index.statistics.frequencies.add(hash, count);
    }
    for (const [hash, text, kind] of data.labels) index.labels.set(hash, kind, text);
    data.articles.forEach((article, position) => {
      const consistent =
        article.signature.length === data.signature.numHashes &&
        article.bandKeys.length === data.signature.bands &&
        article.termCounts.length === article.terms.length &&
        article.keyTerms.every(
          (hash) => article.terms.includes(hash) || article.names.includes(hash),
        );
      if (!consistent) {
        throw new CorroborateError("invalid-input", `article ${position} does not fit the index`, [
          { path: ["articles", position], message: "array lengths or indexed terms inconsistent" },
        ]);
      }
    });
    for (const article of data.articles) {
      const profile: StoryProfile = {
        id: article.id,
        signature: Uint16Array.from(article.signature),
        bandKeys: Uint32Array.from(article.bandKeys),
        shingleCount: article.shingleCount,
        terms: Uint32Array.from(article.terms),
        termCounts: Uint16Array.from(article.termCounts),
        keyTerms: Uint32Array.from(article.keyTerms),
        names: Uint32Array.from(article.names),
        numbers: Uint32Array.from(article.numbers),
        dates: Uint32Array.from(article.dates),
        quoteShingles: Uint32Array.from(article.quoteShingles),
        latestYear: article.latestYear,
      };
      if (article.publishedDay !== null) profile.publishedDay = article.publishedDay;
      if (article.leadWeekday !== undefined && article.leadWeekday !== null) {
        profile.leadWeekday = article.leadWeekday;
      }
      if (index.slots.has(profile.id)) index.remove(profile.id);
      index.insert(profile);
    }
    return index;
  }
}
