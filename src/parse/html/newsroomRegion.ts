/**
 * Where a newsroom is, from the address it prints for itself: a footer or colophon line
 * ("© 2025 Plains Post-Register, 926 P St., Lindell, NE"), an `<address>`, or the
 * publisher's address in JSON-LD. Used to read a UTC stamp on the newsroom's own day when
 * its country spans several zones (05:05 UTC is the evening before in Alaska, the next
 * morning in New York).
 *
 * @module
 */

import type { JsonLdObject } from "./readJsonLd.js";

/** A state, province or territory: its names as addresses print them, and its zones. */
interface Subdivision {
  /** ISO 3166-1 code of its country. */
  country: "US" | "CA" | "AU" | "NZ";
  /** Full name, postal code, and AP or other short forms ("Nebraska", "NE", "Neb."). */
  names: readonly string[];
  /** Every IANA zone used in it. */
  zones: readonly string[];
}

const NEW_YORK = "America/New_York";
const CHICAGO = "America/Chicago";
const DENVER = "America/Denver";
const LOS_ANGELES = "America/Los_Angeles";
const PHOENIX = "America/Phoenix";
const ALASKA = [
  "America/Anchorage",
  "America/Juneau",
  "America/Sitka",
  "America/Yakutat",
  "America/Nome",
  "America/Metlakatla",
  "America/Adak",
];

