import { PostingLists } from "./postingLists.js";
import { SlotTable } from "./slotTable.js";
import type { StoryProfile } from "./storyProfile.js";

/**
 * LSH candidates taken from one bucket for one article: the nearest (latest added, or
 * latest before the article) ones. A wire story reprinted by hundreds of papers fills its
 * buckets; the copies in a bucket are near-identical and a few stand for all.
 */
export const MAX_BUCKET_CANDIDATES = 50;

/** Why a pair was proposed. */
export interface CandidateEvidence {
  /** LSH bands the two signatures share. */
  sharedBands: number;
  /** Indexed distinctive terms the two share. */
  sharedTerms: number;
}

/**
 * The two cheap indexes that propose pairs for careful scoring: LSH band buckets (shared
 * wording) and an inverted index over each article's most distinctive terms (shared
 * subject matter in different words). Articles are numbered slots; profiles live with the
 * caller.
 */
export class CandidateIndex {
  private readonly buckets = new SlotTable();
  private readonly postings = new PostingLists();
  // Scratch counters by slot, reused by every `candidates` call: a visit costs one typed
  // array increment instead of a Map update, which is what keeps long posting lists cheap.
  private bandCounts = new Uint16Array(1024);
  private termCounts = new Uint16Array(1024);
  private touched = new Int32Array(1024);

  /**
   * @param maxPostingsPerTerm - terms in more posting lists than this propose nothing
   */
  constructor(private readonly maxPostingsPerTerm: number) {}

  /** Puts a profile's band keys and key terms in the indexes. */
  add(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) this.buckets.add(key, slot);
    for (const term of profile.keyTerms) this.postings.add(term, slot);
    if (slot >= this.bandCounts.length) {
      let size = this.bandCounts.length;
      while (size <= slot) size *= 2;
      this.bandCounts = new Uint16Array(size);
      this.termCounts = new Uint16Array(size);
    }
  }

  /** Whether a term is in too many posting lists to propose candidates. */
  tooCommon(term: number): boolean {
    return this.postings.lengthOf(term) > this.maxPostingsPerTerm;
  }

  /** Takes a profile's entries out of the indexes. */
  remove(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) this.buckets.remove(key, slot);
    for (const term of profile.keyTerms) this.postings.remove(term, slot);
  }

  /**
   * The slots proposed for a profile, with why, in ascending slot order: those sharing a
   * band, or at least `minSharedTerms` indexed terms. `self` (the profile's own slot, if
   * indexed) is left out. Only slots below `before` are proposed, and from each LSH
   * bucket at most `perBucket` of them, the highest: a wire story reprinted ten thousand
   * times fills its buckets with copies, and the nearest of them stand for the rest.
   * Posting lists are bounded already (a term in more than `maxPostingsPerTerm` lists
   * proposes nothing).
   */
  candidates(
    profile: StoryProfile,
    minSharedTerms: number,
    self = -1,
    {
      before = Number.POSITIVE_INFINITY,
      perBucket = Number.POSITIVE_INFINITY,
      bandsOnly = false,
    } = {},
  ): [number, CandidateEvidence][] {
    let touchedCount = 0;
    const touch = (slot: number) => {
      if (this.bandCounts[slot] === 0 && this.termCounts[slot] === 0) {
        if (touchedCount === this.touched.length) {
          const grown = new Int32Array(this.touched.length * 2);
          grown.set(this.touched);
          this.touched = grown;
        }
        this.touched[touchedCount++] = slot;
      }
    };
    const noteBand = (slot: number) => {
      if (slot === self || slot >= this.bandCounts.length) return;
      touch(slot);
      this.bandCounts[slot] = (this.bandCounts[slot] ?? 0) + 1;
    };
    for (const key of profile.bandKeys) this.buckets.forEachNear(key, perBucket, noteBand, before);
    const termCounts = this.termCounts;
    for (const term of bandsOnly ? [] : profile.keyTerms) {
      if (this.postings.lengthOf(term) > this.maxPostingsPerTerm) continue;
      // The hot loop of candidate generation: walk the list without a callback.
      for (let entry = this.postings.first(term); entry >= 0; entry = this.postings.after(entry)) {
        const slot = this.postings.slotAt(entry);
        if (slot === self || slot >= termCounts.length || slot >= before) continue;
        touch(slot);
        termCounts[slot] = (termCounts[slot] ?? 0) + 1;
      }
    }
    const found: [number, CandidateEvidence][] = [];
    const slots = this.touched.subarray(0, touchedCount).sort();
    for (const slot of slots) {
      const sharedBands = this.bandCounts[slot] ?? 0;
      const sharedTerms = this.termCounts[slot] ?? 0;
      if (sharedBands > 0 || sharedTerms >= minSharedTerms) {
        found.push([slot, { sharedBands, sharedTerms }]);
      }
      this.bandCounts[slot] = 0;
      this.termCounts[slot] = 0;
    }
    return found;
  }
}
