import { namesMatch } from "../extract/people/personName.js";
import type { VariantSpeaker } from "../types.js";
import { roleSpeaksFor } from "./roleSpeaksFor.js";
import { sameBody } from "./sameBody.js";

/** Whether two outlets credit one speaker, two different ones, or cannot be compared. */
export type SpeakerAgreement = "same" | "unknown" | "different";

function personAndBody(
  person: VariantSpeaker,
  body: VariantSpeaker,
  rolesOf: (speaker: VariantSpeaker) => readonly string[],
): SpeakerAgreement {
  return rolesOf(person).some((role) => roleSpeaksFor(role, body.name)) ? "same" : "unknown";
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
  return sameBody(left.name, right.name) ? "same" : "unknown";
}
