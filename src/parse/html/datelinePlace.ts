import { ENGLISH_WEEKDAYS } from "../../text/calendarWords.js";
import { wordAlternation } from "../../text/wordAlternation.js";
import { findDateInText } from "../dateString.js";

// A place before the date on a dateline line: capitalised words and commas, nothing that
// reads as a byline or an update notice.
const PLACE = /^\p{Lu}[\p{L}\p{M}.'’ -]{1,40}(?:\s?,\s?\p{Lu}[\p{L}\p{M}.'’ -]{1,30})?$/u;
const NOT_A_PLACE =
  /^(?:by|von|par|por|updated|published|posted|stand|aktualisiert|veröffentlicht|last|am|on|le|el)(?![\p{L}\p{N}])/iu;
// English weekdays from the shared list, then German and French.
const WEEKDAY = new RegExp(
  `^(?:${wordAlternation(ENGLISH_WEEKDAYS)}|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)`,
  "iu",
);

/**
 * The place a dateline line names before its date ("Moscow , Russia 21 August 2025" names
 * "Moscow, Russia"), or `undefined` when the words before the date are not a place.
 */
export function datelinePlace(line: string): string | undefined {
  const date = findDateInText(line);
  if (date === undefined) {
    return undefined;
  }
  const before = line
    .slice(0, date.index)
    .replace(/(?<![\s,–—|:-])[\s,–—|:-]+$/u, "")
    .replace(/(?<!\s)\s+,/gu, ",")
    .trim();
  if (before === "" || !PLACE.test(before) || NOT_A_PLACE.test(before) || WEEKDAY.test(before)) {
    return undefined;
  }
  return before;
}
