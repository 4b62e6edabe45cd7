import { SlotTable } from "./slotTable.js";

const END = -1;

/**
 * Posting lists from 32-bit term hashes to article slots, stored as singly linked entries
 * in two flat typed arrays (8 bytes a posting) with a {@link SlotTable} of list heads:
 * an array per term would cost several times that in object headers.
 */
export class PostingLists {
  private readonly heads = new SlotTable();
  private readonly lengths = new SlotTable();
  private slots = new Int32Array(1024);
  private next = new Int32Array(1024);
  private used = 0;
  private free = END;

  /** Number of slots listed under a term. */
  lengthOf(term: number): number {
    let length = 0;
    this.lengths.forEach(term, (value) => {
      length = value;
    });
    return length;
  }

  private setLength(term: number, length: number): void {
    const previous = this.lengthOf(term);
    if (previous > 0) this.lengths.remove(term, previous);
    if (length > 0) this.lengths.add(term, length);
  }

  private head(term: number): number {
    let head = END;
    this.heads.forEach(term, (value) => {
      head = value;
    });
    return head;
  }

  private setHead(term: number, entry: number): void {
    const previous = this.head(term);
    if (previous !== END) this.heads.remove(term, previous);
    if (entry !== END) this.heads.add(term, entry);
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
    this.setLength(term, this.lengthOf(term) + 1);
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
    this.setLength(term, this.lengthOf(term) - 1);
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
