import type { StoryProfile } from "./storyProfile.js";

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
  // Band key → one slot, or the slots sharing it: most buckets hold one article, and a
  // bare number costs far less than an array.
  private readonly buckets = new Map<number, number | number[]>();
  private readonly postings = new Map<number, number[]>();

  /**
   * @param maxPostingsPerTerm - terms in more posting lists than this propose nothing
   */
  constructor(private readonly maxPostingsPerTerm: number) {}

  /** Puts a profile's band keys and key terms in the indexes. */
  add(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) this.buckets.set(key, slot);
      else if (typeof bucket === "number") this.buckets.set(key, [bucket, slot]);
      else bucket.push(slot);
    }
    for (const term of profile.keyTerms) {
      const list = this.postings.get(term);
      if (list === undefined) this.postings.set(term, [slot]);
      else list.push(slot);
    }
  }

  /** Takes a profile's entries out of the indexes. */
  remove(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === "number") {
        if (bucket === slot) this.buckets.delete(key);
        continue;
      }
      const remaining = bucket.filter((other) => other !== slot);
      if (remaining.length === 0) this.buckets.delete(key);
      else if (remaining.length === 1) this.buckets.set(key, remaining[0] ?? slot);
      else this.buckets.set(key, remaining);
    }
    for (const term of profile.keyTerms) {
      const list = this.postings.get(term);
      if (list === undefined) continue;
      const remaining = list.filter((other) => other !== slot);
      if (remaining.length === 0) this.postings.delete(term);
      else this.postings.set(term, remaining);
    }
  }

  /**
   * The slots proposed for a profile, with why. `self` (the profile's own slot, if
   * indexed) is left out.
   */
  candidates(profile: StoryProfile, self = -1): Map<number, CandidateEvidence> {
    const found = new Map<number, CandidateEvidence>();
    const note = (slot: number, field: keyof CandidateEvidence) => {
      if (slot === self) return;
      const evidence = found.get(slot);
      if (evidence === undefined) {
        found.set(slot, { sharedBands: 0, sharedTerms: 0, [field]: 1 });
      } else evidence[field]++;
    };
    for (const key of profile.bandKeys) {
      const bucket = this.buckets.get(key);
      if (bucket === undefined) continue;
      if (typeof bucket === "number") note(bucket, "sharedBands");
      else for (const slot of bucket) note(slot, "sharedBands");
    }
    for (const term of profile.keyTerms) {
      const list = this.postings.get(term);
      if (list === undefined || list.length > this.maxPostingsPerTerm) continue;
      for (const slot of list) note(slot, "sharedTerms");
    }
    return found;
  }
}
