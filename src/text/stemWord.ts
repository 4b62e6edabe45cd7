import { foldPlural } from "./foldPlural.js";

const VOWEL = /[aeiouy]/u;
// Consonants that English doubles before -ing and -ed (stopping, planned), not l, s or z.
const DOUBLED = /([bdfgkmnprt])\1$/u;

function hasVowel(stem: string): boolean {
  return VOWEL.test(stem);
}

/** Drops -ing or -ed where a syllable stays before it, undoing a doubled consonant. */
function withoutVerbEnding(word: string, ending: "ing" | "ed"): string {
  const stem = word.slice(0, -ending.length);
  if (stem.length < 3 || !hasVowel(stem)) return word;
  return DOUBLED.test(stem) ? stem.slice(0, -1) : stem;
}

/**
 * A light English stemmer for matching words across outlets: lower case, plurals folded
 * (Harman's S-stemmer), "-ied" to "-y", "-ing" and "-ed" dropped, "-ly" dropped from longer
 * words, and a final "e" dropped, so that "issue"/"issues", "ensure"/"ensuring" and
 * "resolve"/"resolved" meet. It conflates less than Porter's stemmer on purpose: two words
 * it brings together are nearly always one word inflected.
 *
 * @param word - one word, any case
 * @returns its stem, e.g. `"ensur"` for both "ensure" and "ensuring"
 * @example
 * ```ts
 * stemWord("Issues"); // "issu"
 * stemWord("issue"); // "issu"
 * stemWord("proposed"); // "propos"
 * stemWord("stopping"); // "stop"
 * ```
 */
export function stemWord(word: string): string {
  let stem = foldPlural(word.toLowerCase());
  if (stem.length <= 3) return stem;
  if (stem.endsWith("ied") && stem.length > 4) return `${stem.slice(0, -3)}y`;
  // "agreed" keeps the e that "agree" loses below: both become "agre".
  if (stem.endsWith("ed")) return withoutVerbEnding(stem, "ed");
  if (stem.endsWith("ing")) stem = withoutVerbEnding(stem, "ing");
  else if (stem.endsWith("ly") && stem.length > 5) stem = stem.slice(0, -2);
  if (stem.endsWith("e") && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
