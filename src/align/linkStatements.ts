import { SPEECH_VERBS } from "../text/speechWords.js";
import { wordTokens } from "../text/words.js";
import type { VariantSpeaker } from "../types.js";
import { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import type { Candidates } from "./candidatePairs.js";
import type { Passage } from "./collectPassages.js";
import { contextNamesSpeaker } from "./contextNamesSpeaker.js";
import { fragmentContainment } from "./fragmentContainment.js";
import { linkedUnits, type UnitLinkOptions } from "./linkedUnits.js";
import { type SpeakerAgreement, speakerAgreement } from "./speakerAgreement.js";
import { UnionFind } from "./UnionFind.js";

/** Thresholds of {@link linkStatements}. */
export interface LinkOptions extends Omit<UnitLinkOptions, "minPhraseContainment"> {
  /** Share of a fragment a statement must contain for the fragment to join it. */
  minFragmentContainment: number;
  /** Whether scare-quoted terms may join each other. */
  includeScare: boolean;
}

// An outlet that runs a shared statement on into more sentences than this is quoting
// something else as well: the rest stays a statement of its own, linked to the group.
const MAX_ADDED_SENTENCES = 1;
const AGREEMENT_RANK: Record<SpeakerAgreement, number> = { same: 2, unknown: 1, different: 0 };
// Below this many words, or content words, a fragment credited to no one, or to a body no
// role ties to the speaker, is too common a phrase to join a statement on its words alone.
const UNSURE_FRAGMENT_WORDS = 3;
const UNSURE_FRAGMENT_CONTENT_WORDS = 2;

/** Each unit of each passage, numbered across the story. */
function unitNumbering(passages: readonly Passage[]): number[] {
  const offsets: number[] = [];
  let total = 0;
  for (const passage of passages) {
    offsets.push(total);
    total += passage.units.length;
  }
  offsets.push(total);
  return offsets;
}

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

/**
 * Merges statements that are never quoted apart: where a passage's neighbouring units
 * belong to two statements and every passage carrying one also carries the other, they
 * are one statement read in two sentences (“We cannot agree … This will not work.”) or a
 * statement with the clause one outlet adds. Statements some outlet quotes on their own
 * stay apart, even where another outlet runs them together in one broken quote; a
 * fragment quoted on its own counts as quoting its statement apart. One outlet's own
 * sentences beside a shared statement join it only as one added sentence ("one adds the
 * next clause"); more is another statement of its own. Nothing merges across an elision
 * mark: the outlet cut something out there.
 */
function mergeNeverApart(
  passages: readonly Passage[],
  offsets: readonly number[],
  sets: UnionFind,
): void {
  const carriers = new Map<number, Set<number>>();
  const units = new Map<number, number>();
  for (const passage of passages) {
    for (let unit = 0; unit < passage.units.length; unit++) {
      const statement = sets.find((offsets[passage.index] as number) + unit);
      const found = carriers.get(statement);
      if (found) found.add(passage.index);
      else carriers.set(statement, new Set([passage.index]));
      units.set(statement, (units.get(statement) ?? 0) + 1);
    }
  }
  const within = (inner: ReadonlySet<number>, outer: ReadonlySet<number>) => {
    if (inner.size > outer.size) return false;
    for (const index of inner) if (!outer.has(index)) return false;
    return true;
  };
  const merge = (left: number, right: number) => {
    const leftCarriers = carriers.get(left) ?? new Set<number>();
    const rightCarriers = carriers.get(right) ?? new Set<number>();
    const count = (units.get(left) ?? 0) + (units.get(right) ?? 0);
    sets.union(left, right);
    // The merged statement is carried by the larger set (the smaller lies within it).
    const larger = leftCarriers.size >= rightCarriers.size ? leftCarriers : rightCarriers;
    for (const statement of [left, right]) {
      carriers.delete(statement);
      units.delete(statement);
    }
    carriers.set(sets.find(left), larger);
    units.set(sets.find(left), count);
  };
  const neighbours = (visit: (left: number, right: number) => void) => {
    for (const passage of passages) {
      if (passage.fragment) continue;
      const first = offsets[passage.index] as number;
      for (let unit = 1; unit < passage.units.length; unit++) {
        if (passage.units[unit]?.afterElision) continue;
        const left = sets.find(first + unit - 1);
        const right = sets.find(first + unit);
        if (left !== right) visit(left, right);
      }
    }
  };
  // Sentences no other quote carries run together first: one outlet's own stretch.
  neighbours((left, right) => {
    if (carriers.get(left)?.size === 1 && carriers.get(right)?.size === 1) merge(left, right);
  });
  let changed = true;
  while (changed) {
    changed = false;
    neighbours((left, right) => {
      const leftCarriers = carriers.get(left) ?? new Set<number>();
      const rightCarriers = carriers.get(right) ?? new Set<number>();
      if (!within(leftCarriers, rightCarriers) && !within(rightCarriers, leftCarriers)) return;
      // An outlet's own stretch joins a shared statement only as one added sentence.
      const own = leftCarriers.size === 1 ? left : rightCarriers.size === 1 ? right : -1;
      const shared = own === left ? rightCarriers : leftCarriers;
      if (own >= 0 && shared.size > 1 && (units.get(own) ?? 0) > MAX_ADDED_SENTENCES) return;
      merge(left, right);
      changed = true;
    });
  }
}

/**
 * Decides which sentences of a story's quotes are one statement. Full quotes link
 * sentence to sentence ({@link linkedUnits}); each fragment joins the statement that best
 * contains it (when the speakers agree, or when nobody contradicts and the phrase is long
 * enough), and fragments left over join each other when both contain each other, on the
 * same terms; last, statements never quoted apart merge.
 *
 * @param passages - the story's passages, weighted
 * @param candidates - the proposed pairs and the identical copies
 * @param rolesOf - the roles of a person speaker across the story
 * @param options - thresholds
 * @returns the statement (a representative number) of every unit, by passage and unit
 */
export function linkStatements(
  passages: readonly Passage[],
  candidates: Candidates,
  rolesOf: (speaker: VariantSpeaker) => readonly string[],
  options: LinkOptions,
): number[][] {
  const offsets = unitNumbering(passages);
  const workspace = new AlignmentWorkspace();
  const sets = new UnionFind(offsets[passages.length] ?? 0);
  const unitId = (passage: Passage, unit: number) => (offsets[passage.index] as number) + unit;
  const agreementOf = (left: Passage, right: Passage) =>
    speakerAgreement(left.speaker, right.speaker, rolesOf);
  // A passage's own units are one statement when it is a fragment.
  for (const passage of passages) {
    if (!passage.fragment) continue;
    for (let unit = 1; unit < passage.units.length; unit++) {
      sets.union(unitId(passage, 0), unitId(passage, unit));
    }
  }
  // Copies word for word: the same units, whatever the punctuation split.
  for (const [first, copy] of candidates.identical) {
    const original = passages[first];
    const duplicate = passages[copy];
    if (!original || !duplicate) continue;
    const count = Math.min(original.units.length, duplicate.units.length);
    for (let unit = 0; unit < count; unit++) {
      sets.union(unitId(original, unit), unitId(duplicate, unit));
    }
  }
  for (const [first, second] of candidates.pairs) {
    const left = passages[first];
    const right = passages[second];
    if (!left || !right || left.fragment || right.fragment) continue;
    const agreement = agreementOf(left, right);
    const thresholds = { ...options, minPhraseContainment: options.minFragmentContainment };
    for (const [a, b] of linkedUnits(left, right, agreement, thresholds, workspace)) {
      sets.union(unitId(left, a), unitId(right, b));
    }
  }
  attachFragments(passages, candidates, agreementOf, unitId, sets, options);
  mergeNeverApart(passages, offsets, sets);
  return passages.map((passage) =>
    passage.units.map((_, unit) => sets.find(unitId(passage, unit))),
  );
}

function attachFragments(
  passages: readonly Passage[],
  candidates: Candidates,
  agreementOf: (left: Passage, right: Passage) => SpeakerAgreement,
  unitId: (passage: Passage, unit: number) => number,
  sets: UnionFind,
  options: LinkOptions,
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
  const joins = (fragment: Passage, partner: Passage, agreement: SpeakerAgreement) => {
    if (agreement !== "unknown") return agreement === "same";
    // Credited to no one: the sentence around it may name the statement's speaker.
    const named =
      fragment.speaker === undefined &&
      partner.speaker !== undefined &&
      contextNamesSpeaker(fragment.context, partner.speaker);
    // A scare-quoted term joins only when its sentence names the speaker with a verb of
    // saying the quote finder did not tie to it ("Lopez said the building came down “like a
    // pancake”"); a name or a title in quotes ("Deep Throat", "New Moon") never does.
    if (fragment.scare)
      return named && hasSayingVerb(fragment.context) && !allCapitalised(fragment);
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
    if (Math.min(forward, backward) >= options.minFragmentContainment) {
      sets.union(unitId(left, 0), unitId(right, 0));
    }
  }
}

function compareRanks(left: readonly number[], right: readonly number[]): number {
  for (let index = 0; index < left.length; index++) {
    const difference = (left[index] ?? 0) - (right[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return 0;
}
