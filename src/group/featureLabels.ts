/** How a hashed feature reads in a reason, and which kind of evidence it is. */
export interface FeatureLabel {
  /** The text shown in reasons. */
  text: string;
  /** `term`, `person`, `place`, `number`, `date` or `quote`. */
  kind: string;
}

const KIND_CODES: Record<string, string> = {
  term: "t",
  person: "p",
  place: "l",
  number: "n",
  date: "d",
  quote: "q",
};
const KINDS: Record<string, string> = Object.fromEntries(
  Object.entries(KIND_CODES).map(([kind, code]) => [code, kind]),
);

/**
 * How feature hashes read, for reasons. One string per hash (the kind's one-letter code,
 * then the text) rather than an object: an index over many articles holds one entry per
 * distinct feature, and objects would double its size.
 */
export class FeatureLabels {
  private readonly table = new Map<number, string>();

  /** Number of labelled hashes. */
  get size(): number {
    return this.table.size;
  }

  /** Labels a hash, unless it already has a label. */
  set(hash: number, kind: string, text: string): void {
    const key = hash | 0;
    if (this.table.has(key)) return;
    this.table.set(key, `${KIND_CODES[kind] ?? "t"}${text}`);
  }

  /** The label of a hash, if any. */
  get(hash: number): FeatureLabel | undefined {
    const entry = this.table.get(hash | 0);
    if (entry === undefined) return undefined;
    return { kind: KINDS[entry.charAt(0)] ?? "term", text: entry.slice(1) };
  }

  /** Every label as `[hash, text, kind]`, by hash. */
  entries(): [number, string, string][] {
    return [...this.table]
      .map(([key, entry]): [number, string, string] => [
        key >>> 0,
        entry.slice(1),
        KINDS[entry.charAt(0)] ?? "term",
      ])
      .sort((x, y) => x[0] - y[0]);
  }
}
