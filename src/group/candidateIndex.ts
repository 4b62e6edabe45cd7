import { PostingLists } from "./postingLists.js";
import { SlotTable } from "./slotTable.js";
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
  private readonly buckets = new SlotTable();
  private readonly postings = new PostingLists();

  /**
   * @param maxPostingsPerTerm - terms in more posting lists than this propose nothing
   */
  constructor(private readonly maxPostingsPerTerm: number) {}

  /** Puts a profile's band keys and key terms in the indexes. */
  add(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) this.buckets.add(key, slot);
    for (const term of profile.keyTerms) this.postings.add(term, slot);
  }

  /** Takes a profile's entries out of the indexes. */
  remove(slot: number, profile: StoryProfile): void {
    for (const key of profile.bandKeys) this.buckets.remove(key, slot);
    for (const term of profile.keyTerms) this.postings.remove(term, slot);
  }

  /**
   * The slots proposed for a profile, with why. `self` (the profile's own slot, if
   * indexed) is left out.
   */
  candidates(profile: StoryProfile, self = -1): Map<number, CandidateEvidence> {
    const found = new Map<number, CandidateEvidence>();
    const noteBand = (slot: number) => {
      if (slot === self) return;
      const evidence = found.get(slot);
      if (evidence === undefined) found.set(slot, { sharedBands: 1, sharedTerms: 0 });
      else evidence.sharedBands++;
    };
    const noteTerm = (slot: number) => {
      if (slot === self) return;
      const evidence = found.get(slot);
      if (evidence === undefined) found.set(slot, { sharedBands: 0, sharedTerms: 1 });
      else evidence.sharedTerms++;
    };
    for (const key of profile.bandKeys) this.buckets.forEach(key, noteBand);
    for (const term of profile.keyTerms) {
      if (this.postings.lengthOf(term) > this.maxPostingsPerTerm) continue;
      this.postings.forEach(term, noteTerm);
    }
    return found;
  }
}
