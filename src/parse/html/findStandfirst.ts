import { collapseWhitespace, foldForComparison } from "../../text/normalize.js";
import { findArticleObject, type JsonLdObject, jsonLdString } from "./readJsonLd.js";
import { firstMeta, type MetaTags } from "./readMetaTags.js";

// Class words of the summary printed under a headline (the "dek" or standfirst).
const STANDFIRST_CLASS =
  /dek|standfirst|subtitle|sub-title|subhead|summary|lede|lead|excerpt|intro|description|sapo|abstract|teaser-text|article-info|header__text|kicker/iu;

const MAX_CHECKED = 200;

/**
 * Finds the standfirst: the summary printed under the headline, which news sites repeat in
 * their description meta tags. It counts only where the page shows it: an element in the
 * body whose text is the description.
 */
export function findStandfirst(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  meta: MetaTags,
): string | undefined {
  const descriptions = [
    firstMeta(meta, ["og:description"]),
    firstMeta(meta, ["description"]),
    firstMeta(meta, ["twitter:description"]),
    jsonLdString(findArticleObject([...jsonLd])?.["description"]),
  ]
    .filter((text): text is string => text !== undefined && text.length >= 30)
    .map(foldForComparison);
  if (descriptions.length === 0 || document.body === null) {
    return undefined;
  }
  const wanted = new Set(descriptions);
  const longest = Math.max(...descriptions.map((text) => text.length)) + 20;
  let checked = 0;
  for (const element of Array.from(document.body.querySelectorAll("h2, p, [class]"))) {
    if (element.tagName !== "H2" && element.tagName !== "P") {
      if (!STANDFIRST_CLASS.test(element.getAttribute("class") ?? "")) {
        continue;
      }
    }
    // The standfirst stands near the top of the page, before the story's paragraphs.
    checked += 1;
    if (checked > MAX_CHECKED) {
      break;
    }
    const raw = element.textContent ?? "";
    if (raw.length > longest * 2) {
      continue;
    }
    const text = collapseWhitespace(raw);
    if (wanted.has(foldForComparison(text))) {
      return text;
    }
  }
  return undefined;
}
