import { foldForComparison } from "../../text/normalize.js";
import { findArticleObject, type JsonLdObject, jsonLdTypes } from "./readJsonLd.js";
import type { MetaTags } from "./readMetaTags.js";
import { NAME_PARTICLES, nameWords, splitAuthorNames } from "./splitAuthorNames.js";
import { authorHandle, visibleAuthors, visibleBylineText } from "./visibleBylines.js";

// The words after which a byline lists helpers, not authors.
const CONTRIBUTORS_MARKER =
  /contributions? (?:from|by)|additional reporting|with reporting (?:from|by)|contributors?:|mitarbeit/u;

/** Where an author list came from, strongest first. */
type AuthorSource = "json-ld" | "meta" | "byline";

/**
 * Finds the article's authors: JSON-LD authors (people before organisations), then meta
 * tags (`author`, `article:author` when it is a name, `parsely-author`, ...), then the
 * visible byline (`rel=author`, `itemprop=author`, elements whose class says byline or
 * author). Names are split on "and" and commas and cleaned of "By", roles, e-mail
 * addresses and handles.
 */
export function findAuthors(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
  siteNames: readonly string[],
  readVisible = true,
): string[] {
  const siteKeys = new Set(siteNames.map(foldForComparison));
  const structured = jsonLdAuthors(jsonLd);
  // Each source is read only when the stronger ones gave nothing.
  const sources: [AuthorSource, () => Iterable<string[]>][] = [
    ["json-ld", () => [structured.people]],
    ["meta", () => [metaAuthors(meta)]],
    ["byline", () => (readVisible ? visibleAuthors(document) : [])],
  ];
  // Read only when a source lists several names (it walks the page).
  let bylineText: string | undefined;
  // Structured data that credits only an organisation (often the publication itself)
  // yields to a person the visible byline names; with none, the organisation stands.
  const credited = namesFrom(structured.organisations, "json-ld", siteKeys, () => "");
  let organisations: string[] | undefined = credited.length > 0 ? credited : undefined;
  for (const [source, read] of sources) {
    for (const found of read()) {
      const names = namesFrom(found, source, siteKeys, () => {
        bylineText ??= readVisible ? foldForComparison(visibleBylineText(document)) : "";
        return bylineText;
      });
      if (names.length === 0) {
        continue;
      }
      if (source === "byline" || !names.every(looksLikeOrganisation)) {
        if (organisations !== undefined && names.every(looksLikeOrganisation)) {
          // "The Associated Press" in structured data, "By Associated Press" on the page:
          // the organisation as the page prints it.
          return organisations.map(
            (organisation) =>
              names.find((name) => withoutArticle(name) === withoutArticle(organisation)) ??
              organisation,
          );
        }
        return source === "byline" || !readVisible
          ? names
          : names.map((name) => asPrinted(name, document));
      }
      organisations ??= names;
    }
  }
  // Last, the account a blog post names only by its handle ("Posted by gritandgravel").
  const handle = readVisible ? authorHandle(document) : undefined;
  return organisations ?? (handle === undefined ? [] : [handle]);
}

// An organisation's name folded for comparison, without a leading "The".
function withoutArticle(name: string): string {
  return foldForComparison(name).replace(/^the\s/u, "");
}

// Words a visible byline may add to a name structured data gives (a second surname).
const MAX_ADDED_NAME_WORDS = 2;

/**
 * A name from structured data in the form the visible byline prints it, where the byline
 * shows the same person: the same words in another order ("Perrenoud Anouk" / "Anouk
 * Perrenoud"), with a name more ("José Ángel de la Garza" / "José Ángel de la Garza
 * Treviño"), or with the given name in full ("Des Fairley" / "Desmond Fairley").
 */
function asPrinted(name: string, document: Document): string {
  const words = foldForComparison(name).split(" ");
  for (const texts of visibleAuthors(document)) {
    for (const printed of texts.flatMap(splitAuthorNames).filter(isPrintedName)) {
      const printedWords = foldForComparison(printed).split(" ");
      const added = nameWords(printed).length - nameWords(name).length;
      if (
        added >= 0 &&
        added <= MAX_ADDED_NAME_WORDS &&
        words.every(
          (word) =>
            printedWords.includes(word) ||
            printedWords.some(
              (other) =>
                initialsOf(other) === initialsOnly(word) ||
                // "Des Fairley" for "Desmond Fairley": a short form of the given name.
                (word === words[0] && word.length >= 3 && other.startsWith(word)),
            ),
        )
      ) {
        return printed;
      }
    }
    // Only the most specific byline found is read: later ones are noisier.
    return name;
  }
  return name;
}

// "F.-W." and "PJ" stand for "Friedrich-Wilhelm" and "Pieter-Jan": the initials of a name
// word's hyphenated parts.
function initialsOf(word: string): string {
  return word
    .split("-")
    .map((part) => part.slice(0, 1))
    .join("");
}

// The letters of a word made of initials only ("f.-w." gives "fw", "pj" gives "pj"), else "".
function initialsOnly(word: string): string {
  const letters = word.replace(/[.-]/gu, "");
  return letters.length >= 1 &&
    letters.length <= 3 &&
    /^\p{L}+$/u.test(letters) &&
    (word.includes(".") || letters.length === 2)
    ? letters
    : "";
}

