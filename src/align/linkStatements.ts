import type { VariantSpeaker } from "../types.js";
import { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import { attachFragments } from "./attachFragments.js";
import type { Candidates } from "./candidatePairs.js";
import type { Passage } from "./collectPassages.js";
import { linkedUnits, type UnitLinkOptions } from "./linkedUnits.js";
import { mergeNeverApart } from "./mergeNeverApart.js";
import { speakerAgreement } from "./speakerAgreement.js";
import { UnionFind } from "./UnionFind.js";

/** Thresholds of {@link linkStatements}. */
export interface LinkOptions extends Omit<UnitLinkOptions, "minPhraseContainment"> {
  /** Share of a fragment a statement must contain for the fragment to join it. */
  minFragmentContainment: number;
  /** Whether scare-quoted terms may join each other. */
  includeScare: boolean;
}

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
  mergeNeverApart(passages, unitId, sets);
  return passages.map((passage) =>
    passage.units.map((_, unit) => sets.find(unitId(passage, unit))),
  );
}
