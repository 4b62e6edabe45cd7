/**
 * How a signature is cut into LSH bands.
 *
 * @example
 * ```ts
 * const { bands, rows }: LshParameters = chooseLshParameters(64, 0.5); // 16 bands of 4 rows
 * ```
 *
 * @group Group
 */
export interface LshParameters {
  /** Number of bands; two articles become candidates when any band matches. */
  bands: number;
  /** Signature values per band. */
  rows: number;
}

// Midpoint rule over [from, to]: the integrals are smooth, 64 steps are plenty.
function integrate(f: (x: number) => number, from: number, to: number): number {
  const steps = 64;
  const width = (to - from) / steps;
  let sum = 0;
  for (let step = 0; step < steps; step++) sum += f(from + (step + 0.5) * width);
  return sum * width;
}

/**
 * Picks bands × rows for a signature so that the LSH S-curve `1 − (1 − s^rows)^bands`
 * (the chance that two articles with Jaccard similarity `s` share a band) rises around
 * `threshold`. Like datasketch's `_optimal_param`, it minimises the weighted area of
 * false positives below the threshold and false negatives above it; missed copies cost
 * more than extra candidates (which the scorer rejects), so false negatives weigh
 * `falseNegativeWeight` against `1 − falseNegativeWeight`. `maxBands` bounds the index
 * memory (one bucket entry per band per article).
 *
 * @param numHashes - signature length
 * @param threshold - the Jaccard similarity the curve should rise at, from 0 to 1
 * @param falseNegativeWeight - weight of misses against extra candidates, from 0 to 1
 * @param maxBands - the most bands allowed
 * @returns bands and rows, with `bands × rows ≤ numHashes`
 * @example
 * ```ts
 * chooseLshParameters(128, 0.5); // { bands: 25, rows: 5 }: a copy with J = 0.75 is found 99.9 % of the time
 * ```
 *
 * @group Group
 */
export function chooseLshParameters(
  numHashes: number,
  threshold: number,
  falseNegativeWeight = 0.7,
  maxBands = 32,
): LshParameters {
  let best: LshParameters = { bands: 1, rows: numHashes };
  let bestError = Number.POSITIVE_INFINITY;
  for (let bands = 1; bands <= Math.min(numHashes, maxBands); bands++) {
    for (let rows = 1; rows * bands <= numHashes; rows++) {
      const candidate = (s: number) => 1 - (1 - s ** rows) ** bands;
      const falsePositive = integrate(candidate, 0, threshold);
      const falseNegative = integrate((s) => 1 - candidate(s), threshold, 1);
      const error = (1 - falseNegativeWeight) * falsePositive + falseNegativeWeight * falseNegative;
      if (error < bestError - 1e-12) {
        bestError = error;
        best = { bands, rows };
      }
    }
  }
  return best;
}
