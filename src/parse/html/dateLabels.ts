import { WEEKDAY_WORD_PATTERN } from "../../text/calendarWords.js";

/**
 * The labels pages print before a date to say what the date is: "Updated", "Stand:",
 * "Published on", "Erschienen am".
 *
 * @module
 */

// Words that mark a later edit, in the languages of the pages we read.
const MODIFIED_WORDS =
  "updated?|modified|edited|last changed|aktualisiert|geändert|änderung|stand|mis à jour|actualizado|actualización|aggiornato|bijgewerkt";
const PUBLISHED_WORDS =
  "published|posted|veröffentlicht|erschienen|eingestellt|gepostet|erstellt|publié|posté|publicado|publicada|pubblicato|pubblicata|gepubliceerd|geplaatst";
// The little words between a label and its date: "Updated on", "Erschienen am", "Publié le".
const LINKING_WORDS = "(?:\\s*(?:on|at|am|le|el|il|op))?(?:\\s*:)?\\s*$";

/** A label of a later edit ending right before a date: "Updated on ", "Stand: ". */
export const MODIFIED_LABEL = new RegExp(`(?<!\\p{L})(?:${MODIFIED_WORDS})${LINKING_WORDS}`, "iu");

/** A publication label ending right before a date: "Published ", "Erschienen am ". */
export const PUBLISHED_LABEL = new RegExp(
  `(?<!\\p{L})(?:${PUBLISHED_WORDS})${LINKING_WORDS}`,
  "iu",
);

// A weekday between a label and its date: "Updated: Tue, 09/16/2025".
const WEEKDAY_BEFORE_DATE = new RegExp(`(?<!\\p{L})(?:${WEEKDAY_WORD_PATTERN})\\.?,?$`, "iu");

/**
 * The text before a date with a weekday at its end dropped, so that a label reaches its
 * date across it ("Originally posted Mon, ", "Updated: Tue, ").
 */
export function withoutWeekdayBefore(text: string): string {
  return text.trimEnd().replace(WEEKDAY_BEFORE_DATE, "").trimEnd();
}

/** Text that opens with an edit label: "Updated on December 13, 2023". */
export const MODIFIED_OPENING = new RegExp(
  `^\\s*(?:last\\s)?(?:${MODIFIED_WORDS})(?![\\p{L}])`,
  "iu",
);
