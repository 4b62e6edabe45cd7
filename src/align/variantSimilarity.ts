import type { TokenTable } from "./alignmentTable.js";
import type { QuoteToken } from "./quoteTokens.js";
import { sharedWords } from "./sharedWords.js";
import { totalWeight } from "./totalWeight.js";
import type { VariantDraft } from "./variantDraft.js";

/**
 * A variant's similarity to the root: the weighted Dice coefficient of their words in any
 * order (2·shared / (variant + root)), against the whole root for a full variant and
 * against the root's words between the variant's first and last column for a partial one,
 * rounded to three decimals.
 *
 * @param table - the group's table
 * @param rootRow - the root's row
 * @param row - the variant's row
 * @param root - the root's draft
 * @param variant - the variant's draft
 * @returns a number from 0 to 1
 */
export function variantSimilarity(
  table: TokenTable,
  rootRow: number,
  row: number,
  root: VariantDraft,
  variant: VariantDraft,
): number {
  if (row === rootRow) return 1;
  let rootTokens: QuoteToken[] = root.tokens;
  if (variant.role === "partial") {
    const cells = table.rows[row] ?? [];
    const rootCells = table.rows[rootRow] ?? [];
    let first = 0;
    let last = table.columns - 1;
    while (first < table.columns && (cells[first] ?? -1) < 0) first++;
    while (last >= 0 && (cells[last] ?? -1) < 0) last--;
    rootTokens = [];
    for (let column = first; column <= last; column++) {
      const token = root.tokens[rootCells[column] ?? -1];
      if (token) rootTokens.push(token);
    }
  }
  const total = totalWeight(variant.tokens) + totalWeight(rootTokens);
  if (total <= 0) return 0;
  const similarity = (2 * sharedWords(variant.tokens, rootTokens).weight) / total;
  return Math.round(Math.min(1, similarity) * 1000) / 1000;
}
