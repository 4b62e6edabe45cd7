import type { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import { alignTokens } from "./alignTokens.js";
import type { Passage } from "./collectPassages.js";
import { oneWordApart } from "./oneWordApart.js";
import { sharedWords } from "./sharedWords.js";
import type { SpeakerAgreement } from "./speakerAgreement.js";
import { totalWeight } from "./totalWeight.js";

/** The thresholds {@link linkedUnits} applies. */
export interface UnitLinkOptions {
  /** Share of the better-covered sentence's weight the other must hold (one speaker). */
  minContainment: number;
  /** The same when the two speakers cannot be compared (one missing, a body and a person). */
  minUnattributedContainment: number;
  /** Shared weight needed. */
  minSharedWeight: number;
  /** Containment of the better-covered sentence when the outlets credit different people. */
  minDifferentSpeakerContainment: number;
  /** Fewer shared content words than this is a shared phrase: the containment must reach `minPhraseContainment`. */
  minSharedContentWords: number;
  /** Containment a sentence needs when it shares only a phrase with the other. */
  minPhraseContainment: number;
}

/** The unit of each token of a passage (-1 for none). */
function unitOfTokens(passage: Passage): Int32Array {
  const units = new Int32Array(passage.tokens.length).fill(-1);
  for (const [index, unit] of passage.units.entries()) units.fill(index, unit.from, unit.to);
  return units;
}

/**
 * The sentences of two passages that render one statement. The passages are aligned
 * (Smith–Waterman over stems); every pair of sentences the alignment sets words of
 * against each other is then judged on the words they share in any order: enough shared
 * weight, and the better-covered sentence at least `minContainment` covered, so that an
 * extended rendering ("I am confident that in the West … a utopia") still meets a trimmed
 * one, while two statements of one speaker that reuse a phrase do not; where the speakers
 * cannot be compared, `minUnattributedContainment` asks for more. Sentences that share
 * fewer than `minSharedContentWords` content words share a phrase ("at least a dozen
 * people"): one of them must be nearly all that phrase. When the outlets credit different
 * people, a shared phrase is never enough ("make America great again" from two mouths);
 * one sentence must be nearly all inside the other, and the other half inside the first:
 * the same words credited to two people, not two people who speak alike.
 *
 * @param left - a passage
 * @param right - another passage
 * @param agreement - whether their speakers agree
 * @param options - thresholds
 * @param workspace - scratch memory for the alignment
 * @returns pairs `[left unit, right unit]` that are one statement
 */
export function linkedUnits(
  left: Passage,
  right: Passage,
  agreement: SpeakerAgreement,
  options: UnitLinkOptions,
  workspace: AlignmentWorkspace,
): [number, number][] {
  const alignment = alignTokens(left.tokens, right.tokens, workspace);
  if (alignment.pairs.length === 0) return [];
  const leftUnits = unitOfTokens(left);
  const rightUnits = unitOfTokens(right);
  const unitPairs = new Set<number>();
  const width = right.units.length;
  for (const [index, [i, j]] of alignment.pairs.entries()) {
    if ((alignment.quality[index] ?? 0) <= 0) continue;
    const a = leftUnits[i] ?? -1;
    const b = rightUnits[j] ?? -1;
    if (a >= 0 && b >= 0) unitPairs.add(a * width + b);
  }
  const links: [number, number][] = [];
  for (const code of [...unitPairs].sort((x, y) => x - y)) {
    const a = Math.floor(code / width);
    const b = code % width;
    const leftUnit = left.units[a];
    const rightUnit = right.units[b];
    if (!leftUnit || !rightUnit) continue;
    const leftTokens = left.tokens.slice(leftUnit.from, leftUnit.to);
    const rightTokens = right.tokens.slice(rightUnit.from, rightUnit.to);
    const { weight: shared, contentWords } = sharedWords(leftTokens, rightTokens);
    if (shared < options.minSharedWeight) continue;
    const leftCoverage = shared / totalWeight(leftTokens);
    const rightCoverage = shared / totalWeight(rightTokens);
    const phrase =
      contentWords < options.minSharedContentWords &&
      !(agreement === "same" && oneWordApart(leftTokens, rightTokens));
    const needed = phrase
      ? options.minPhraseContainment
      : agreement === "same"
        ? options.minContainment
        : options.minUnattributedContainment;
    if (Math.max(leftCoverage, rightCoverage) < needed) continue;
    if (
      agreement === "different" &&
      (phrase ||
        Math.max(leftCoverage, rightCoverage) < options.minDifferentSpeakerContainment ||
        Math.min(leftCoverage, rightCoverage) < options.minContainment)
    )
      continue;
    links.push([a, b]);
  }
  return links;
}
