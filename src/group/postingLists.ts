import { CountTable } from "./countTable.js";

const END = -1;

/**
 * Posting lists from 32-bit term hashes to article slots, stored as singly linked entries
 * in two flat typed arrays (8 bytes a posting) with typed-array tables of heads and lengths:
 * an array per term would cost several times that in object headers.
 */
export class PostingLists {
  // Per term: its first entry + 1, and its list length (0 means no list).
  private readonly heads = new CountTable();
  private readonly lengths = new CountTable();
  private slots = new Int32Array(1024);
  private next = new Int32Array(1024);
  private used = 0;
  private free = END;

  /** Number of slots listed under a term. */
  lengthOf(term: number): number {
    return this.lengths.get(term);
  }

  private head(term: number): number {
    return this.heads.get(term) - 1;
  }

  private setHead(term: number, entry: number): void {
    this.heads.set(term, entry + 1);
  }

  private allocate(): number {
    if (this.free !== END) {
      const entry = this.free;
      this.free = this.next[entry] ?? END;
      return entry;
    }
    if (this.used === this.slots.length) {
      const slots = new Int32Array(this.slots.length * 2);
      slots.set(this.slots);
      this.slots = slots;
      const next = new Int32Array(this.next.length * 2);
      next.set(this.next);
      this.next = next;
    }
    return this.used++;
  }

  /** Lists a slot under a term. */
  add(term: number, slot: number): void {
    const entry = this.allocate();
    this.slots[entry] = slot;
    this.next[entry] = this.head(term);
    this.setHead(term, entry);
    this.lengths.add(term, 1);
  }

  /** Takes a slot off a term's list. */
  remove(term: number, slot: number): void {
    let previous = END;
    let entry = this.head(term);
    while (entry !== END && this.slots[entry] !== slot) {
      previous = entry;
      entry = this.next[entry] ?? END;
    }
    if (entry === END) return;
    const following = this.next[entry] ?? END;
    if (previous === END) this.setHead(term, following);
    else this.next[previous] = following;
    this.next[entry] = this.free;
    this.free = entry;
    this.lengths.add(term, -1);
  }

  /** The first entry of a term's list (newest first), or -1. */
  first(term: number): number {
    return this.head(term);
  }

  /** The entry after `entry`, or -1. */
  after(entry: number): number {
    return this.next[entry] ?? END;
  }

  /** The slot an entry lists. */
  slotAt(entry: number): number {
    return this.slots[entry] ?? 0;
  }

  /** Calls `visit` for every slot listed under a term, newest first. */
  forEach(term: number, visit: (slot: number) => void): void {
    for (let entry = this.head(term); entry !== END; entry = this.next[entry] ?? END) {
      visit(this.slots[entry] ?? 0);
    }
  }
}
