import { withoutMarkup } from "./withoutMarkup.js";

/** A JSON-LD object as found on a page: keys to unknown JSON values. */
export type JsonLdObject = Record<string, unknown>;

// Types that describe the article itself, most specific first in meaning; WebPage is the
// fallback some sites use for their articles.
const ARTICLE_TYPE = /(?:article|blogposting|posting|report|newsarticle|review)$/i;
// "MedicalWebPage" and the other kinds of web page schema.org names.
const PAGE_TYPE = /(?:webpage|^itempage|^collectionpage)$/i;

/**
 * Collects every JSON-LD object of a page, flattening arrays, `@graph` lists and nested
 * `mainEntity` objects, in document order. Blocks that are not valid JSON are skipped.
 */
export function readJsonLd(document: Document): JsonLdObject[] {
  const objects: JsonLdObject[] = [];
  // Many sites escape the strings of their JSON-LD as HTML ("James O&#039;Neil", "R&amp;D"):
  // the script's text is not decoded by the HTML parser, so each string is decoded here.
  const decode = (_key: string, value: unknown): unknown =>
    typeof value === "string" && value.includes("&") ? decodeReferences(document, value) : value;
  for (const script of Array.from(
    document.querySelectorAll('script[type="application/ld+json"]'),
  )) {
    const source = script.textContent ?? "";
    let value: unknown;
    try {
      value = JSON.parse(source, decode);
    } catch {
      // Some sites leave trailing commas or HTML comments; a lenient second try.
      try {
        value = JSON.parse(
          source.replace(/<!--|-->/g, "").replace(/,\s{0,20}([}\]])/g, "$1"),
          decode,
        );
      } catch {
        continue;
      }
    }
    collectObjects(value, objects, 0);
  }
  return objects;
}

// HTML character references ("&#039;", "&amp;", "&rsquo;") read by the page's own HTML
// parser, as it reads them in the page's text.
function decodeReferences(document: Document, text: string): string {
  if (!/&(?:#\d{1,7}|#x[\da-f]{1,6}|[a-z][a-z\d]{1,31});/iu.test(text)) {
    return text;
  }
  const holder = document.createElement("span");
  holder.innerHTML = text.replace(/</gu, "&lt;");
  return holder.textContent ?? text;
}

function collectObjects(value: unknown, into: JsonLdObject[], depth: number): void {
  if (depth > 4 || value === null || typeof value !== "object") {
    return;
  }
  if (Array.isArray(value)) {
    for (const item of value) {
      collectObjects(item, into, depth + 1);
    }
    return;
  }
  const object = value as JsonLdObject;
  into.push(object);
  if (object["@graph"] !== undefined) {
    collectObjects(object["@graph"], into, depth + 1);
  }
  if (object["mainEntity"] !== undefined && typeof object["mainEntity"] === "object") {
    collectObjects(object["mainEntity"], into, depth + 1);
  }
}

/** The `@type` values of a JSON-LD object, as a list. */
export function jsonLdTypes(object: JsonLdObject): string[] {
  const type = object["@type"];
  if (typeof type === "string") {
    return [type];
  }
  if (Array.isArray(type)) {
    return type.filter((item): item is string => typeof item === "string");
  }
  return [];
}

/**
 * The object that describes the article: the first of an article type (NewsArticle,
 * BlogPosting, ReportageNewsArticle, ...), else a WebPage that carries a headline or date.
 */
export function findArticleObject(objects: JsonLdObject[]): JsonLdObject | undefined {
  const article = objects.find((object) =>
    jsonLdTypes(object).some((type) => ARTICLE_TYPE.test(type)),
  );
  if (article !== undefined) {
    return article;
  }
  return objects.find(
    (object) =>
      jsonLdTypes(object).some((type) => PAGE_TYPE.test(type)) &&
      (object["headline"] !== undefined || object["datePublished"] !== undefined),
  );
}

/** A JSON-LD value as a trimmed string, when it is one (or a one-element list of one). */
export function jsonLdString(value: unknown): string | undefined {
  if (typeof value === "string") {
    const trimmed = withoutMarkup(value).trim();
    return trimmed === "" ? undefined : trimmed;
  }
  if (Array.isArray(value) && value.length > 0) {
    return jsonLdString(value[0]);
  }
  return undefined;
}
