import { withoutMarks } from "../text/normalize.js";
import type { WordDifference, WordDifferenceKind } from "../types.js";
import type { TokenTable } from "./alignmentTable.js";
import type { QuoteToken } from "./quoteTokens.js";
import type { VariantDraft } from "./variantDraft.js";

const APOSTROPHES = /[\u2019\u02BC]/gu;

/** How a person compares two printed words: case, apostrophe style and accents aside. */
function sameSurface(left: QuoteToken, right: QuoteToken): boolean {
  return (
    withoutMarks(left.text.toLowerCase().replace(APOSTROPHES, "'")) ===
    withoutMarks(right.text.toLowerCase().replace(APOSTROPHES, "'"))
  );
}

type ColumnState = "same" | "changed" | "dropped" | "added" | "none";

interface Side {
  draft: VariantDraft;
  body: string;
}

/** The quote id of a token of a draft. */
function quoteIdOf(draft: VariantDraft, token: number): string {
  const part = draft.tokenParts[token] ?? 0;
  return draft.passage.quotes[part]?.id ?? draft.passage.quotes[0]?.id ?? "";
}

/**
 * The differences a person reads between one variant and the root, from their rows of the
 * alignment table: runs of columns where they differ become `added` (only the variant has
 * words), `dropped` (only the root has), or `replaced` (both, differently printed); a
 * content word the variant adds in one place and drops in another is `moved`, and does
 * not break the run around it. A partial variant is compared only over the part of the
 * root it covers; a full one over the whole root, so a trimmed sentence shows as dropped.
 * A run never crosses from one quote into the next of a broken quote.
 *
 * @param table - the group's table
 * @param root - the root's row, draft and body
 * @param variantRow - the variant's row index
 * @param variant - the variant's draft and body
 * @returns the differences, in column order
 */
