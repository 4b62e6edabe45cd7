import { SPEECH_VERBS } from "../text/speechWords.js";
import { wordTokens } from "../text/words.js";
import type { Candidates } from "./candidatePairs.js";
import type { Passage } from "./collectPassages.js";
import { contextNamesSpeaker } from "./contextNamesSpeaker.js";
import { fragmentContainment } from "./fragmentContainment.js";
import { oneWordApart } from "./oneWordApart.js";
import { sentenceAround } from "./sentenceAround.js";
import type { SpeakerAgreement } from "./speakerAgreement.js";
import type { UnionFind } from "./UnionFind.js";

const AGREEMENT_RANK: Record<SpeakerAgreement, number> = { same: 2, unknown: 1, different: 0 };
// Below this many words, or content words, a fragment credited to no one, or to a body no
// role ties to the speaker, is too common a phrase to join a statement on its words alone.
const UNSURE_FRAGMENT_WORDS = 3;
const UNSURE_FRAGMENT_CONTENT_WORDS = 2;

function contentWords(passage: Passage): number {
  return passage.tokens.filter((token) => !token.functional).length;
}

/** Every content word capitalised: a name or a title, not words someone said. */
function allCapitalised(passage: Passage): boolean {
  return passage.tokens.every((token) => token.functional || /^[\p{Lu}\p{N}]/u.test(token.text));
}

function hasSayingVerb(context: string): boolean {
  return wordTokens(context).some((token) => SPEECH_VERBS.has(token.text.toLowerCase()));
}

function compareRanks(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}

/**
 * Attaches fragments to statements: each fragment joins the statement whose passage best
 * contains it (words in any order, within a window; the better speaker agreement first,
 * then the fuller containment), when the speakers agree, when the sentence around a
 * fragment credited to no one names the speaker, or when nobody contradicts and the
 * phrase is long enough. Fragments left over join each other when each contains the
 * other, on the same terms. A scare-quoted term joins only when its sentence names the
 * speaker beside a verb of saying, never when it is a name or title.
 *
 * @param passages - the story's passages
 * @param candidates - the proposed pairs
 * @param agreementOf - how two passages' speakers compare
 * @param unitId - the number of a passage's unit in `sets`
 * @param sets - the statements so far, joined in place
 * @param options - thresholds
 */
export function attachFragments(
  passages: readonly Passage[],
  candidates: Candidates,
  agreementOf: (left: Passage, right: Passage) => SpeakerAgreement,
  unitId: (passage: Passage, unit: number) => number,
  sets: UnionFind,
  options: { minFragmentContainment: number; includeScare: boolean },
): void {
  const fullPartners = new Map<number, number[]>();
  const fragmentPartners: [Passage, Passage][] = [];
  for (const [first, second] of candidates.pairs) {
    const left = passages[first];
    const right = passages[second];
    if (!left || !right) continue;
    if (left.fragment && right.fragment) fragmentPartners.push([left, right]);
    else if (left.fragment || right.fragment) {
      const fragment = left.fragment ? left : right;
      const full = left.fragment ? right : left;
      const list = fullPartners.get(fragment.index) ?? [];
      list.push(full.index);
      fullPartners.set(fragment.index, list);
    }
  }
  const attached = new Set<number>();
  const contexts = new Map<number, string>();
  const contextOf = (passage: Passage) => {
    let context = contexts.get(passage.index);
    if (context === undefined) {
      context = sentenceAround(passage);
      contexts.set(passage.index, context);
    }
    return context;
  };
  const joins = (fragment: Passage, partner: Passage, agreement: SpeakerAgreement) => {
    if (agreement !== "unknown") return agreement === "same";
    // A name or a title in quotes credited to no one ("Deep Throat", "A Choice, Not an
    // Echo") is no one's words.
    if (fragment.speaker === undefined && allCapitalised(fragment)) return false;
    // Credited to no one: the sentence around it may name the statement's speaker.
    const named =
      fragment.speaker === undefined &&
      partner.speaker !== undefined &&
      contextNamesSpeaker(contextOf(fragment), partner.speaker);
    // A scare-quoted term joins only when its sentence names the speaker with a verb of
    // saying the quote finder did not tie to it ("Lopez said the building came down “like a
    // pancake”").
    if (fragment.scare) return named && hasSayingVerb(contextOf(fragment));
    if (named) return true;
    return (
      fragment.tokens.length >= UNSURE_FRAGMENT_WORDS &&
      contentWords(fragment) >= UNSURE_FRAGMENT_CONTENT_WORDS
    );
  };
  for (const [fragmentIndex, partners] of [...fullPartners.entries()].sort((a, b) => a[0] - b[0])) {
    const fragment = passages[fragmentIndex];
    if (!fragment) continue;
    let best: { rank: number[]; passage: Passage; unit: number } | undefined;
    for (const partnerIndex of partners) {
      const partner = passages[partnerIndex];
      if (!partner) continue;
      const place = fragmentContainment(fragment, partner);
      if (!place || place.containment < options.minFragmentContainment) continue;
      const agreement = agreementOf(fragment, partner);
      if (!joins(fragment, partner, agreement)) continue;
      const rank = [AGREEMENT_RANK[agreement], place.containment, -partner.index];
      if (!best || compareRanks(rank, best.rank) > 0)
        best = { rank, passage: partner, unit: place.unit };
    }
    if (best) {
      sets.union(unitId(fragment, 0), unitId(best.passage, best.unit));
      attached.add(fragment.index);
    }
  }
  for (const [left, right] of fragmentPartners) {
    if (attached.has(left.index) || attached.has(right.index)) continue;
    if (!options.includeScare && (left.scare || right.scare)) continue;
    const agreement = agreementOf(left, right);
    if (!joins(left, right, agreement) || !joins(right, left, agreement)) continue;
    const forward = fragmentContainment(left, right)?.containment ?? 0;
    const backward = fragmentContainment(right, left)?.containment ?? 0;
    // Two short quotes one word apart are one statement misquoted, when one speaker says both.
    const swapped = agreement === "same" && oneWordApart(left.tokens, right.tokens);
    if (swapped || Math.min(forward, backward) >= options.minFragmentContainment) {
      sets.union(unitId(left, 0), unitId(right, 0));
    }
  }
}
