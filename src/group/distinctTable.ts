/**
 * The distinct strings of one pass over a text, each found by a 32-bit hash the caller
 * computes anyway: open addressing over typed arrays that are kept from pass to pass. A
 * generation stamp marks the slots of the current pass, so a new pass clears nothing. A
 * hash match is confirmed by comparing the strings, so two words never merge. A pass that
 * holds more strings than it announced grows the table. The hashes, numbers, are kept in
 * a typed array written over by each pass; the strings go to a new list for each pass (a
 * list kept for long would make every store of a new string a write into an old object,
 * which V8's garbage collector must be told about).
 */
export class DistinctTable {
  private stamps = new Int32Array(1024);
  private slots = new Int32Array(1024);
  private mask = 1023;
  private generation = 0;
  private hashes = new Uint32Array(512);
  private keys: string[] = [];
  private count = 0;

  /** Starts a pass that will hold about `size` distinct strings. */
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
    this.count = 0;
    this.keys = [];
  }

  /** How many distinct strings the pass holds. */
  get size(): number {
    return this.count;
  }

  /**
   * The index of `key` in this pass, in order of first sight; a string not seen before
   * gets the next index ({@link size} before the call).
   */
  indexOf(key: string, hash: number): number {
    let slot = hash & this.mask;
    while (this.stamps[slot] === this.generation) {
      const index = this.slots[slot] ?? 0;
      if (this.hashes[index] === hash >>> 0 && this.keys[index] === key) return index;
      slot = (slot + 1) & this.mask;
    }
    const index = this.count++;
    this.stamps[slot] = this.generation;
    this.slots[slot] = index;
    if (index === this.hashes.length) {
      const hashes = new Uint32Array(this.hashes.length * 2);
      hashes.set(this.hashes);
      this.hashes = hashes;
    }
    this.hashes[index] = hash;
    this.keys[index] = key;
    if (this.count * 2 > this.mask + 1) this.grow();
    return index;
  }

  // Twice the slots, the pass's strings placed again, so at most half the slots are taken.
  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    this.stamps = new Int32Array(capacity);
    this.slots = new Int32Array(capacity);
    this.mask = capacity - 1;
    this.generation = 1;
    for (let index = 0; index < this.count; index++) {
      let slot = (this.hashes[index] ?? 0) & this.mask;
      while (this.stamps[slot] === this.generation) slot = (slot + 1) & this.mask;
      this.stamps[slot] = this.generation;
      this.slots[slot] = index;
    }
  }
}
