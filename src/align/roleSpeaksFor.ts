import { foldForComparison } from "../text/normalize.js";
import { sameBody } from "./sameBody.js";

const POSSESSIVE = /['\u2019]s$/u;
const LEADING_ARTICLE = /^the /u;

/**
 * Whether a role ties a person to an organisation or place: "Russian Foreign Minister" and
 * "Russia's top diplomat" tie Lavrov to Russia, "Kremlin spokesman" ties Peskov to the
 * Kremlin, "foreign minister of Jordan" ties its bearer to Jordan; "a Russia analyst at
 * Rand Corp." does not speak for Russia.
 *
 * @param role - a role as printed
 * @param bodyName - the organisation's or place's name as printed
 * @returns true when the role speaks for the body
 */
export function roleSpeaksFor(role: string, bodyName: string): boolean {
  const folded = foldForComparison(role).replace(LEADING_ARTICLE, "");
  const body = foldForComparison(bodyName).replace(LEADING_ARTICLE, "");
  if (body === "") return false;
  if (folded.startsWith(`${body} `) || folded.endsWith(` of ${body}`)) return true;
  if (body.includes(" ")) return false;
  const firstWord = (folded.split(" ")[0] ?? "").replace(POSSESSIVE, "");
  return sameBody(firstWord, body);
}
