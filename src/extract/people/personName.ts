import { foldNameWord } from "../../text/foldName.js";
import {
  GIVEN_NAME_VARIANTS,
  HONORIFICS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
} from "../../text/nameWords.js";

/**
 * Personal names compared across outlets: one key per spelling family, and the rules
 * that say whether two printed names can name one person (a surname and its full name,
 * "S. Lavrov" and "Sergey Lavrov", "Bill Clinton" and "William Clinton", but never
 * "Lavrov" and "Lavrenko" or "Hillary Clinton" and "Bill Clinton").
 */

/** A name split into folded parts. */
export interface NameParts {
  /** Given names and initials, folded, in order ("sergei"; "donald", "j"). */
  given: string[];
  /** The first letter of each given name as printed, lower case and without accents. */
  initials: string[];
  /** The surname, folded, with its particles ("lavrov"; "von der leyen"). */
  surname: string[];
  /** A generational suffix, folded ("jr", "ii"), or "" when none. */
  suffix: string;
  /** Every folded letter of the name run together, for names written with or without hyphens. */
  letters: string;
}

// One full stop after an abbreviation or an initial ("Jr.", "J."), anchored at the end.
const TRAILING_DOT = /(?<=[^.])\.$/u;
const WORD_SPLIT = /[\s\u00A0]+/u;
// "al-Assad", "el-Sisi": an article particle glued to the surname.
const GLUED_ARTICLE = /^(?:al|el|ad|ash|as|at|az|ar)-/u;
const NON_LETTERS = /[^\p{L}]/gu;
const VOWELS = new Set(["a", "e", "i", "o", "u"]);
const MARKS = /\p{M}/gu;

const variantRows = new Map<string, Set<number>>();
for (const [row, names] of GIVEN_NAME_VARIANTS.entries()) {
  for (const name of names) {
    const folded = foldNameWord(name);
    const rows = variantRows.get(folded) ?? new Set<number>();
    rows.add(row);
    variantRows.set(folded, rows);
  }
}

/**
 * Splits a printed name into folded given names, surname (with particles) and suffix.
 * Honorifics ("Mr.", "Dr.") are dropped.
 *
 * @param name - a name as printed, e.g. `"Ursula von der Leyen"`
 * @returns its folded parts
 */
export function nameParts(name: string): NameParts {
  const words = name
    .split(WORD_SPLIT)
    .filter((word) => word !== "" && !HONORIFICS.has(word.toLowerCase()));
  let suffix = "";
  const last = words[words.length - 1];
  if (words.length > 1 && last !== undefined && NAME_SUFFIXES.has(last.toLowerCase())) {
    suffix = last.toLowerCase().replace(TRAILING_DOT, "");
    words.pop();
  }
  // The surname is the last word with the particles written before it.
  // A particle opening the name counts only in lower case: "Al Gore" has a given name.
  let surnameStart = words.length - 1;
  while (surnameStart > 0) {
    const before = words[surnameStart - 1] ?? "";
    const particle = NAME_PARTICLES.has(before.toLowerCase());
    if (!particle || (surnameStart - 1 === 0 && before !== before.toLowerCase())) break;
    surnameStart--;
  }
  const fold = (word: string) => foldNameWord(word.replace(TRAILING_DOT, ""));
  // Joined initials ("P.J.") are two initials.
  const givenWords = words
    .slice(0, Math.max(0, surnameStart))
    .flatMap((word) =>
      /^(?:\p{L}\.){2,}$/u.test(word) ? word.split(".").filter((part) => part !== "") : [word],
    );
  const given = givenWords.map(fold);
  const initials = givenWords.map((word) =>
    word.normalize("NFKD").replace(MARKS, "").charAt(0).toLowerCase(),
  );
  const surname = words.slice(Math.max(0, surnameStart)).map(fold);
  const letters = [...given, ...surname].join("").replace(NON_LETTERS, "");
  return { given, initials, surname, suffix, letters };
}

/**
 * The comparable key of a person's name: folded words (case, accents, honorifics and
 * transliteration variants), given names first. Two spellings of one name share a key;
 * a bare surname has its own (see {@link namesMatch} for the looser test).
 *
 * @param name - a name as printed
 * @returns the key, e.g. `"sergei lavrov"` for both "Sergey Lavrov" and "Sergei Lavrov"
 * @example
 * ```ts
 * personKey("Volodymyr Zelenskyy"); // "volodimir zelenski"
 * personKey("Volodymyr Zelensky"); // "volodimir zelenski"
 * ```
 *
 * @group Extract
 */
export function personKey(name: string): string {
  const parts = nameParts(name);
  const words = [...parts.given, ...parts.surname];
  if (parts.suffix !== "") words.push(parts.suffix);
  return words.join(" ");
}

/** The surname's last word without a glued article ("al-assad" → "assad"). */
function surnameCore(parts: NameParts): string {
  return (parts.surname[parts.surname.length - 1] ?? "").replace(GLUED_ARTICLE, "");
}

/**
 * Two folded words one vowel apart inside the word (Muhammad/Mohammad, Husein/Husain),
 * never at either end: "Lavrov"/"Lavrova" are two people.
 */
