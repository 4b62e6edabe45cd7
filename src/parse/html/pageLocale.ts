import { countryZones, newsroomZones } from "./newsroomRegion.js";
import type { JsonLdObject } from "./readJsonLd.js";
import { firstMeta, type MetaTags } from "./readMetaTags.js";

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
// Domains whose code is not the country's region code.
const DOMAIN_REGIONS: Readonly<Record<string, string>> = { uk: "GB" };
// A day that tells day from month in a formatted date (2 October).
const PROBE_DAY = new Date(Date.UTC(2020, 9, 2, 12));

/**
 * Whether a page writes ambiguous slashed dates day first (`05/12/2020` = 5 December). The
 * page's locale comes from `<html lang>`, `og:locale` or `content-language` (the first that
 * names a region or a language other than English; "en" alone says nothing of the region),
 * and failing those from a country-code domain (its likely language: `.co.uk` en-GB, `.de`
 * de-DE). The locale's own short date (CLDR, through `Intl.DateTimeFormat`) decides: day
 * before month with slashes (en-GB "02/10/2020", fr, es, it, pt-BR) reads day first; a
 * locale that writes its dates otherwise (en-US and en month first, de and ru with dots, nl
 * with dashes) has slashed dates only from software, in the United States order.
 *
 * @param document - the parsed page
 * @param meta - the page's meta tags
 * @param url - the page's address, when known
 * @returns true when "02/10/2020" on this page is 2 October
 */
export function readsDayFirst(document: Document, meta: MetaTags, url?: string): boolean {
  const locale = pageLocale(document, meta, url);
  return locale !== undefined && slashesDayFirst(locale);
}

/**
 * The time zones of the country a page is written for, from its locale's region (CLDR,
 * through `Intl.Locale`): `["Europe/London"]` for en-GB, the 29 zones of the United
 * States for en-US; empty when the page names no region or the runtime cannot tell. A
 * newsroom that prints its own state, province or territory in its address ("Lindell, NE",
 * "based in Kinnick Bay, Alaska", a publisher's `addressRegion`) narrows that to its zones.
 *
 * @param document - the parsed page
 * @param meta - the page's meta tags
 * @param url - the page's address, when known
 * @param jsonLd - the page's JSON-LD objects, for the publisher's address
 * @returns the IANA zone names
 */
export function pageTimeZones(
  document: Document,
  meta: MetaTags,
  url?: string,
  jsonLd: readonly JsonLdObject[] = [],
): string[] {
  const locale = pageLocale(document, meta, url);
  const country = locale?.includes("-") ? locale.split("-")[1] : undefined;
  // A newsroom that prints its state or province narrows its country to that one's zones;
  // one that prints only its country names it where the page's locale does not.
  const own = newsroomZones(document, jsonLd, country);
  if (own !== undefined) {
    return [...own];
  }
  return country === undefined ? [] : countryZones(country);
}

function pageLocale(document: Document, meta: MetaTags, url?: string): string | undefined {
  const tags = [
    document.documentElement?.getAttribute("lang"),
    firstMeta(meta, ["og:locale"]),
    firstMeta(meta, ["content-language"]),
  ];
  let english = false;
  for (const raw of tags) {
    const tag = (raw ?? "").trim().replace(/_/gu, "-");
    const [language = "", region] = tag.toLowerCase().split("-");
    if (language === "en" && (region === undefined || region.length !== 2)) {
      english = true;
      continue;
    }
    if (/^[a-z]{2,3}$/u.test(language)) {
      return region !== undefined && region.length === 2
        ? `${language}-${region.toUpperCase()}`
        : language;
    }
  }
  const domain = topLevelDomain(url);
  if (domain !== undefined && domain.length === 2 && !GENERIC_COUNTRY_DOMAINS.has(domain)) {
    const region = DOMAIN_REGIONS[domain] ?? domain.toUpperCase();
    try {
      const likely = new Intl.Locale(`und-${region}`).maximize();
      // An English page on a country's domain: English as written there (en-GB, en-IN).
      return english ? `en-${region}` : `${likely.language}-${region}`;
    } catch {
      return undefined;
    }
  }
  return english ? "en" : undefined;
}

function slashesDayFirst(locale: string): boolean {
  try {
    const parts = new Intl.DateTimeFormat(locale, {
      year: "numeric",
      month: "numeric",
      day: "numeric",
      timeZone: "UTC",
    }).formatToParts(PROBE_DAY);
    const day = parts.findIndex((part) => part.type === "day");
    const month = parts.findIndex((part) => part.type === "month");
    const slashed = parts.some((part) => part.type === "literal" && part.value.includes("/"));
    return slashed && day >= 0 && day < month;
  } catch {
    return false;
  }
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
