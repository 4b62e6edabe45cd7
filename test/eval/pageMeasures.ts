import { foldForComparison } from "../../src/text/normalize.js";

/**
 * The measures the page evals share (naeb HTML and text, htmldate, the blind news pages):
 * whether the authors found are the true ones, and whether a day found is one day off.
 */

/** Whether two lists name the same people, compared folded and in any order. */
export function sameNameSet(predicted: readonly string[], truth: readonly string[]): boolean {
  const left = new Set(predicted.map(foldForComparison));
  const right = new Set(truth.map(foldForComparison));
  return left.size === right.size && [...left].every((name) => right.has(name));
}

/** Whether a day found (`YYYY-MM-DD`) is exactly one day before or after the true one. */
export function oneDayOff(predicted: string | undefined, truth: string): boolean {
  return (
    predicted !== undefined && Math.abs(Date.parse(predicted) - Date.parse(truth)) === 86_400_000
  );
}
