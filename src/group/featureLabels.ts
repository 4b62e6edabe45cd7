import { CountTable } from "./countTable.js";

/** How a hashed feature reads in a reason, and which kind of evidence it is. */
export interface FeatureLabel {
  /** The text shown in reasons. */
  text: string;
  /** `term`, `person`, `place`, `number`, `date` or `quote`. */
  kind: string;
}

const KINDS = ["term", "person", "place", "number", "date", "quote"];

/**
 * How feature hashes read, for reasons: a typed-array table from hash to a position in
 * parallel lists of texts and kind codes. An index holds one entry per distinct shared
 * feature, and it is consulted for every kept feature of every article added, so a `Map`
 * of objects would cost several times the time and memory.
 */
export class FeatureLabels {
  private readonly positions = new CountTable();
  private readonly texts: string[] = [];
  private readonly kinds: number[] = [];

  /** Number of labelled hashes. */
  get size(): number {
    return this.texts.length;
  }

  /** Labels a hash, unless it already has a label. */
  set(hash: number, kind: string, text: string): void {
    if (this.positions.get(hash) > 0) return;
    this.texts.push(text);
    this.kinds.push(Math.max(0, KINDS.indexOf(kind)));
    this.positions.set(hash, this.texts.length);
  }

  /** The label of a hash, if any. */
  get(hash: number): FeatureLabel | undefined {
    const position = this.positions.get(hash) - 1;
    if (position < 0) return undefined;
    return { kind: KINDS[this.kinds[position] ?? 0] ?? "term", text: this.texts[position] ?? "" };
  }

  /** Every label as `[hash, text, kind]`, by hash. */
  entries(): [number, string, string][] {
    return this.positions
      .entries()
      .map(([hash, position]): [number, string, string] => [
        hash,
        this.texts[position - 1] ?? "",
        KINDS[this.kinds[position - 1] ?? 0] ?? "term",
      ]);
  }
}