// A name as a byline prints it, fit to stand for structured data's: a person's name, in
// mixed case (an all-caps byline keeps the structured casing), with no label or
// newsroom glued to it ("Topic: Storms", "Fox News").
function isPrintedName(name: string): boolean {
  return (
    looksLikePersonName(name) &&
    !looksLikeOrganisation(name) &&
    /\p{Ll}/u.test(name) &&
    /^[\p{L}\p{M} .'’-]+$/u.test(name)
  );
}

// The names one source gives, cleaned; empty when none of them is an author's name.
function namesFrom(
  found: readonly string[],
  source: AuthorSource,
  siteKeys: ReadonlySet<string>,
  visibleByline: () => string,
): string[] {
  // Structured data often names the site as the author by default; a visible byline that
  // credits the site ("By The Harbour Courier") means it.
  let cleaned = uniqueNames(found.flatMap(splitAuthorNames)).filter(
    (name) => source === "byline" || !siteKeys.has(foldForComparison(name)),
  );
  if (source === "byline") {
    cleaned = cleaned.filter(looksLikePersonName);
  }
  // Wire services and desks listed beside named reporters are credits, not authors.
  const people = cleaned.filter((name) => !looksLikeOrganisation(name));
  if (people.length > 0) {
    cleaned = people;
  }
  // Structured data sometimes lists editors and contributors as authors; when the
  // visible byline names some of them, those are the article's authors.
  const shownIn = cleaned.length > 1 ? visibleByline() : "";
  if (shownIn !== "") {
    // Shown when each word of the name stands in the byline ("María Ortiz" in "María del
    // Carmen Ortiz Lozano").
    const wordsOf = (text: string) =>
      text.split(/[^\p{L}\p{M}\p{N}'’-]+/u).filter((word) => word !== "");
    const shownWords = new Set(wordsOf(shownIn));
    const shown = cleaned.filter(
      (name) =>
        shownIn.includes(foldForComparison(name)) ||
        wordsOf(foldForComparison(name)).every((word) => shownWords.has(word)),
    );
    if (shown.length > 0) {
      cleaned = shown;
    }
    // "By Ana Ruiz Contributions from Tom Berg": the names after the marker helped.
    const marker = CONTRIBUTORS_MARKER.exec(shownIn);
    if (marker !== null) {
      const authors = cleaned.filter((name) => {
        const at = shownIn.indexOf(foldForComparison(name));
        return at >= 0 && at < marker.index;
      });
      if (authors.length > 0) {
        cleaned = authors;
      }
    }
  }
  // A bare agency acronym ("AP", "ANI") is a wire credit, not a byline.
  return cleaned.filter((name) => !/^\p{Lu}{2,4}$/u.test(name));
}

const ORGANISATION_WORDS =
  /(?:^|\s)(?:press|news|newsroom|times|report|reuters|agency|agencies|media|journal|gazette|telegram|tribune|post|daily|staff|wire|network|magazine|redaktion|editorial|team|desk|online|digital|ltd|inc|gmbh)(?:$|\s)/iu;

function looksLikeOrganisation(name: string): boolean {
  return ORGANISATION_WORDS.test(name) || /^[\p{Lu}]{2,5}$/u.test(name);
}

function looksLikePersonName(name: string): boolean {
  const words = name.split(" ");
  const counted = nameWords(name).length;
  if (counted < 2 || counted > 4) {
    return false;
  }
  return words.every((word) => /^\p{Lu}/u.test(word) || NAME_PARTICLES.test(word));
}

function jsonLdAuthors(jsonLd: readonly JsonLdObject[]): {
  people: string[];
  organisations: string[];
} {
  const article = findArticleObject([...jsonLd]);
  return article === undefined ? { people: [], organisations: [] } : authorsOf(article);
}

function authorsOf(object: JsonLdObject): { people: string[]; organisations: string[] } {
  const raw = object["author"] ?? object["creator"];
  const items = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const people: string[] = [];
  const organisations: string[] = [];
  for (const item of items) {
    if (typeof item === "string") {
      people.push(item);
      continue;
    }
    if (item === null || typeof item !== "object") {
      continue;
    }
    const author = item as JsonLdObject;
    const name = author["name"];
    const names =
      typeof name === "string"
        ? [name]
        : Array.isArray(name)
          ? name.filter((n) => typeof n === "string")
          : [];
    const isOrganisation = jsonLdTypes(author).some((type) =>
      /organi[sz]ation|corporation|newsmedia/iu.test(type),
    );
    // ", The Paper": a byline template whose name part was left empty names no author;
    // the visible byline then says who wrote the story.
    const credited = names.filter((text) => !/^\s*,/u.test(text));
    (isOrganisation ? organisations : people).push(...credited);
  }
  return { people, organisations };
}

function metaAuthors(meta: MetaTags): string[] {
  for (const key of [
    "author",
    "article:author",
    "parsely-author",
    "sailthru.author",
    "byl",
    "dc.creator",
    "dcterms.creator",
    "citation_author",
    "twitter:creator",
  ]) {
    const values = (meta.get(key) ?? []).filter(
      (value) => !/^(?:https?:|www\.|@)/iu.test(value.trim()),
    );
    if (values.length > 0) {
      return values;
    }
  }
  return [];
}

function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  const unique: string[] = [];
  for (const name of names) {
    const key = foldForComparison(name);
    if (!seen.has(key)) {
      seen.add(key);
      unique.push(name);
    }
  }
  return unique;
}
