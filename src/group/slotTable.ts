const EMPTY = -1;

/**
 * A map from 32-bit keys to lists of article slots, built for LSH buckets: almost every
 * key holds one slot, so keys and single slots sit in two flat typed arrays (open
 * addressing, linear probing) at 8 bytes an entry instead of a `Map` entry and a boxed
 * key; the rare shared buckets spill into a side list.
 */
export class SlotTable {
  private keys: Int32Array;
  // A slot (>= 0), EMPTY, or -(2 + index) of a spilled list.
  private values: Int32Array;
  private readonly spilled: (number[] | undefined)[] = [];
  private readonly freeSpills: number[] = [];
  private count = 0;

  constructor(initialCapacity = 1024) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.keys = new Int32Array(capacity);
    this.values = new Int32Array(capacity).fill(EMPTY);
  }

  /** Bytes held by the table's arrays (for memory reports). */
  get byteLength(): number {
    return this.keys.byteLength + this.values.byteLength;
  }

  private position(key: number): number {
    const mask = this.keys.length - 1;
    let index = Math.imul(key, 0x9e3779b1) >>> 0;
    index = (index ^ (index >>> 16)) & mask;
    while (this.values[index] !== EMPTY && this.keys[index] !== key) index = (index + 1) & mask;
    return index;
  }

  /** Adds a slot under a key. */
  add(rawKey: number, slot: number): void {
    const key = rawKey | 0;
    const index = this.position(key);
    const value = this.values[index] ?? EMPTY;
    if (value === EMPTY) {
      this.keys[index] = key;
      this.values[index] = slot;
      this.count++;
      if (this.count * 2 > this.keys.length) this.grow();
      return;
    }
    if (value >= 0) {
      const spill = this.freeSpills.pop() ?? this.spilled.length;
      this.spilled[spill] = [value, slot];
      this.values[index] = -(2 + spill);
      return;
    }
    this.spilled[-value - 2]?.push(slot);
  }

  /** Calls `visit` for every slot under a key. */
  forEach(rawKey: number, visit: (slot: number) => void): void {
    const index = this.position(rawKey | 0);
    const value = this.values[index] ?? EMPTY;
    if (value === EMPTY) return;
    if (value >= 0) {
      visit(value);
      return;
    }
    for (const slot of this.spilled[-value - 2] ?? []) visit(slot);
  }

  /**
   * Calls `visit` for at most `limit` slots under a key: the highest ones below `before`
   * (all slots when `before` is undefined). Slots are added in ascending order, so a
   * bucket's list is sorted and the cut is a binary search, whatever the bucket's size.
   */
  forEachNear(
    rawKey: number,
    limit: number,
    visit: (slot: number) => void,
    before = Number.POSITIVE_INFINITY,
  ): void {
    const index = this.position(rawKey | 0);
    const value = this.values[index] ?? EMPTY;
    if (value === EMPTY) return;
    if (value >= 0) {
      if (value < before && limit > 0) visit(value);
      return;
    }
    const list = this.spilled[-value - 2] ?? [];
    let low = 0;
    let high = list.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((list[middle] ?? 0) < before) low = middle + 1;
      else high = middle;
    }
    for (let position = Math.max(0, low - limit); position < low; position++) {
      visit(list[position] ?? 0);
    }
  }

  /** How many slots a key holds. */
  sizeOf(rawKey: number): number {
    const value = this.values[this.position(rawKey | 0)] ?? EMPTY;
    if (value === EMPTY) return 0;
    return value >= 0 ? 1 : (this.spilled[-value - 2]?.length ?? 0);
  }

  /** Removes one slot from under a key. */
  remove(rawKey: number, slot: number): void {
    const index = this.position(rawKey | 0);
    const value = this.values[index] ?? EMPTY;
    if (value === EMPTY) return;
    if (value < 0) {
      const spill = -value - 2;
      const list = (this.spilled[spill] ?? []).filter((other) => other !== slot);
      if (list.length > 1) {
        this.spilled[spill] = list;
        return;
      }
      this.spilled[spill] = undefined;
      this.freeSpills.push(spill);
      if (list.length === 1) {
        this.values[index] = list[0] ?? EMPTY;
        return;
      }
    } else if (value !== slot) return;
    this.deleteAt(index);
  }

  // Backward-shift deletion keeps linear probing correct without tombstones.
  private deleteAt(start: number): void {
    const mask = this.keys.length - 1;
    let hole = start;
    let index = (start + 1) & mask;
    while (this.values[index] !== EMPTY) {
      const key = this.keys[index] ?? 0;
      let home = Math.imul(key, 0x9e3779b1) >>> 0;
      home = (home ^ (home >>> 16)) & mask;
      const distanceToHole = (hole - home) & mask;
      const distanceToIndex = (index - home) & mask;
      if (distanceToHole <= distanceToIndex) {
        this.keys[hole] = key;
        this.values[hole] = this.values[index] ?? EMPTY;
        hole = index;
      }
      index = (index + 1) & mask;
    }
    this.values[hole] = EMPTY;
    this.count--;
  }

  private grow(): void {
    const keys = this.keys;
    const values = this.values;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(keys.length * 2).fill(EMPTY);
    this.count = 0;
    for (let index = 0; index < keys.length; index++) {
      const value = values[index] ?? EMPTY;
      if (value === EMPTY) continue;
      const position = this.position(keys[index] ?? 0);
      this.keys[position] = keys[index] ?? 0;
      this.values[position] = value;
      this.count++;
    }
  }
}
