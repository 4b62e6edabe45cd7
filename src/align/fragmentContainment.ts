import type { Passage } from "./collectPassages.js";
import { sharedWords } from "./sharedWords.js";
import { totalWeight } from "./totalWeight.js";

/** Where a fragment sits best in a passage, and how much of it is there. */
export interface FragmentPlace {
  /** Share of the fragment's weight found (0 to 1). */
  containment: number;
  /** The passage's unit that holds it. */
  unit: number;
}

/**
 * How well a passage contains a fragment: the best window of the fragment's length plus
 * two words inside one sentence, words in any order ("collective security issues" sits in
 * "security issues, collective security"), so that a phrase whose words lie scattered over
 * a long sentence does not count.
 *
 * @param fragment - the short quote
 * @param passage - a fuller quote
 * @returns the best place, or undefined when no word is shared
 */
export function fragmentContainment(
  fragment: Passage,
  passage: Passage,
): FragmentPlace | undefined {
  const weight = totalWeight(fragment.tokens);
  if (weight <= 0) return undefined;
  const span = fragment.tokens.length + 2;
  let best: FragmentPlace | undefined;
  for (const [unitIndex, unit] of passage.units.entries()) {
    const last = Math.max(unit.from, unit.to - span);
    for (let start = unit.from; start <= last; start++) {
      const window = passage.tokens.slice(start, Math.min(unit.to, start + span));
      const containment = sharedWords(fragment.tokens, window).weight / weight;
      if (containment > (best?.containment ?? 0)) best = { containment, unit: unitIndex };
    }
  }
  return best;
}
