/**
 * The distinct strings of one pass over a text, each found by a 32-bit hash the caller
 * computes anyway: open addressing over typed arrays that are kept from pass to pass. A
 * generation stamp marks the slots of the current pass, so a new pass clears nothing. A
 * hash match is confirmed by comparing the strings, so two words never merge.
 */
export class DistinctTable {
  private stamps = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private mask = 1023;
  private generation = 0;
  private readonly hashes: number[] = [];
  private readonly keys: string[] = [];

  /** Starts a pass that will hold at most `size` distinct strings. */
  begin(size: number): void {
    let capacity = this.stamps.length;
    while (capacity < size * 2) capacity *= 2;
    if (capacity !== this.stamps.length || this.generation === 0x7fffffff) {
      this.stamps = new Int32Array(capacity);
      this.slots = new Int32Array(capacity);
      this.mask = capacity - 1;
      this.generation = 0;
    }
    this.generation++;
    this.hashes.length = 0;
    this.keys.length = 0;
  }

  /** How many distinct strings the pass holds. */
  get size(): number {
    return this.keys.length;
  }

  /**
   * The index of `key` in this pass, in order of first sight; a string not seen before
   * gets the next index ({@link size} before the call).
   */
  indexOf(key: string, hash: number): number {
    let slot = hash & this.mask;
    while (this.stamps[slot] === this.generation) {
      const index = this.slots[slot] ?? 0;
      if (this.hashes[index] === hash && this.keys[index] === key) return index;
      slot = (slot + 1) & this.mask;
    }
    const index = this.keys.length;
    this.stamps[slot] = this.generation;
    this.slots[slot] = index;
    this.hashes.push(hash);
    this.keys.push(key);
    return index;
  }
}
