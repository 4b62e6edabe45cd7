import { collapseWhitespace } from "../../text/normalize.js";

// An opening or closing tag. `[^<>]` stops at the next "<", so each character is looked at
// a bounded number of times however many unclosed "<" a value holds.
const TAG = /<\/?[a-zA-Z][^<>]*>/gu;

/**
 * A metadata value without the markup some pages put in it (`og:title` of
 * `"<b>Ferry</b> strike ends"`, an outlet name wrapped in `<span>`), white space folded.
 * A lone `<` or `>` in the text ("2 < 3") is kept.
 *
 * @param value - a metadata value as the page gives it
 * @returns the value as text
 */
export function withoutMarkup(value: string): string {
  return value.includes("<") ? collapseWhitespace(value.replace(TAG, " ")) : value;
}
