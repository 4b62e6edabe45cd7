import { withoutMarkup } from "./withoutMarkup.js";

/**
 * The page's `<meta>` values keyed by lower-cased `name`, `property`, `itemprop` or
 * `http-equiv`, each key with its values in document order.
 */
export type MetaTags = Map<string, string[]>;

/** Reads every `<meta>` with a key and a non-empty `content`. */
export function readMetaTags(document: Document): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of Array.from(document.querySelectorAll("meta"))) {
    const raw = meta.getAttribute("content");
    const content = raw === null ? undefined : withoutMarkup(raw).trim();
    if (content === undefined || content === "") {
      continue;
    }
    for (const attribute of ["name", "property", "itemprop", "http-equiv"]) {
      const key = meta.getAttribute(attribute)?.trim().toLowerCase();
      if (key !== undefined && key !== "") {
        const values = tags.get(key);
        if (values === undefined) {
          tags.set(key, [content]);
        } else {
          values.push(content);
        }
      }
    }
  }
  return tags;
}

/** The first value of the first key that has one. */
export function firstMeta(tags: MetaTags, keys: readonly string[]): string | undefined {
  for (const key of keys) {
    const value = tags.get(key)?.[0];
    if (value !== undefined) {
      return value;
    }
  }
  return undefined;
}
