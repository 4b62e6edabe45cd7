/**
 * Folding of personal names for comparison across outlets: case, accents and the
 * spelling variants that transliteration from Cyrillic, Arabic or Polish produces
 * ("Sergey"/"Sergei", "Zelenskyy"/"Zelensky"/"Zelenskiy", "Kamysz"/"Kamysh",
 * "Aleksei"/"Alexei"). Folding is deterministic and linear in the length of the name.
 */

// Letters that Unicode decomposition does not reduce to a base letter.
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ł: "l",
  ø: "o",
  ß: "ss",
  æ: "ae",
  œ: "oe",
  đ: "d",
  ð: "d",
  þ: "th",
  ı: "i",
  ħ: "h",
};
const SPECIAL = /[łøßæœđðþıħ]/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’‘`ʼ]/gu;
// Transliteration variants, each folded to one spelling. Order matters: "sch" before
// "ch", "kh" before "h" rules, "x" before doubled letters collapse.
const VARIANTS: readonly [RegExp, string][] = [
  [/sch/gu, "sh"],
  [/sz/gu, "sh"],
  [/cz/gu, "ch"],
  [/kh/gu, "h"],
  [/ph/gu, "f"],
  // Katharina/Katarina, Thomas/Tomas, Matthias/Mattias: "th" spells a plain "t" in many languages.
  [/th/gu, "t"],
  [/tz/gu, "ts"],
  [/x/gu, "ks"],
  [/w/gu, "v"],
  [/j/gu, "y"],
  // Yevgeny/Evgeny, Yelena/Elena: an initial "ye" is a transliteration of one letter.
  [/^ye/gu, "e"],
  [/y/gu, "i"],
];

/** Doubled letters as one (Zelenskyy, Mohammed, Tymoshenko/Timoshenko after y → i), in one pass. */
function collapseDoubles(word: string): string {
  let collapsed = "";
  for (const char of word) if (!collapsed.endsWith(char) || !/\p{L}/u.test(char)) collapsed += char;
  return collapsed;
}

/**
 * Folds one word of a name: lower case, accents removed, apostrophes dropped
 * (O'Neil → oneil), and transliteration variants brought to one spelling.
 *
 * @param word - one word of a name, e.g. `"Zelenskyy"`
 * @returns the folded word, e.g. `"zelenski"`
 * @example
 * ```ts
 * foldNameWord("Sergey"); // "sergei"
 * foldNameWord("Sergei"); // "sergei"
 * foldNameWord("Kosiniak-Kamysz"); // "kosiniak-kamish"
 * ```
 */
export function foldNameWord(word: string): string {
  let folded = word
    .normalize("NFKD")
    .replace(MARKS, "")
    .toLowerCase()
    .replace(SPECIAL, (letter) => SPECIAL_LETTERS[letter] ?? letter)
    .replace(APOSTROPHES, "");
  for (const [pattern, replacement] of VARIANTS) folded = folded.replace(pattern, replacement);
  return collapseDoubles(folded);
}