const SUBDIVISIONS: readonly Subdivision[] = [
  { country: "US", names: ["Alabama", "AL", "Ala."], zones: [CHICAGO] },
  { country: "US", names: ["Alaska", "AK"], zones: ALASKA },
  { country: "US", names: ["Arizona", "AZ", "Ariz."], zones: [PHOENIX, DENVER] },
  { country: "US", names: ["Arkansas", "AR", "Ark."], zones: [CHICAGO] },
  { country: "US", names: ["California", "CA", "Calif."], zones: [LOS_ANGELES] },
  { country: "US", names: ["Colorado", "CO", "Colo."], zones: [DENVER] },
  { country: "US", names: ["Connecticut", "CT", "Conn."], zones: [NEW_YORK] },
  { country: "US", names: ["Delaware", "DE", "Del."], zones: [NEW_YORK] },
  { country: "US", names: ["District of Columbia", "DC", "D.C."], zones: [NEW_YORK] },
  { country: "US", names: ["Florida", "FL", "Fla."], zones: [NEW_YORK, CHICAGO] },
  { country: "US", names: ["Georgia", "GA", "Ga."], zones: [NEW_YORK] },
  { country: "US", names: ["Hawaii", "HI"], zones: ["Pacific/Honolulu"] },
  { country: "US", names: ["Idaho", "ID"], zones: ["America/Boise", LOS_ANGELES] },
  { country: "US", names: ["Illinois", "IL", "Ill."], zones: [CHICAGO] },
  { country: "US", names: ["Indiana", "IN", "Ind."], zones: ["America/Indianapolis", CHICAGO] },
  { country: "US", names: ["Iowa", "IA"], zones: [CHICAGO] },
  { country: "US", names: ["Kansas", "KS", "Kan."], zones: [CHICAGO, DENVER] },
  { country: "US", names: ["Kentucky", "KY", "Ky."], zones: ["America/Louisville", CHICAGO] },
  { country: "US", names: ["Louisiana", "LA", "La."], zones: [CHICAGO] },
  { country: "US", names: ["Maine", "ME"], zones: [NEW_YORK] },
  { country: "US", names: ["Maryland", "MD", "Md."], zones: [NEW_YORK] },
  { country: "US", names: ["Massachusetts", "MA", "Mass."], zones: [NEW_YORK] },
  {
    country: "US",
    names: ["Michigan", "MI", "Mich."],
    zones: ["America/Detroit", "America/Menominee"],
  },
  { country: "US", names: ["Minnesota", "MN", "Minn."], zones: [CHICAGO] },
  { country: "US", names: ["Mississippi", "MS", "Miss."], zones: [CHICAGO] },
  { country: "US", names: ["Missouri", "MO", "Mo."], zones: [CHICAGO] },
  { country: "US", names: ["Montana", "MT", "Mont."], zones: [DENVER] },
  { country: "US", names: ["Nebraska", "NE", "Neb."], zones: [CHICAGO, DENVER] },
  { country: "US", names: ["Nevada", "NV", "Nev."], zones: [LOS_ANGELES] },
  { country: "US", names: ["New Hampshire", "NH", "N.H."], zones: [NEW_YORK] },
  { country: "US", names: ["New Jersey", "NJ", "N.J."], zones: [NEW_YORK] },
  { country: "US", names: ["New Mexico", "NM", "N.M."], zones: [DENVER] },
  { country: "US", names: ["New York", "NY", "N.Y."], zones: [NEW_YORK] },
  { country: "US", names: ["North Carolina", "NC", "N.C."], zones: [NEW_YORK] },
  { country: "US", names: ["North Dakota", "ND", "N.D."], zones: [CHICAGO, DENVER] },
  { country: "US", names: ["Ohio", "OH"], zones: [NEW_YORK] },
  { country: "US", names: ["Oklahoma", "OK", "Okla."], zones: [CHICAGO] },
  { country: "US", names: ["Oregon", "OR", "Ore."], zones: [LOS_ANGELES, "America/Boise"] },
  { country: "US", names: ["Pennsylvania", "PA", "Pa."], zones: [NEW_YORK] },
  { country: "US", names: ["Rhode Island", "RI", "R.I."], zones: [NEW_YORK] },
  { country: "US", names: ["South Carolina", "SC", "S.C."], zones: [NEW_YORK] },
  { country: "US", names: ["South Dakota", "SD", "S.D."], zones: [CHICAGO, DENVER] },
  { country: "US", names: ["Tennessee", "TN", "Tenn."], zones: [CHICAGO, NEW_YORK] },
  { country: "US", names: ["Texas", "TX"], zones: [CHICAGO, DENVER] },
  { country: "US", names: ["Utah", "UT"], zones: [DENVER] },
  { country: "US", names: ["Vermont", "VT", "Vt."], zones: [NEW_YORK] },
  { country: "US", names: ["Virginia", "VA", "Va."], zones: [NEW_YORK] },
  { country: "US", names: ["Washington", "WA", "Wash."], zones: [LOS_ANGELES] },
  { country: "US", names: ["West Virginia", "WV", "W.Va."], zones: [NEW_YORK] },
  { country: "US", names: ["Wisconsin", "WI", "Wis."], zones: [CHICAGO] },
  { country: "US", names: ["Wyoming", "WY", "Wyo."], zones: [DENVER] },
  { country: "CA", names: ["British Columbia", "BC", "B.C."], zones: ["America/Vancouver"] },
  { country: "CA", names: ["Alberta", "AB", "Alta."], zones: ["America/Edmonton"] },
  { country: "CA", names: ["Saskatchewan", "SK", "Sask."], zones: ["America/Regina"] },
  { country: "CA", names: ["Manitoba", "MB", "Man."], zones: ["America/Winnipeg"] },
  {
    country: "CA",
    names: ["Ontario", "ON", "Ont."],
    zones: ["America/Toronto", "America/Winnipeg"],
  },
  { country: "CA", names: ["Quebec", "Québec", "QC", "Que."], zones: ["America/Toronto"] },
  { country: "CA", names: ["New Brunswick", "NB", "N.B."], zones: ["America/Moncton"] },
  { country: "CA", names: ["Nova Scotia", "NS", "N.S."], zones: ["America/Halifax"] },
  {
    country: "CA",
    names: ["Prince Edward Island", "PE", "PEI", "P.E.I."],
    zones: ["America/Halifax"],
  },
  {
    country: "CA",
    names: ["Newfoundland and Labrador", "NL", "N.L."],
    zones: ["America/St_Johns", "America/Goose_Bay"],
  },
  { country: "CA", names: ["Yukon", "YT"], zones: ["America/Whitehorse"] },
  {
    country: "CA",
    names: ["Northwest Territories", "NT", "N.W.T."],
    zones: ["America/Yellowknife"],
  },
  {
    country: "CA",
    names: ["Nunavut", "NU"],
    zones: ["America/Iqaluit", "America/Rankin_Inlet", "America/Cambridge_Bay"],
  },
  {
    country: "AU",
    names: ["New South Wales", "NSW"],
    zones: ["Australia/Sydney", "Australia/Broken_Hill"],
  },
  { country: "AU", names: ["Victoria", "VIC", "Vic."], zones: ["Australia/Melbourne"] },
  { country: "AU", names: ["Queensland", "QLD", "Qld"], zones: ["Australia/Brisbane"] },
  { country: "AU", names: ["South Australia", "SA"], zones: ["Australia/Adelaide"] },
  { country: "AU", names: ["Western Australia", "WA"], zones: ["Australia/Perth"] },
  { country: "AU", names: ["Tasmania", "TAS", "Tas."], zones: ["Australia/Hobart"] },
  { country: "AU", names: ["Northern Territory", "NT"], zones: ["Australia/Darwin"] },
  { country: "AU", names: ["Australian Capital Territory", "ACT"], zones: ["Australia/Sydney"] },
  // New Zealand's regions, but those that share a name with towns elsewhere (Wellington,
  // Nelson, Canterbury, West Coast): the mainland is one zone.
  ...[
    "Northland",
    "Auckland",
    "Waikato",
    "Bay of Plenty",
    "Gisborne",
    "Taranaki",
    "Otago",
    "Southland",
    "Marlborough",
    "Tasman",
  ].map((name): Subdivision => ({ country: "NZ", names: [name], zones: ["Pacific/Auckland"] })),
];

