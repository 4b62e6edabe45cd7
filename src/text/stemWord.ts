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

// British spellings brought to American ones, so that both outlets' words meet:
// realise/realize, neighbour/neighbor, centre/center, defence/defense.
const BRITISH_ENDINGS: readonly [RegExp, string][] = [
  [/(?<=\p{L}{2})is(e|es|ed|ing|ation|ations)$/u, "iz$1"],
  [/(?<=\p{L}{2})ys(e|es|ed|ing)$/u, "yz$1"],
  [/(?<=\p{L}{3})our(s|ed|ing|able|ite|ites|hood|hoods)?$/u, "or$1"],
  [/(?<=\p{L}{2})tre(s)?$/u, "ter$1"],
  [/fence(s)?$/u, "fense$1"],
];

// Every British ending above holds one of these; most words hold none.
const BRITISH_MARKS = ["is", "ys", "our", "tre", "fence"];

function britishToAmerican(word: string): string {
  if (!BRITISH_MARKS.some((mark) => word.includes(mark))) return word;
  for (const [pattern, replacement] of BRITISH_ENDINGS) {
    if (pattern.test(word)) return word.replace(pattern, replacement);
  }
  return word;
}

/**
 * A light English stemmer for matching words across outlets: lower case, plurals folded
 * (Harman's S-stemmer), "-ied" to "-y", "-ing" and "-ed" dropped, "-ly" dropped from longer
 * words, and a final "e" dropped, so that "issue"/"issues", "ensure"/"ensuring" and
 * "resolve"/"resolved" meet; British spellings are read as American ones first
 * ("realised"/"realized", "neighbour"/"neighbor", "centre"/"center", "defence"/"defense"). It conflates less than Porter's stemmer on purpose: two words
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
  let stem = britishToAmerican(foldPlural(word.toLowerCase()));
  if (stem.length <= 3) return stem;
  if (stem.endsWith("ied") && stem.length > 4) return `${stem.slice(0, -3)}y`;
  // "agreed" keeps the e that "agree" loses below: both become "agre".
  if (stem.endsWith("ed")) return withoutVerbEnding(stem, "ed");
  if (stem.endsWith("ing")) stem = withoutVerbEnding(stem, "ing");
  else if (stem.endsWith("ly") && stem.length > 5) stem = stem.slice(0, -2);
  if (stem.endsWith("e") && stem.length > 3) stem = stem.slice(0, -1);
  return stem;
}
