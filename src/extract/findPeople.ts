import { assertText } from "../parse/validateArticle.js";
import type { Person } from "../types.js";
import { findNames } from "./findNames.js";

/**
 * Finds the people a text names, each with every mention linked (short forms such as
 * "Lavrov" join "Sergey Lavrov") and the titles and roles around them. `name` is the
 * fullest form in the text, without titles. Quote attribution can call this to name
 * speakers by their fullest form.
 *
 * @param body - the article text
 * @returns the people, in order of first mention
 * @example
 * ```ts
 * findPeople("Russian Foreign Minister Sergey Lavrov spoke on Wednesday. Lavrov said talks would continue.");
 * // [{ name: "Sergey Lavrov",
 * //    mentions: [{ text: "Sergey Lavrov", start: 25, end: 38 }, { text: "Lavrov", start: 59, end: 65 }],
 * //    roles: [{ text: "Russian Foreign Minister", start: 0, end: 24 }] }]
 * ```
 *
 * @group Extract
 */
export function findPeople(body: string): Person[] {
  assertText(body, "findPeople");
  return findNames(body).people;
}
