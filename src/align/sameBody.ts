import { foldForComparison } from "../text/normalize.js";

const LEADING_ARTICLE = /^the /u;

/**
 * Whether two names of organisations or places are one, or one is the other's adjective:
 * "Russia" and "Russian", "the Kremlin" and "Kremlin" (case, quotes and a leading "the"
 * folded; a shorter name of five letters or more may start the longer).
 *
 * @param left - a name as printed
 * @param right - another
 * @returns true when they name one body
 */
export function sameBody(left: string, right: string): boolean {
  const a = foldForComparison(left).replace(LEADING_ARTICLE, "");
  const b = foldForComparison(right).replace(LEADING_ARTICLE, "");
  if (a === b) return true;
  const shorter = a.length <= b.length ? a : b;
  const longer = shorter === a ? b : a;
  return shorter.length >= 5 && !shorter.includes(" ") && longer.startsWith(shorter);
}
