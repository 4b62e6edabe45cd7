/**
 * The two halves of a development set: the documents at even and at odd positions in id
 * order. A rule fitted to a few documents moves one half more than the other, so the gap
 * between the halves shows an overfit that the whole-set score hides.
 */
export function evenOddHalves<T>(items: readonly T[]): [T[], T[]] {
  return [
    items.filter((_, position) => position % 2 === 0),
    items.filter((_, position) => position % 2 === 1),
  ];
}

/** A mean of per-document values with its standard error. */
export interface MeanWithError {
  /** The mean. */
  mean: number;
  /** The standard error of the mean (sample standard deviation over the square root of n). */
  error: number;
}

/** Mean and standard error of per-document values (1 for a hit, 0 for a miss, or a score). */
export function meanWithError(values: readonly number[]): MeanWithError {
  const count = values.length;
  if (count === 0) return { mean: 0, error: 0 };
  const mean = values.reduce((sum, value) => sum + value, 0) / count;
  if (count === 1) return { mean, error: 0 };
  const variance =
    values.reduce((sum, value) => sum + (value - mean) ** 2, 0) / Math.max(1, count - 1);
  return { mean, error: Math.sqrt(variance / count) };
}

/**
 * The floor a half is held to: the whole set's bar less two standard errors of the half's
 * own mean. A half has half the documents, so its score wanders by about that much from
 * sampling alone; a half further below the bar than that is a real shortfall, not noise.
 */
export function halfFloor(bar: number, half: MeanWithError): number {
  return bar - 2 * half.error;
}

/** The ceiling of a rate that must stay low (off by one day), by the same reasoning. */
export function halfCeiling(bar: number, half: MeanWithError): number {
  return bar + 2 * half.error;
}

/** "0.901 ± 0.015": a half's score as the evals print it. */
export function formatHalf(value: MeanWithError, digits = 3): string {
  return `${value.mean.toFixed(digits)} ± ${value.error.toFixed(digits)}`;
}
