import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { findDateInText } from "../dateString.js";
import { findArticleObject, type JsonLdObject, jsonLdTypes } from "./readJsonLd.js";
import type { MetaTags } from "./readMetaTags.js";

// Words that open a byline in the languages of our pages.
const BYLINE_PREFIX =
  /^(?:(?:written|words|reported|posted|story|text|photos?|fotos?|interview|edited|reviewed)\s+by|by|von|par|por|di|da|door|av|af|de|autor(?:in)?|author|text|von\s+unserer?\s+\S+)\s*[:|]?\s+/iu;

// Words that make a byline part a job title or a desk rather than a name.
const ROLE_WORDS =
  /(?:^|\s)(?:staff|writer|reporter|editor|editors|correspondent|contributor|contributing|columnist|journalist|producer|senior|chief|deputy|managing|executive|freelance|intern|analyst|photographer|redakteur(?:in)?|korrespondent(?:in)?|redaktion|team|desk|updated|published|min read|read|contact|follow|email|twitter)(?:$|\s)/iu;

// Separators between several authors in one byline.
const AUTHOR_SEPARATOR = /\s+(?:and|und|et|y|e|en|og|och|&)\s+|\s*[,;|/•·]\s*/iu;

const MAX_NAME_WORDS = 5;
const MAX_NAME_LENGTH = 60;

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
): string[] {
  const siteKeys = new Set(siteNames.map(foldForComparison));
  const sources: [AuthorSource, string[]][] = [
    ["json-ld", jsonLdAuthors(jsonLd)],
    ["meta", metaAuthors(meta)],
    ["byline", visibleAuthors(document)],
  ];
  for (const [, names] of sources) {
    const cleaned = uniqueNames(names.flatMap(splitAuthorNames)).filter(
      (name) => !siteKeys.has(foldForComparison(name)),
    );
    if (cleaned.length > 0) {
      return cleaned;
    }
  }
  return [];
}

function jsonLdAuthors(jsonLd: readonly JsonLdObject[]): string[] {
  const article = findArticleObject([...jsonLd]);
  if (article === undefined) {
    return [];
  }
  const raw = article["author"] ?? article["creator"];
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
    const object = item as JsonLdObject;
    const name = object["name"];
    const names =
      typeof name === "string"
        ? [name]
        : Array.isArray(name)
          ? name.filter((n) => typeof n === "string")
          : [];
    const isOrganisation = jsonLdTypes(object).some((type) =>
      /organi[sz]ation|corporation|newsmedia/iu.test(type),
    );
    (isOrganisation ? organisations : people).push(...names);
  }
  return people.length > 0 ? people : organisations;
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

function visibleAuthors(document: Document): string[] {
  const selectors = [
    "[rel=author]",
    "[itemprop=author] [itemprop=name]",
    "[itemprop=author]",
    "[class*=byline] [class*=author]",
    "[class*=byline]",
    "[class*=author-name], [class*=authorName], [class*=author__name]",
    "address.author, .author",
  ];
  for (const selector of selectors) {
    const texts: string[] = [];
    for (const element of Array.from(document.querySelectorAll(selector))) {
      const text = collapseWhitespace(element.textContent ?? "");
      if (text !== "" && text.length <= 200) {
        texts.push(text);
      }
      if (texts.length >= 6) {
        break;
      }
    }
    if (texts.length > 0) {
      return texts;
    }
  }
  return [];
}

/**
 * Splits a byline into the names it holds: "By Ana Ruiz and Tom Berg, Staff Writers" gives
 * "Ana Ruiz" and "Tom Berg". Parts that are roles, dates, e-mail addresses or handles are
 * dropped.
 */
export function splitAuthorNames(byline: string): string[] {
  let text = collapseWhitespace(byline.normalize("NFC"));
  // A date or "Updated" ends the names part of a visible byline.
  const date = findDateInText(text);
  if (date !== undefined) {
    text = text.slice(0, date.index);
  }
  text = text
    .replace(/\S+@\S+\.\S+/gu, " ")
    .replace(/https?:\/\/\S+/gu, " ")
    .replace(/\(@?[^()]{0,40}\)/gu, " ")
    .replace(/(?:^|\s)@[\p{L}\p{N}_]+/gu, " ")
    .replace(/\s(?:updated|published|veröffentlicht|aktualisiert)\b.*$/iu, "");
  const names: string[] = [];
  for (const part of text.split(AUTHOR_SEPARATOR)) {
    const name = cleanName(part);
    if (name !== undefined) {
      names.push(name);
    }
  }
  return names;
}

function cleanName(part: string): string | undefined {
  let name = collapseWhitespace(part);
  for (let round = 0; round < 2; round++) {
    name = name.replace(BYLINE_PREFIX, "");
  }
  name = name.replace(/^[^\p{L}]+|[^\p{L}.]+$/gu, "").trim();
  if (name === "" || name.length > MAX_NAME_LENGTH) {
    return undefined;
  }
  const words = name.split(" ");
  if (words.length > MAX_NAME_WORDS) {
    return undefined;
  }
  if (ROLE_WORDS.test(name) && !/^(?:associated press)$/iu.test(name)) {
    return undefined;
  }
  if (/^(?:by|and|von|par|the|admin|administrator|anonymous|unknown|guest)$/iu.test(name)) {
    return undefined;
  }
  if (!/\p{Lu}/u.test(name) && !/\p{Lo}/u.test(name)) {
    return undefined;
  }
  return name;
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
