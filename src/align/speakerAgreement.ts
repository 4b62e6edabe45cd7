import { namesMatch } from "../extract/people/personName.js";
import { foldForComparison } from "../text/normalize.js";
import type { VariantSpeaker } from "../types.js";

/** Whether two outlets credit one speaker, two different ones, or cannot be compared. */
export type SpeakerAgreement = "same" | "unknown" | "different";

const POSSESSIVE = /['\u2019]s$/u;
const LEADING_ARTICLE = /^the /u;

function foldedName(name: string): string {
  return foldForComparison(name).replace(LEADING_ARTICLE, "");
}

/** "russia" and "russian", "kremlin" and "kremlin": one name, or its adjective. */
function sameRoot(left: string, right: string): boolean {
  if (left === right) return true;
  const shorter = left.length <= right.length ? left : right;
  const longer = shorter === left ? right : left;
  return shorter.length >= 5 && longer.startsWith(shorter);
}

/**
 * A role that ties a person to an organisation or place: "Russian Foreign Minister" and
 * "Russia's top diplomat" tie Lavrov to Russia, "Kremlin spokesman" ties Peskov to the
 * Kremlin; "a Russia analyst at Rand Corp." does not speak for Russia.
 */
function roleSpeaksFor(role: string, body: string): boolean {
  const folded = foldedName(role);
  if (folded.startsWith(`${body} `)) return true;
  if (folded.endsWith(` of ${body}`)) return true;
  if (body.includes(" ")) return false;
  const firstWord = (folded.split(" ")[0] ?? "").replace(POSSESSIVE, "");
  return sameRoot(firstWord, body);
}

function personAndBody(
  person: VariantSpeaker,
  body: VariantSpeaker,
  rolesOf: (speaker: VariantSpeaker) => readonly string[],
): SpeakerAgreement {
  const name = foldedName(body.name);
  return rolesOf(person).some((role) => roleSpeaksFor(role, name)) ? "same" : "unknown";
}

/**
 * Compares the speakers two outlets give. Two people are the same when their
 * cross-outlet keys are equal or their names can name one person ("Lavrov" and "Sergei
 * Lavrov"); a person and an organisation or place are the same when one of the person's
 * roles speaks for it (Lavrov, "Russian Foreign Minister", for "Russia"); a missing
 * speaker, a bare description, or an organisation no role ties are `unknown`.
 *
 * @param left - one outlet's speaker
 * @param right - the other's
 * @param rolesOf - the roles the story's articles give a person speaker
 * @returns same, different or unknown
 */
export function speakerAgreement(
  left: VariantSpeaker | undefined,
  right: VariantSpeaker | undefined,
  rolesOf: (speaker: VariantSpeaker) => readonly string[],
): SpeakerAgreement {
  if (left === undefined || right === undefined) return "unknown";
  if (left.kind === "description" || right.kind === "description") return "unknown";
  if (left.kind === "person" && right.kind === "person") {
    if (left.key !== undefined && left.key === right.key) return "same";
    return namesMatch(left.name, right.name) ? "same" : "different";
  }
  if (left.kind === "person") return personAndBody(left, right, rolesOf);
  if (right.kind === "person") return personAndBody(right, left, rolesOf);
  return sameRoot(foldedName(left.name), foldedName(right.name)) ? "same" : "unknown";
}
