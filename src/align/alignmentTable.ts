import { AlignmentWorkspace } from "./AlignmentWorkspace.js";
import { alignTokens } from "./alignTokens.js";
import { extendAlignment } from "./extendAlignment.js";
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

// Merging an insertion into a slot's columns: an equal stem shares a column; a different
// word at the same place shares one too (a column holds each variant's reading there, as
// in CollateX), which keeps a slot no wider than its longest insertion.
const SAME_STEM = 2;
const OTHER_WORD = 0;
const NEW_COLUMN = -1;

/** Merges one variant's inserted words into a slot's columns (a global alignment). */
function mergeInsertion(columns: readonly string[], inserted: readonly QuoteToken[]): MergedSlot {
  const n = columns.length;
  const m = inserted.length;
  const width = m + 1;
  const score = new Float64Array((n + 1) * width);
  for (let i = 0; i <= n; i++) score[i * width] = i * NEW_COLUMN;
  for (let j = 0; j <= m; j++) score[j] = j * NEW_COLUMN;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      const pair = columns[i - 1] === inserted[j - 1]?.stem ? SAME_STEM : OTHER_WORD;
      score[i * width + j] = Math.max(
        (score[(i - 1) * width + j - 1] ?? 0) + pair,
        (score[(i - 1) * width + j] ?? 0) + NEW_COLUMN,
        (score[i * width + j - 1] ?? 0) + NEW_COLUMN,
      );
    }
  }
  // Walk back from the end, then read the steps forwards.
  const steps: ("both" | "column" | "word")[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const here = score[i * width + j] ?? 0;
    if (i > 0 && j > 0) {
      const pair = columns[i - 1] === inserted[j - 1]?.stem ? SAME_STEM : OTHER_WORD;
      if (here === (score[(i - 1) * width + j - 1] ?? 0) + pair) {
        steps.push("both");
        i--;
        j--;
        continue;
      }
    }
    if (i > 0 && here === (score[(i - 1) * width + j] ?? 0) + NEW_COLUMN) {
      steps.push("column");
      i--;
    } else {
      steps.push("word");
      j--;
    }
  }
  steps.reverse();
  const stems: string[] = [];
  const oldToNew: number[] = [];
  const placeOf: number[] = [];
  let column = 0;
  let word = 0;
  for (const step of steps) {
    if (step !== "word") oldToNew.push(stems.length);
    if (step !== "column") placeOf.push(stems.length);
    stems.push(step === "word" ? (inserted[word]?.stem ?? "") : (columns[column] as string));
    if (step !== "word") column++;
    if (step !== "column") word++;
  }
  return { stems, oldToNew, placeOf };
}

/**
 * Lays a group's variants out in columns, as CollateX prints witnesses: the root's words
 * are the spine; each variant is aligned to the root ({@link alignTokens}, carried past a
 * swapped word by {@link extendAlignment}), its words set
 * in the root's columns, and the words it adds go into columns between the root's, shared
 * with other variants that add the same word at the same place.
 *
 * @param variants - each variant's tokens
 * @param root - index of the root
 * @param workspace - scratch memory for the alignments
 * @returns the table of token indices
 */
export function alignmentTable(
  variants: readonly QuoteToken[][],
  root: number,
  workspace: AlignmentWorkspace = new AlignmentWorkspace(),
): TokenTable {
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
      const alignment = extendAlignment(
        rootTokens,
        tokens,
        alignTokens(rootTokens, tokens, workspace),
      );
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
