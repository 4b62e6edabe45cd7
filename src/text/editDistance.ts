/**
 * The edit distance of two short strings (names, words), counting insertions, deletions,
 * substitutions and swaps of two neighbouring letters ("Tomczak"/"Tomzcak", the commonest
 * typing slip) as one edit each (the optimal string alignment distance), or `limit + 1` as
 * soon as it is known to exceed `limit`. Cost is O(|a|·|b|); callers pass single words, so
 * both are short.
 *
 * @param left - one string
 * @param right - the other
 * @param limit - the largest distance worth knowing exactly
 * @returns the distance, at most `limit + 1`
 * @example
 * ```ts
 * editDistance("kallas", "kallis", 2); // 1
 * editDistance("tomczak", "tomzcak", 2); // 1
 * editDistance("lavrov", "lavrenko", 2); // 3
 * ```
 */
export function editDistance(left: string, right: string, limit: number): number {
  if (Math.abs(left.length - right.length) > limit) return limit + 1;
  let before: number[] = [];
  let previous = Array.from({ length: right.length + 1 }, (_, index) => index);
  for (let row = 1; row <= left.length; row++) {
    const current = [row];
    let best = row;
    for (let column = 1; column <= right.length; column++) {
      const cost = left[row - 1] === right[column - 1] ? 0 : 1;
      let value = Math.min(
        (previous[column] ?? 0) + 1,
        (current[column - 1] ?? 0) + 1,
        (previous[column - 1] ?? 0) + cost,
      );
      const swapped =
        row > 1 &&
        column > 1 &&
        left[row - 1] === right[column - 2] &&
        left[row - 2] === right[column - 1];
      if (swapped) value = Math.min(value, (before[column - 2] ?? 0) + 1);
      current.push(value);
      if (value < best) best = value;
    }
    if (best > limit) return limit + 1;
    before = previous;
    previous = current;
  }
  return Math.min(previous[right.length] ?? limit + 1, limit + 1);
}
