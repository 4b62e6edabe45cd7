import { compareTwoStrings } from "string-similarity";
import type { QuoteToken } from "./quoteTokens.js";

/** How alike two tokens are: 1 one word, 0.7 one word family, 0.5 one name misspelt, 0 none. */
export function tokenMatch(left: QuoteToken, right: QuoteToken): number {
  if (left.stem === right.stem) return 1;
  if (left.nameKey !== "" && left.nameKey === right.nameKey) return 1;
  // One stem the start of the other: "russia"/"russian", "secur"/"security".
  const shorter = left.stem.length <= right.stem.length ? left.stem : right.stem;
  const longer = shorter === left.stem ? right.stem : left.stem;
  if (shorter.length >= 5 && longer.startsWith(shorter)) return 0.7;
  // A name corrected inside the quote marks ("Kallis" for "Kallas"): alike, not one word.
  if (
    left.nameKey !== "" &&
    right.nameKey !== "" &&
    left.nameKey.length >= 4 &&
    right.nameKey.length >= 4 &&
    left.nameKey[0] === right.nameKey[0] &&
    compareTwoStrings(left.nameKey, right.nameKey) >= 0.5
  )
    return 0.5;
  return 0;
}