/** Countries an address may end with, by the names addresses print, with their region codes. */
const COUNTRIES: Readonly<Record<string, string>> = {
  "United States": "US",
  USA: "US",
  "U.S.A.": "US",
  Canada: "CA",
  Australia: "AU",
  "New Zealand": "NZ",
  India: "IN",
  Ireland: "IE",
  "South Africa": "ZA",
  "United Kingdom": "GB",
  UK: "GB",
  "U.K.": "GB",
  Singapore: "SG",
};

/**
 * The IANA zones of a country (CLDR, through `Intl.Locale`): the 29 zones of the United
 * States for "US", `["Europe/London"]` for "GB"; empty when the runtime cannot tell.
 *
 * @param region - an ISO 3166-1 region code
 * @returns the zone names
 */
export function countryZones(region: string): string[] {
  try {
    // Node 20 has the `timeZones` getter; later runtimes the `getTimeZones()` method.
    const locale = new Intl.Locale(`und-${region}`) as Intl.Locale & {
      timeZones?: string[];
      getTimeZones?: () => string[] | undefined;
    };
    const zones = locale.getTimeZones?.() ?? locale.timeZones;
    return zones === undefined ? [] : [...zones];
  } catch {
    return [];
  }
}

// An address's last part: ", Name" then a postcode, a country or the end of the line.
// Names are matched by a lookup of the words after the comma, not by one alternation.
const AFTER_COMMA =
  /,[ \t]*([\p{Lu}][\p{L}.]*(?:[ \t](?:of[ \t]|and[ \t])?[\p{Lu}][\p{L}.]*){0,3})/gu;
const ADDRESS_END =
  /^[ \t]*(?:\d{4,5}(?:-\d{4})?|[A-Z]\d[A-Z][ \t]?\d[A-Z]\d|,|\.|\||·|•|\n|$|USA\b|U\.S\.|United States|Canada|Australia)/u;
// Where a page prints its own address: a footer, an <address>, a copyright or colophon line.
const ADDRESS_HOLDER_NAMES = /footer|copyright|colophon|address|imprint/iu;
const MAX_ADDRESS_TEXT = 2_000;
const CITY_GAP = /^,[ \t]*$/u;
// What ADDRESS_END reads after a name: enough for "United States" after spaces.
const AFTER_NAME = 24;

/** Each printed name of a subdivision or country, with the subdivisions it may mean (NT: two). */
const BY_NAME = new Map<string, Subdivision[]>();
for (const subdivision of SUBDIVISIONS) {
  for (const name of subdivision.names) {
    BY_NAME.set(name, [...(BY_NAME.get(name) ?? []), subdivision]);
  }
}

