/**
 * Reusable scratch memory for {@link alignTokens}: one per story, grown to the largest
 * pair of quotes, so that thousands of alignments do not each allocate six matrices.
 */
export class AlignmentWorkspace {
  /** Scores ending in an aligned pair. */
  match = new Float64Array(0);
  /** Scores ending with a left token unaligned. */
  leftGap = new Float64Array(0);
  /** Scores ending with a right token unaligned. */
  rightGap = new Float64Array(0);
  /** Where each match score came from. */
  matchFrom = new Uint8Array(0);
  /** Where each left-gap score came from. */
  leftGapFrom = new Uint8Array(0);
  /** Where each right-gap score came from. */
  rightGapFrom = new Uint8Array(0);

  /**
   * Makes room for a matrix of `size` cells and clears it.
   *
   * @param size - cells needed
   */
  reset(size: number): void {
    if (this.match.length < size) {
      const capacity = Math.max(size, this.match.length * 2);
      this.match = new Float64Array(capacity);
      this.leftGap = new Float64Array(capacity);
      this.rightGap = new Float64Array(capacity);
      this.matchFrom = new Uint8Array(capacity);
      this.leftGapFrom = new Uint8Array(capacity);
      this.rightGapFrom = new Uint8Array(capacity);
    }
    this.match.fill(0, 0, size);
    this.leftGap.fill(Number.NEGATIVE_INFINITY, 0, size);
    this.rightGap.fill(Number.NEGATIVE_INFINITY, 0, size);
  }
}
