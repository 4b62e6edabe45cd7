/**
 * The `count` largest of `values`, in ascending order: the same numbers as sorting all of
 * `values` and taking its end, found with a bounded min-heap in O(n log count). Profiles
 * keep 40 of an article's hundreds of terms, and the order of the rest is never read.
 *
 * @param values - the values (left unchanged)
 * @param count - how many to keep
 * @returns the largest `min(count, values.length)` values, smallest first
 */
export function largestValues(values: ArrayLike<number>, count: number): Float64Array {
  const size = Math.max(0, Math.min(count, values.length));
  const heap = new Float64Array(size);
  if (size === 0) return heap;
  for (let index = 0; index < size; index++) siftUp(heap, index, values[index] ?? 0);
  for (let index = size; index < values.length; index++) {
    const value = values[index] ?? 0;
    // Most values are below the smallest kept one and cost one comparison.
    if (value > (heap[0] ?? 0)) siftDown(heap, size, value);
  }
  return heap.sort();
}

/** Puts `value` at `position` of a min-heap of `position` entries and restores the order. */
function siftUp(heap: Float64Array, position: number, value: number): void {
  let child = position;
  while (child > 0) {
    const parent = (child - 1) >> 1;
    const above = heap[parent] ?? 0;
    if (above <= value) break;
    heap[child] = above;
    child = parent;
  }
  heap[child] = value;
}

/** Replaces the smallest entry of a min-heap of `length` entries with `value`. */
function siftDown(heap: Float64Array, length: number, value: number): void {
  let parent = 0;
  for (;;) {
    let child = 2 * parent + 1;
    if (child >= length) break;
    const right = child + 1;
    if (right < length && (heap[right] ?? 0) < (heap[child] ?? 0)) child = right;
    const below = heap[child] ?? 0;
    if (below >= value) break;
    heap[parent] = below;
    parent = child;
  }
  heap[parent] = value;
}
