import { collapseWhitespace } from "../../text/normalize.js";
import { findArticleObject, type JsonLdObject, jsonLdString, jsonLdTypes } from "./readJsonLd.js";
import { firstMeta, type MetaTags } from "./readMetaTags.js";

/**
 * The outlet's name from the page's own metadata: `og:site_name`, the JSON-LD publisher
 * (or the WebSite/Organization object), then `application-name`.
 */
export function findOutlet(jsonLd: readonly JsonLdObject[], meta: MetaTags): string | undefined {
  const candidates = [
    firstMeta(meta, ["og:site_name"]),
    publisherName(jsonLd),
    firstMeta(meta, ["application-name", "al:android:app_name", "al:ios:app_name"]),
  ];
  for (const candidate of candidates) {
    const name = candidate === undefined ? "" : collapseWhitespace(candidate);
    if (name !== "" && name.length <= 80 && !/^https?:/iu.test(name)) {
      return name;
    }
  }
  return undefined;
}

function publisherName(jsonLd: readonly JsonLdObject[]): string | undefined {
  const article = findArticleObject([...jsonLd]);
  const publisher = article?.["publisher"];
  const fromArticle = nameOf(Array.isArray(publisher) ? publisher[0] : publisher);
  if (fromArticle !== undefined) {
    return fromArticle;
  }
  const site = jsonLd.find((object) =>
    jsonLdTypes(object).some((type) => /^(?:WebSite|NewsMediaOrganization)$/u.test(type)),
  );
  return site === undefined ? undefined : nameOf(site);
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === "string") {
    return jsonLdString(value);
  }
  if (value !== null && typeof value === "object") {
    return jsonLdString((value as JsonLdObject)["name"]);
  }
  return undefined;
}
