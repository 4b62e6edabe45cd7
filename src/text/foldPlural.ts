// Character codes of the letters the endings are made of.
const A = 0x61;
const E = 0x65;
const I = 0x69;
const O = 0x6f;
const S = 0x73;
const U = 0x75;

/**
 * Folds an English plural to its singular ("pirates" → "pirate", "countries" →
 * "country"), the S-stemmer of Harman (1991): cheap and rarely wrong. The endings are read
 * as character codes: story grouping folds every distinct word of every article, and
 * `endsWith` calls cost more than the folding.
 */
export function foldPlural(word: string): string {
  const length = word.length;
  // Every rule needs a final "s".
  if (length <= 3 || word.charCodeAt(length - 1) !== S) return word;
  const second = word.charCodeAt(length - 2);
  const third = word.charCodeAt(length - 3);
  // "-ies" → "-y", unless "-eies" or "-aies" (which take the "-es" rule).
  if (second === E && third === I) {
    const fourth = word.charCodeAt(length - 4);
    if (fourth !== E && fourth !== A) return `${word.slice(0, -3)}y`;
  }
  // "-es" → "-e", unless "-aes", "-ees" or "-oes".
  if (second === E) return third === A || third === E || third === O ? word : word.slice(0, -1);
  // "-s" → "", unless "-us" or "-ss".
  return second === U || second === S ? word : word.slice(0, -1);
}