export function wordDifferences(
  table: TokenTable,
  root: Side & { row: number },
  variantRow: number,
  variant: Side,
): WordDifference[] {
  const rootCells = table.rows[root.row] ?? [];
  const cells = table.rows[variantRow] ?? [];
  const rootTokens = root.draft.tokens;
  const tokens = variant.draft.tokens;
  let first = 0;
  let last = table.columns - 1;
  if (variant.draft.role === "partial") {
    while (first < table.columns && (cells[first] ?? -1) < 0) first++;
    while (last >= 0 && (cells[last] ?? -1) < 0) last--;
  }
  const states: ColumnState[] = [];
  for (let column = 0; column < table.columns; column++) {
    const r = rootCells[column] ?? -1;
    const v = cells[column] ?? -1;
    if (column < first || column > last || (r < 0 && v < 0)) states.push("none");
    else if (r >= 0 && v >= 0) {
      const same = sameSurface(rootTokens[r] as QuoteToken, tokens[v] as QuoteToken);
      states.push(same ? "same" : "changed");
    } else states.push(r >= 0 ? "dropped" : "added");
  }
  // Moved: a content word the variant has here and the root has there, each unaligned (or
  // set against an unlike word), paired in column order.
  const variantMoved = new Map<number, number>();
  const rootMoved = new Set<number>();
  const looseRoot = (column: number) =>
    states[column] === "dropped" ||
    (states[column] === "changed" && (table.quality[variantRow]?.[column] ?? 0) <= 0);
  const rootColumns = states.flatMap((_, column) => (looseRoot(column) ? [column] : []));
  for (let column = 0; column < table.columns; column++) {
    if (!looseRoot(column) && states[column] !== "added") continue;
    const v = cells[column] ?? -1;
    const token = tokens[v];
    if (!token || token.functional) continue;
    const partner = rootColumns.find(
      (other) =>
        other !== column &&
        !rootMoved.has(other) &&
        rootTokens[rootCells[other] ?? -1]?.stem === token.stem,
    );
    if (partner === undefined) continue;
    variantMoved.set(column, partner);
    rootMoved.add(partner);
  }
  extendMoves(states, cells, rootCells, tokens, rootTokens, looseRoot, variantMoved, rootMoved);
  const differences: WordDifference[] = [];
  let run: number[] = [];
  const flush = () => {
    if (run.length > 0) {
      differences.push(
        ...runDifferences(run, root, rootCells, variant, cells, variantMoved, rootMoved),
      );
    }
    run = [];
  };
  let lastVariantToken = -1;
  let lastRootToken = -1;
  let lastMove: { token: number; rootToken: number } | undefined;
  for (let column = 0; column < table.columns; column++) {
    const state = states[column] as ColumnState;
    const v = variantMoved.has(column) ? -1 : (cells[column] ?? -1);
    const r = rootMoved.has(column) ? -1 : (rootCells[column] ?? -1);
    const partner = variantMoved.get(column);
    if (partner !== undefined) {
      const token = cells[column] ?? -1;
      const rootToken = rootCells[partner] ?? -1;
      const previous = differences[differences.length - 1];
      const last = lastMove;
      // Words moved together (“fair pay”) are one difference.
      if (
        previous?.kind === "moved" &&
        last !== undefined &&
        last.token === token - 1 &&
        last.rootToken === rootToken - 1
      ) {
        const end = (tokens[token] as QuoteToken).end;
        const rootEnd = (rootTokens[rootToken] as QuoteToken).end;
        previous.text = variant.body.slice(previous.start, end);
        previous.end = end;
        previous.rootText = root.body.slice(previous.rootStart, rootEnd);
        previous.rootEnd = rootEnd;
      } else {
        flush();
        const moved = tokens[token] as QuoteToken;
        const from = rootTokens[rootToken] as QuoteToken;
        differences.push({
          kind: "moved",
          articleId: variant.draft.passage.articleId,
          quoteId: quoteIdOf(variant.draft, token),
          text: moved.text,
          start: moved.start,
          end: moved.end,
          rootText: from.text,
          rootStart: from.start,
          rootEnd: from.end,
        });
      }
      lastMove = { token, rootToken };
    }
    if (state === "same" || state === "none") {
      flush();
    } else if (v >= 0 || r >= 0) {
      // A run stays inside one quote of each side.
      const crossesVariant =
        v >= 0 &&
        lastVariantToken >= 0 &&
        run.length > 0 &&
        variant.draft.tokenParts[v] !== variant.draft.tokenParts[lastVariantToken];
      const crossesRoot =
        r >= 0 &&
        lastRootToken >= 0 &&
        run.length > 0 &&
        root.draft.tokenParts[r] !== root.draft.tokenParts[lastRootToken];
      if (crossesVariant || crossesRoot) flush();
      run.push(column);
    }
    if (v >= 0) lastVariantToken = v;
    if (r >= 0) lastRootToken = r;
  }
  flush();
  return differences;
}

/**
 * Function words travel with the content words they sit beside: a word next to a moved
 * word (on the same side in both texts, with the same stem) has moved with it.
 */
function extendMoves(
  states: readonly ColumnState[],
  cells: readonly number[],
  rootCells: readonly number[],
  tokens: readonly QuoteToken[],
  rootTokens: readonly QuoteToken[],
  looseRoot: (column: number) => boolean,
  variantMoved: Map<number, number>,
  rootMoved: Set<number>,
): void {
  const variantColumnOf = new Map<number, number>();
  const rootColumnOf = new Map<number, number>();
  for (let column = 0; column < cells.length; column++) {
    if ((cells[column] ?? -1) >= 0) variantColumnOf.set(cells[column] as number, column);
    if ((rootCells[column] ?? -1) >= 0) rootColumnOf.set(rootCells[column] as number, column);
  }
  let grew = true;
  while (grew) {
    grew = false;
    for (const [column, partner] of [...variantMoved.entries()]) {
      for (const step of [-1, 1]) {
        const token = (cells[column] ?? -1) + step;
        const rootToken = (rootCells[partner] ?? -1) + step;
        const next = variantColumnOf.get(token);
        const rootNext = rootColumnOf.get(rootToken);
        if (next === undefined || rootNext === undefined) continue;
        if (variantMoved.has(next) || rootMoved.has(rootNext)) continue;
        const loose = states[next] === "added" || looseRoot(next);
        if (!loose || !looseRoot(rootNext)) continue;
        if (tokens[token]?.stem !== rootTokens[rootToken]?.stem) continue;
        variantMoved.set(next, rootNext);
        rootMoved.add(rootNext);
        grew = true;
      }
    }
  }
}