/**
 * The zones of the state, province or territory a newsroom gives as its own address, when
 * every address it prints names the same one (and, when the page's country is known, one of
 * that country): `["America/Chicago", "America/Denver"]` for "Lindell, NE".
 *
 * @param document - the parsed page
 * @param jsonLd - the page's JSON-LD objects
 * @param country - the page's country (ISO 3166-1), when its locale names one
 * @returns the IANA zones, or undefined when the page prints no such address or several
 */
export function newsroomZones(
  document: Document,
  jsonLd: readonly JsonLdObject[],
  country?: string,
): readonly string[] | undefined {
  const found = new Set<Subdivision>();
  const countries = new Set<string>();
  const note = (name: string) => {
    const named = COUNTRIES[name];
    if (named !== undefined) {
      countries.add(named);
      return;
    }
    const candidates = (BY_NAME.get(name) ?? []).filter(
      (subdivision) => country === undefined || subdivision.country === country,
    );
    // A postal code alone ("WA", "NT") names one subdivision only once the country is known
    // or the code is unambiguous; a name written out always does.
    if (candidates.length === 1 && candidates[0] !== undefined) found.add(candidates[0]);
  };
  for (const region of publisherRegions(jsonLd)) note(region);
  for (const holder of addressHolders(document)) {
    const text = (holder.textContent ?? "").slice(0, MAX_ADDRESS_TEXT);
    // Each name that ends an address, in order; a name right before another is a city's
    // ("Washington, D.C.", "Kansas City, Missouri" keeps Missouri).
    const names: { name: string; end: number }[] = [];
    for (const match of text.matchAll(AFTER_COMMA)) {
      const words = (match[1] ?? "").split(/[ \t]/u);
      const start = (match.index ?? 0) + match[0].length - (match[1] ?? "").length;
      // The longest run of the words that names a subdivision.
      for (let length = words.length; length > 0; length--) {
        const written = words.slice(0, length).join(" ");
        // A sentence's full stop after a name ("based in Kinnick Bay, Alaska.").
        const name = known(written) ? written : written.replace(/\.$/u, "");
        if (!known(name)) continue;
        const end = start + name.length;
        if (ADDRESS_END.test(text.slice(end, end + AFTER_NAME))) {
          const previous = names.at(-1);
          const city =
            previous !== undefined &&
            COUNTRIES[name] === undefined &&
            CITY_GAP.test(text.slice(previous.end, start));
          if (city) names.pop();
          names.push({ name, end });
        }
        break;
      }
    }
    for (const { name } of names) note(name);
  }
  const [only] = found;
  if (found.size === 1 && only !== undefined) {
    return countries.size === 0 || countries.has(only.country) ? only.zones : undefined;
  }
  // No state or province, one country: a newsroom "based in Tauranga, New Zealand".
  const [land] = countries;
  if (found.size === 0 && countries.size === 1 && land !== undefined) {
    if (country !== undefined && country !== land) return undefined;
    const zones = countryZones(land);
    return zones.length > 0 ? zones : undefined;
  }
  return undefined;
}

function known(name: string): boolean {
  return BY_NAME.has(name) || COUNTRIES[name] !== undefined;
}

// Holders read, the last ones on the page first (a footer closes it): each is read whole,
// so a page of nested "footer" wrappers costs a bounded number of passes, not one each.
const MAX_HOLDERS = 12;

function addressHolders(document: Document): Element[] {
  const holders = Array.from(document.querySelectorAll("footer, address, [class], [id]")).filter(
    (element) =>
      element.tagName === "FOOTER" ||
      element.tagName === "ADDRESS" ||
      ADDRESS_HOLDER_NAMES.test(
        `${element.getAttribute("class") ?? ""} ${element.getAttribute("id") ?? ""}`,
      ),
  );
  return holders.slice(-MAX_HOLDERS);
}

function publisherRegions(jsonLd: readonly JsonLdObject[]): string[] {
  const regions: string[] = [];
  for (const object of jsonLd) {
    const publisher = object.publisher;
    const publishers = Array.isArray(publisher) ? publisher : [publisher];
    for (const entry of publishers) {
      if (typeof entry !== "object" || entry === null) continue;
      const address = (entry as Record<string, unknown>).address;
      if (typeof address !== "object" || address === null) continue;
      const region = (address as Record<string, unknown>).addressRegion;
      if (typeof region === "string") regions.push(region.trim());
    }
  }
  return regions;
}
