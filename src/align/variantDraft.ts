import type { QuotePiece, QuoteVariantRole } from "../types.js";
import type { Passage } from "./collectPassages.js";
import type { QuoteToken } from "./quoteTokens.js";

/** A passage's share of one statement, before the group is laid out. */
export interface VariantDraft {
  /** The passage. */
  passage: Passage;
  /** Its units in the statement, in order. */
  units: number[];
  /** Their tokens, in order. */
  tokens: QuoteToken[];
  /** The quote (index into the passage's quotes) of each token. */
  tokenParts: number[];
  /** The quoted spans. */
  pieces: QuotePiece[];
  /** Root, variant or partial. */
  role: QuoteVariantRole;
}

/**
 * A passage's units in one statement as a variant: its tokens and the pieces of each
 * quote they cover (the whole quote, marks' punctuation included, where every unit of it
 * is in; else from the first word to the last).
 *
 * @param passage - the passage
 * @param units - the units of it in the statement, in order
 * @param body - the article's body
 * @returns the draft; role `partial` for fragments and partial quotes, else `variant`
 */
export function variantDraft(
  passage: Passage,
  units: readonly number[],
  body: string,
): VariantDraft {
  const tokens: QuoteToken[] = [];
  const tokenParts: number[] = [];
  const unitsByPart = new Map<number, number[]>();
  for (const unitIndex of units) {
    const unit = passage.units[unitIndex];
    if (!unit) continue;
    for (let index = unit.from; index < unit.to; index++) {
      const token = passage.tokens[index];
      if (!token) continue;
      tokens.push(token);
      tokenParts.push(passage.tokenPart[index] ?? unit.part);
    }
    const list = unitsByPart.get(unit.part) ?? [];
    list.push(unitIndex);
    unitsByPart.set(unit.part, list);
  }
  const pieces: QuotePiece[] = [];
  for (const [part, partUnits] of [...unitsByPart.entries()].sort((a, b) => a[0] - b[0])) {
    const quote = passage.quotes[part];
    if (!quote) continue;
    const allUnits = passage.units.filter((unit) => unit.part === part).length;
    const partTokens = tokens.filter((_, index) => tokenParts[index] === part);
    const whole = partUnits.length === allUnits && partTokens.length > 0;
    const start = whole ? quote.start : (partTokens[0]?.start ?? quote.start);
    const end = whole ? quote.end : (partTokens[partTokens.length - 1]?.end ?? quote.end);
    pieces.push({ quoteId: quote.id, text: body.slice(start, end), start, end });
  }
  const role = passage.fragment || passage.kind === "partial" ? "partial" : "variant";
  return { passage, units: [...units], tokens, tokenParts, pieces, role };
}