function oneInnerVowelApart(left: string, right: string): boolean {
  if (left.length < 5 || right.length < 5) return false;
  if (left[0] !== right[0] || left[left.length - 1] !== right[right.length - 1]) return false;
  if (Math.abs(left.length - right.length) > 1) return false;
  let start = 0;
  while (start < left.length && left[start] === right[start]) start++;
  let leftEnd = left.length;
  let rightEnd = right.length;
  while (leftEnd > start && rightEnd > start && left[leftEnd - 1] === right[rightEnd - 1]) {
    leftEnd--;
    rightEnd--;
  }
  const leftDiff = left.slice(start, leftEnd);
  const rightDiff = right.slice(start, rightEnd);
  if (leftDiff.length + rightDiff.length === 0) return true;
  if (leftDiff.length > 1 || rightDiff.length > 1) return false;
  return (
    (leftDiff === "" || VOWELS.has(leftDiff)) &&
    (rightDiff === "" || VOWELS.has(rightDiff)) &&
    start > 0 &&
    leftEnd < left.length
  );
}

function sameWord(left: string, right: string): boolean {
  return left === right || oneInnerVowelApart(left, right);
}

/**
 * Given names that can name one person: equal, an initial, a short form, or a variant.
 * Initials compare with the printed first letter ("P." is Philip, whose fold is "filip").
 */
function givenNamesAgree(a: NameParts, b: NameParts, index: number): boolean {
  const left = a.given[index] ?? "";
  const right = b.given[index] ?? "";
  if (sameWord(left, right)) return true;
  if (left.length === 1 || right.length === 1) return a.initials[index] === b.initials[index];
  const shorter = left.length < right.length ? left : right;
  const longer = shorter === left ? right : left;
  // Alex/Alexander, Vlad/Vladimir: a clipped form of three letters or more.
  if (shorter.length >= 3 && longer.startsWith(shorter)) return true;
  const leftRows = variantRows.get(left);
  const rightRows = variantRows.get(right);
  if (leftRows === undefined || rightRows === undefined) return false;
  for (const row of leftRows) if (rightRows.has(row)) return true;
  return false;
}

/** One name's words are the last words of the other ("Cavo Dragone" in "Giuseppe Cavo Dragone"). */
function isTailOf(short: NameParts, long: NameParts): boolean {
  const shortWords = [...short.given, ...short.surname];
  const longWords = [...long.given, ...long.surname];
  if (shortWords.length === 0 || shortWords.length > longWords.length) return false;
  const offset = longWords.length - shortWords.length;
  return shortWords.every((word, index) => sameWord(word, longWords[offset + index] ?? ""));
}

/**
 * Whether two printed names can name one person. A bare surname matches its full name
 * ("Lavrov", "Sergey Lavrov"); spellings that transliteration produces match ("Sergei",
 * "Sergey"; "Zelenskiy", "Zelenskyy"); an initial matches its name ("S. Lavrov"); a short
 * form matches its given name ("Bill", "William"); middle names must not contradict
 * ("George W. Bush" is not "George H. W. Bush"). Different surnames never match
 * ("Lavrov", "Lavrenko"), nor do different given names ("Hillary Clinton", "Bill Clinton").
 *
 * @param left - a name as printed
 * @param right - another name as printed
 * @returns true when both can name the same person
 * @example
 * ```ts
 * namesMatch("Sergey Lavrov", "Sergei Lavrov"); // true
 * namesMatch("Lavrov", "Sergey Lavrov"); // true
 * namesMatch("Lavrov", "Lavrenko"); // false
 * ```
 *
 * @group Extract
 */
export function namesMatch(left: string, right: string): boolean {
  return partsMatch(nameParts(left), nameParts(right));
}

/**
 * {@link namesMatch} on names already split by {@link nameParts}, for callers that compare
 * one name with many.
 *
 * @param a - one name's parts
 * @param b - the other's
 * @returns true when both can name the same person
 */
export function partsMatch(a: NameParts, b: NameParts): boolean {
  if (a.letters === "" || b.letters === "") return false;
  if (a.suffix !== "" && b.suffix !== "" && a.suffix !== b.suffix) return false;
  // "Kim Jong-un" and "Kim Jong Un": the same letters, spaced another way.
  if (a.letters === b.letters) return true;
  if (!sameWord(surnameCore(a), surnameCore(b))) return false;
  // A bare surname names whoever bears it; linkPeople decides when that is ambiguous.
  if (a.given.length === 0 || b.given.length === 0) return true;
  if (!givenNamesAgree(a, b, 0)) {
    // "Cavo Dragone" against "Giuseppe Cavo Dragone": a compound surname without the given name.
    return isTailOf(a, b) || isTailOf(b, a);
  }
  const aMiddle = a.given.slice(1);
  const bMiddle = b.given.slice(1);
  if (aMiddle.length > 0 && bMiddle.length > 0) {
    if (aMiddle.length !== bMiddle.length) return false;
    return aMiddle.every((_, index) => givenNamesAgree(a, b, index + 1));
  }
  return true;
}
