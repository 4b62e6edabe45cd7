/**
 * Folds an English plural to its singular ("pirates" → "pirate", "countries" →
 * "country"), the S-stemmer of Harman (1991): cheap and rarely wrong.
 */
export function foldPlural(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.endsWith("es")) {
    const before = word.charAt(word.length - 3);
    if (before !== "a" && before !== "e" && before !== "o") return word.slice(0, -1);
    return word;
  }
  if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) {
    return word.slice(0, -1);
  }
  return word;
}
