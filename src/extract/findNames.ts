import { assertText } from "../parse/validateArticle.js";
import type { Name, Person } from "../types.js";
import { readPeopleAndQuotes } from "./readPeopleAndQuotes.js";

/**
 * People, organisations and places named in a text.
 *
 * @group Extract
 */
export interface NamesFound {
  /** People, each with every mention linked and the roles found around them. */
  people: Person[];
  /** Organisations. */
  organizations: Name[];
  /** Places. */
  places: Name[];
}

/**
 * Finds the people, organisations and places a text names. Titles stay out of names; each
 * person's `name` is the fullest form in the text and every short form ("Lavrov"), and
 * every pronoun or description that surely stands for them, is one of their mentions.
 * Names a reader would not call people stay out of `people`: a hospital, a street, a law,
 * a heading label ("Grain Exports:"), a band or a show.
 *
 * @param body - the article text
 * @returns people, organisations and places in order of first mention
 * @example
 * ```ts
 * findNames("Russian Foreign Minister Sergey Lavrov spoke in Moscow. Lavrov said NATO was to blame.");
 * // people: [{ id: "p1", name: "Sergey Lavrov", mentions: [2], roles: [{ text: "Russian Foreign Minister", ... }] }]
 * // organizations: [{ name: "NATO", ... }], places: [{ name: "Moscow", ... }]
 * ```
 *
 * @group Extract
 */
export function findNames(body: string): NamesFound {
  assertText(body, "findNames");
  const { people, organizations, places } = readPeopleAndQuotes({ body, paragraphs: [] });
  return { people, organizations, places };
}
