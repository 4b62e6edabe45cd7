import { MONTH_WORDS } from "../../text/calendarWords.js";
import { wordAlternation } from "../../text/wordAlternation.js";
import { type FoundDate, findDateInText } from "../dateString.js";

// Where copied page text needs a character put back for the date finder to read it: after
// a year glued to the time when the markup between them was dropped ("Dec 23, 202310:30
// AM"), before a month glued to the word before it, and before the two-digit year of a slashed date that a clock time follows
// ("12/22/23 11:35 AM ET"), which only a byline or a timestamp prints.
const GLUED_YEAR = /(?<=(?<![\p{L}\p{N}])(?:19|20)\d{2})(?=\d{1,2}:\d{2})/gu;
// "Ann LeeDecember 20, 2023", "5 min readDec 31, 2023": a month glued to the word before it.
const GLUED_MONTH = new RegExp(
  `(?<=\\p{Ll})(?=(?:${wordAlternation(MONTH_WORDS, "capitalised")})\\.?\\s\\d)`,
  "gu",
);
const SHORT_YEAR = /(?<![\p{N}/.-])\d{1,2}\/\d{1,2}\/(?=\d{2},?\s{1,3}\d{1,2}:\d{2})/gu;

/**
 * Finds the first date in a line of copied page text, reading the spellings that copying
 * mangles (see above). The found text and index point into the line as given.
 *
 * @param text - one line of page text
 * @returns the date with its text and index in `text`, or undefined
 * @example
 * ```ts
 * findPageDate("by Ann Lee - 12/22/23 11:35 AM ET")?.date; // "2023-12-22"
 * ```
 */
export function findPageDate(text: string): FoundDate | undefined {
  const insertions: { at: number; text: string }[] = [];
  for (const match of text.matchAll(GLUED_YEAR)) insertions.push({ at: match.index, text: " " });
  for (const match of text.matchAll(GLUED_MONTH)) insertions.push({ at: match.index, text: " " });
  for (const match of text.matchAll(SHORT_YEAR)) {
    insertions.push({ at: match.index + match[0].length, text: "20" });
  }
  if (insertions.length === 0) return findDateInText(text);
  insertions.sort((left, right) => left.at - right.at);
  let readable = "";
  let from = 0;
  for (const insertion of insertions) {
    readable += text.slice(from, insertion.at) + insertion.text;
    from = insertion.at;
  }
  readable += text.slice(from);
  const found = findDateInText(readable);
  if (found === undefined) return undefined;
  // Map the match back onto the line as given.
  const toOriginal = (index: number): number => {
    let shift = 0;
    for (const insertion of insertions) {
      if (insertion.at + shift >= index) break;
      shift += Math.min(insertion.text.length, index - (insertion.at + shift));
    }
    return index - shift;
  };
  const start = toOriginal(found.index);
  const end = toOriginal(found.index + found.text.length);
  return { ...found, index: start, text: text.slice(start, end).trim() };
}
