/**
 * How far each kind of publication-date evidence is trusted: one table for both parse
 * paths (HTML and plain text), so that a dateline or a banner date means the same
 * confidence whichever path read it, and the rule that makes a publication date too weak
 * to resolve relative dates against without saying so.
 *
 * @module
 */

import type { PublishedSource } from "../types.js";

/**
 * Below this confidence a publication date is weak evidence: relative dates resolved
 * against it are `weak-reference` (see `DateMention.certainty`).
 */
export const WEAK_DATE_CONFIDENCE = 0.5;

/**
 * Whether a publication date is too weak to resolve relative dates against without saying
 * so: a page banner (today's date beside the weather and the clock), or any source whose
 * confidence is below {@link WEAK_DATE_CONFIDENCE}.
 *
 * @param source - where the publication date came from
 * @param confidence - its confidence, from 0 to 1
 * @returns true for a weak publication date
 * @example
 * ```ts
 * isWeakPublishedDate("banner", 0.3); // true
 * isWeakPublishedDate("text", 0.4); // true
 * isWeakPublishedDate("dateline", 0.8); // false
 * ```
 */
export function isWeakPublishedDate(source: PublishedSource, confidence: number): boolean {
  return source === "banner" || confidence < WEAK_DATE_CONFIDENCE;
}