/**
 * One run of differing columns as differences: `replaced` where the two sides are set
 * against each other somewhere in the run, else what the root drops and what the variant
 * adds, apart (a lead-in the variant swaps for another reads as both).
 */
function runDifferences(
  run: readonly number[],
  root: Side & { row: number },
  rootCells: readonly number[],
  variant: Side,
  cells: readonly number[],
  variantMoved: ReadonlyMap<number, number>,
  rootMoved: ReadonlySet<number>,
): WordDifference[] {
  const variantAt = (column: number) => (variantMoved.has(column) ? -1 : (cells[column] ?? -1));
  const rootAt = (column: number) => (rootMoved.has(column) ? -1 : (rootCells[column] ?? -1));
  const variantTokens = run.map(variantAt).filter((token) => token >= 0);
  const rootTokens = run.map(rootAt).filter((token) => token >= 0);
  const facing = run.some((column) => variantAt(column) >= 0 && rootAt(column) >= 0);
  const difference = (kind: WordDifferenceKind, ownTokens: number[], theirs: number[]) => {
    const variantSpan = spanOf(variant, ownTokens, run, cells);
    const rootSpan = spanOf(root, theirs, run, rootCells);
    return {
      kind,
      articleId: variant.draft.passage.articleId,
      quoteId: variantSpan.quoteId,
      text: variantSpan.text,
      start: variantSpan.start,
      end: variantSpan.end,
      rootText: rootSpan.text,
      rootStart: rootSpan.start,
      rootEnd: rootSpan.end,
    };
  };
  if (facing) return [difference("replaced", variantTokens, rootTokens)];
  const found: WordDifference[] = [];
  if (rootTokens.length > 0) found.push(difference("dropped", [], rootTokens));
  if (variantTokens.length > 0) found.push(difference("added", variantTokens, []));
  return found;
}

/** The words of one side in a run, or the empty place where they would stand. */
function spanOf(
  side: Side,
  tokenIndices: readonly number[],
  run: readonly number[],
  cells: readonly number[],
): { text: string; start: number; end: number; quoteId: string } {
  const tokens = side.draft.tokens;
  const firstIndex = tokenIndices[0];
  const lastIndex = tokenIndices[tokenIndices.length - 1];
  if (firstIndex !== undefined && lastIndex !== undefined) {
    const start = (tokens[firstIndex] as QuoteToken).start;
    const end = (tokens[lastIndex] as QuoteToken).end;
    return {
      text: side.body.slice(start, end),
      start,
      end,
      quoteId: quoteIdOf(side.draft, firstIndex),
    };
  }
  // Nothing on this side: the place after its previous word, or before its next one.
  const firstColumn = run[0] ?? 0;
  for (let column = firstColumn - 1; column >= 0; column--) {
    const token = cells[column] ?? -1;
    if (token >= 0) {
      const at = (tokens[token] as QuoteToken).end;
      return { text: "", start: at, end: at, quoteId: quoteIdOf(side.draft, token) };
    }
  }
  for (let column = (run[run.length - 1] ?? 0) + 1; column < cells.length; column++) {
    const token = cells[column] ?? -1;
    if (token >= 0) {
      const at = (tokens[token] as QuoteToken).start;
      return { text: "", start: at, end: at, quoteId: quoteIdOf(side.draft, token) };
    }
  }
  const at = side.draft.pieces[0]?.start ?? 0;
  return { text: "", start: at, end: at, quoteId: quoteIdOf(side.draft, 0) };
}
