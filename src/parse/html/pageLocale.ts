import { firstMeta, type MetaTags } from "./readMetaTags.js";

// English-speaking regions that write numeric dates month first (03/04/2025 = March 4).
const MONTH_FIRST_REGIONS = new Set(["us", "ph", "ca", "fm", "mh", "pw"]);
// Country-code domains sold to anyone, which say nothing of where a site is.
const GENERIC_COUNTRY_DOMAINS = new Set([
  "us",
  "ca",
  "ph",
  "io",
  "co",
  "tv",
  "fm",
  "me",
  "ai",
  "ly",
  "gg",
  "to",
  "cc",
  "ws",
  "la",
  "am",
]);

/**
 * Whether a page writes ambiguous numeric dates day first (`05/12/2020` = 5 December), as
 * nearly everywhere but the United States does. Read from the page's language
 * (`<html lang>`, `og:locale`), and when that names no region, from a country-code domain.
 *
 * @param document - the parsed page
 * @param meta - the page's meta tags
 * @param url - the page's address, when known
 */
export function readsDayFirst(document: Document, meta: MetaTags, url?: string): boolean {
  const tag = (
    document.documentElement?.getAttribute("lang") ??
    firstMeta(meta, ["og:locale", "content-language"]) ??
    ""
  )
    .trim()
    .toLowerCase()
    .replace(/_/gu, "-");
  const [language = "", region] = tag.split("-");
  if (language !== "" && language !== "en") {
    return true;
  }
  if (region !== undefined && region.length === 2) {
    return !MONTH_FIRST_REGIONS.has(region);
  }
  const domain = topLevelDomain(url);
  return domain !== undefined && domain.length === 2 && !GENERIC_COUNTRY_DOMAINS.has(domain);
}

function topLevelDomain(url: string | undefined): string | undefined {
  if (url === undefined) {
    return undefined;
  }
  try {
    return new URL(url).hostname.split(".").pop()?.toLowerCase();
  } catch {
    return undefined;
  }
}
