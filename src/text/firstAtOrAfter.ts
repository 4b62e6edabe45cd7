/**
 * Binary search over items sorted by an offset: the index of the first item whose offset
 * is at or after `offset` (`items.length` when none is). Every stage that looks up spans,
 * tokens or mentions by position uses this one search.
 *
 * @param items - items in ascending order of `offsetOf`
 * @param offset - the offset to look for
 * @param offsetOf - the offset of an item (its start by default)
 * @returns the index of the first item at or after `offset`
 * @example
 * ```ts
 * firstAtOrAfter([{ start: 0 }, { start: 5 }, { start: 9 }], 6); // 2
 * ```
 */
export function firstAtOrAfter<T extends { start: number }>(
  items: readonly T[],
  offset: number,
): number;
export function firstAtOrAfter<T>(
  items: readonly T[],
  offset: number,
  offsetOf: (item: T) => number,
): number;
export function firstAtOrAfter<T>(
  items: readonly T[],
  offset: number,
  offsetOf: (item: T) => number = (item) => (item as { start: number }).start,
): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (item !== undefined && offsetOf(item) < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}
