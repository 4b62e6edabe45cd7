import { CountTable } from "./countTable.js";

/**
 * The latest few articles (slots) seen with each term, kept in rings of a fixed size: a
 * term too common to propose candidates through its posting list can still name its
 * nearest holders at a bounded cost. Slots must be noted in ascending order.
 */
export class RecentHolders {
  // Per term: its ring's number + 1 (0 for none); rings back to back in one flat array,
  // each with the count of slots ever noted, whose remainder is the next place to write.
  private readonly ringOf = new CountTable();
  private slots: Int32Array;
  private noted = new Int32Array(64);
  private rings = 0;
  // Scratch counters by slot for `heldWith`, cleared after each call through `touched`.
  private counts = new Uint16Array(1024);
  private touched: number[] = [];

  /**
   * @param size - slots kept per term
   */
  constructor(private readonly size: number) {
    this.slots = new Int32Array(64 * size);
  }

  /** Notes that `slot` has `term`; the oldest holder kept for it makes way when its ring is full. */
  note(term: number, slot: number): void {
    let ring = this.ringOf.get(term) - 1;
    if (ring < 0) {
      ring = this.rings++;
      this.ringOf.set(term, ring + 1);
      if (ring === this.noted.length) {
        const noted = new Int32Array(this.noted.length * 2);
        noted.set(this.noted);
        this.noted = noted;
        const slots = new Int32Array(this.slots.length * 2);
        slots.set(this.slots);
        this.slots = slots;
      }
    }
    const count = this.noted[ring] ?? 0;
    this.slots[ring * this.size + (count % this.size)] = slot;
    this.noted[ring] = count + 1;
  }

  /**
   * The slots kept for at least `minimum` of `terms` (each counted once per term), in
   * ascending order: one typed-array increment per kept holder, no map.
   */
  heldWith(terms: ArrayLike<number>, minimum: number): number[] {
    const touched = this.touched;
    for (let index = 0; index < terms.length; index++) {
      this.forEach(terms[index] ?? 0, (slot) => {
        if (slot >= this.counts.length) {
          let size = this.counts.length;
          while (size <= slot) size *= 2;
          const counts = new Uint16Array(size);
          counts.set(this.counts);
          this.counts = counts;
        }
        if (this.counts[slot] === 0) touched.push(slot);
        this.counts[slot] = (this.counts[slot] ?? 0) + 1;
      });
    }
    const found: number[] = [];
    for (const slot of touched) {
      if ((this.counts[slot] ?? 0) >= minimum) found.push(slot);
      this.counts[slot] = 0;
    }
    touched.length = 0;
    return found.sort((x, y) => x - y);
  }

  /** Calls `visit` for each slot kept for `term` (at most `size` of the latest). */
  forEach(term: number, visit: (slot: number) => void): void {
    const ring = this.ringOf.get(term) - 1;
    if (ring < 0) return;
    const kept = Math.min(this.noted[ring] ?? 0, this.size);
    for (let index = 0; index < kept; index++) visit(this.slots[ring * this.size + index] ?? 0);
  }
}
