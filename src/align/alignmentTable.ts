import { alignTokens } from "./alignTokens.js";
import type { QuoteToken } from "./quoteTokens.js";

/** The columns of a group's alignment: each row's token index per column, -1 for a gap. */
export interface TokenTable {
  /** Number of columns. */
  columns: number;
  /** One row per variant: the variant's token index in each column, or -1. */
  rows: number[][];
  /** For each row, how alike each of its tokens is to the root token in its column (0 when none). */
  quality: number[][];
}

/** A slot's columns after merging one variant's inserted words into them. */
interface MergedSlot {
  /** The stems of the columns, in order. */
  stems: string[];
  /** New position of each old column. */
  oldToNew: number[];
  /** Position of each inserted word. */
  placeOf: number[];
}

/** Merges one variant's inserted words into a slot's columns, matching equal stems in order (LCS). */
function mergeInsertion(columns: readonly string[], inserted: readonly QuoteToken[]): MergedSlot {
  const n = columns.length;
  const m = inserted.length;
  const lengths: number[][] = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      const row = lengths[i] as number[];
      row[j] =
        columns[i] === inserted[j]?.stem
          ? (lengths[i + 1]?.[j + 1] ?? 0) + 1
          : Math.max(lengths[i + 1]?.[j] ?? 0, row[j + 1] ?? 0);
    }
  }
  const stems: string[] = [];
  const oldToNew: number[] = [];
  const placeOf: number[] = [];
  let i = 0;
  let j = 0;
  while (i < n || j < m) {
    if (i < n && j < m && columns[i] === inserted[j]?.stem) {
      oldToNew.push(stems.length);
      placeOf.push(stems.length);
      stems.push(columns[i] as string);
      i++;
      j++;
    } else if (i < n && (j >= m || (lengths[i + 1]?.[j] ?? 0) >= (lengths[i]?.[j + 1] ?? 0))) {
      oldToNew.push(stems.length);
      stems.push(columns[i] as string);
      i++;
    } else {
      placeOf.push(stems.length);
      stems.push(inserted[j]?.stem ?? "");
      j++;
    }
  }
  return { stems, oldToNew, placeOf };
}

/**
 * Lays a group's variants out in columns, as CollateX prints witnesses: the root's words
 * are the spine; each variant is aligned to the root ({@link alignTokens}), its words set
 * in the root's columns, and the words it adds go into columns between the root's, shared
 * with other variants that add the same word at the same place.
 *
 * @param variants - each variant's tokens
 * @param root - index of the root
 * @returns the table of token indices
 */
export function alignmentTable(variants: readonly QuoteToken[][], root: number): TokenTable {
  const rootTokens = variants[root] ?? [];
  // Slot k holds the words variants add before root token k; slot n those after the last.
  const slotCount = rootTokens.length + 1;
  // Per variant: root column of each token (-1 when inserted), and the inserted tokens' slot positions.
  const rootColumnOf: number[][] = [];
  const qualityOf: number[][] = [];
  const insertions: { slot: number; tokens: number[] }[][] = [];
  for (const [index, tokens] of variants.entries()) {
    const onRoot = new Array<number>(tokens.length).fill(-1);
    const quality = new Array<number>(tokens.length).fill(0);
    if (index === root) {
      for (let k = 0; k < tokens.length; k++) {
        onRoot[k] = k;
        quality[k] = 1;
      }
    } else {
      const alignment = alignTokens(rootTokens, tokens);
      for (const [position, [i, j]] of alignment.pairs.entries()) {
        onRoot[j] = i;
        quality[j] = alignment.quality[position] ?? 0;
      }
    }
    rootColumnOf.push(onRoot);
    qualityOf.push(quality);
    const firstAligned = onRoot.find((column) => column >= 0) ?? 0;
    const groups: { slot: number; tokens: number[] }[] = [];
    let slot = firstAligned;
    for (let k = 0; k < tokens.length; k++) {
      const column = onRoot[k] ?? -1;
      if (column >= 0) {
        slot = column + 1;
        continue;
      }
      const last = groups[groups.length - 1];
      if (last && last.slot === slot && last.tokens[last.tokens.length - 1] === k - 1)
        last.tokens.push(k);
      else groups.push({ slot, tokens: [k] });
    }
    insertions.push(groups);
  }
  // Insertion columns per slot, merged over the variants in order; remember each token's place.
  const placeInSlot: Map<number, number>[] = variants.map(() => new Map());
  const slotColumns: {
    stems: string[];
    owners: { variant: number; token: number; place: number }[];
  }[] = Array.from({ length: slotCount }, () => ({ stems: [], owners: [] }));
  for (const [variant, groups] of insertions.entries()) {
    for (const group of groups) {
      const entry = slotColumns[group.slot];
      if (!entry) continue;
      const tokens = group.tokens.map((k) => variants[variant]?.[k] as QuoteToken);
      const merged = mergeInsertion(entry.stems, tokens);
      entry.stems = merged.stems;
      for (const owner of entry.owners) owner.place = merged.oldToNew[owner.place] ?? owner.place;
      for (const [position, k] of group.tokens.entries()) {
        entry.owners.push({ variant, token: k, place: merged.placeOf[position] ?? 0 });
      }
    }
  }
  for (const entry of slotColumns) {
    for (const owner of entry.owners) placeInSlot[owner.variant]?.set(owner.token, owner.place);
  }
  // Column numbers: slot 0's columns, root token 0, slot 1's columns, …
  const slotStart: number[] = [];
  const rootColumn: number[] = [];
  let columns = 0;
  for (let k = 0; k < slotCount; k++) {
    slotStart.push(columns);
    columns += slotColumns[k]?.stems.length ?? 0;
    if (k < rootTokens.length) {
      rootColumn.push(columns);
      columns++;
    }
  }
  const rows: number[][] = [];
  const quality: number[][] = [];
  for (const [variant, tokens] of variants.entries()) {
    const row = new Array<number>(columns).fill(-1);
    const rowQuality = new Array<number>(columns).fill(0);
    const onRoot = rootColumnOf[variant] ?? [];
    let slot = onRoot.find((column) => column >= 0) ?? 0;
    for (let k = 0; k < tokens.length; k++) {
      const column = onRoot[k] ?? -1;
      let at: number;
      if (column >= 0) {
        at = rootColumn[column] ?? 0;
        slot = column + 1;
      } else {
        at = (slotStart[slot] ?? 0) + (placeInSlot[variant]?.get(k) ?? 0);
      }
      row[at] = k;
      rowQuality[at] = qualityOf[variant]?.[k] ?? 0;
    }
    rows.push(row);
    quality.push(rowQuality);
  }
  return { columns, rows, quality };
}
