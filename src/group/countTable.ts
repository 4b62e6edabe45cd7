/** A key's first probe position: Fibonacci hashing, high bits folded onto low ones. */
function home(key: number, mask: number): number {
  const hash = Math.imul(key, 0x9e3779b1) >>> 0;
  return (hash ^ (hash >>> 15)) & mask;
}

/**
 * Counts by 32-bit key in two flat typed arrays (open addressing, linear probing): the
 * document-frequency table is updated for every distinct term of every article added, and
 * a `Map` costs several times the time and memory for that.
 */
export class CountTable {
  private keys = new Int32Array(1024);
  private counts = new Int32Array(1024);
  private used = 0;

  /** Number of keys with a count above zero. */
  get size(): number {
    return this.used;
  }

  private position(key: number): number {
    const mask = this.keys.length - 1;
    let index = home(key, mask);
    while (this.counts[index] !== 0 && this.keys[index] !== key) index = (index + 1) & mask;
    return index;
  }

  /** The count of a key (0 when absent). */
  get(rawKey: number): number {
    return this.counts[this.position(rawKey | 0)] ?? 0;
  }

  /**
   * Adds `by` (which may be negative) to a key's count; a count that reaches 0 is removed.
   * Returns the new count.
   */
  add(rawKey: number, by: number): number {
    const key = rawKey | 0;
    const index = this.position(key);
    return this.store(index, key, (this.counts[index] ?? 0) + by);
  }

  /** Sets a key's count; 0 removes the key. */
  set(rawKey: number, value: number): void {
    const key = rawKey | 0;
    this.store(this.position(key), key, value);
  }

  // Writes a key's new count where its probe ended: one probe serves the read and the write.
  private store(index: number, key: number, count: number): number {
    if ((this.counts[index] ?? 0) === 0) {
      if (count <= 0) return 0;
      this.keys[index] = key;
      this.counts[index] = count;
      this.used++;
      if (this.used * 2 > this.keys.length) this.grow();
      return count;
    }
    if (count > 0) {
      this.counts[index] = count;
      return count;
    }
    this.deleteAt(index);
    return 0;
  }

  /** Every key and count, keys as unsigned 32-bit values, in ascending key order. */
  entries(): [number, number][] {
    const entries: [number, number][] = [];
    for (let index = 0; index < this.keys.length; index++) {
      const count = this.counts[index] ?? 0;
      if (count > 0) entries.push([(this.keys[index] ?? 0) >>> 0, count]);
    }
    return entries.sort((x, y) => x[0] - y[0]);
  }

  // Backward-shift deletion keeps linear probing correct without tombstones.
  private deleteAt(start: number): void {
    const mask = this.keys.length - 1;
    let hole = start;
    let index = (start + 1) & mask;
    while (this.counts[index] !== 0) {
      const key = this.keys[index] ?? 0;
      const start = home(key, mask);
      if (((hole - start) & mask) <= ((index - start) & mask)) {
        this.keys[hole] = key;
        this.counts[hole] = this.counts[index] ?? 0;
        hole = index;
      }
      index = (index + 1) & mask;
    }
    this.counts[hole] = 0;
    this.used--;
  }

  private grow(): void {
    const keys = this.keys;
    const counts = this.counts;
    this.keys = new Int32Array(keys.length * 2);
    this.counts = new Int32Array(keys.length * 2);
    for (let index = 0; index < keys.length; index++) {
      const count = counts[index] ?? 0;
      if (count === 0) continue;
      const position = this.position(keys[index] ?? 0);
      this.keys[position] = keys[index] ?? 0;
      this.counts[position] = count;
    }
  }
}
