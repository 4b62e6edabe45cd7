import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { newsroomZones } from "../../../src/parse/html/newsroomRegion.js";
import { readJsonLd } from "../../../src/parse/html/readJsonLd.js";

function zonesOf(html: string, country?: string): readonly string[] | undefined {
  const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  return newsroomZones(document, readJsonLd(document), country);
}

const CENTRAL_MOUNTAIN = ["America/Chicago", "America/Denver"];

describe("newsroomZones", () => {
  it.each([
    {
      name: "a postal code after the city in a copyright line",
      html: `<p>Storm story.</p><div class="site-copyright">© 2025 The Prairie Ledger, 12 Main St., Halvorsen, NE 68801</div>`,
      country: "US",
      zones: CENTRAL_MOUNTAIN,
    },
    {
      name: "an AP abbreviation at the end of a footer",
      html: `<footer>The Prairie Ledger · Halvorsen, Neb.</footer>`,
      country: undefined,
      zones: CENTRAL_MOUNTAIN,
    },
    {
      name: "a state written out, then a full stop",
      html: `<footer><p>We are a reader-funded newsroom based in Cold Inlet, Alaska. © 2025</p></footer>`,
      country: "US",
      zones: [
        "America/Anchorage",
        "America/Juneau",
        "America/Sitka",
        "America/Yakutat",
        "America/Nome",
        "America/Metlakatla",
        "America/Adak",
      ],
    },
    {
      name: "an <address> element with a province",
      html: `<address>Harbour Gazette, 40 Water St., Port Liddell, NS B3H 1A1</address>`,
      country: "CA",
      zones: ["America/Halifax"],
    },
    {
      name: "the publisher's addressRegion in JSON-LD",
      html: `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"NewsMediaOrganization","name":"Dune Coast Daily","address":{"@type":"PostalAddress","addressRegion":"OR"}}}</script>`,
      country: "US",
      zones: ["America/Los_Angeles", "America/Boise"],
    },
    {
      name: "a code two countries share, on a page of one of them",
      html: `<footer>Goldfields Courier, Hannan St, Kalbarra, WA 6430</footer>`,
      country: "AU",
      zones: ["Australia/Perth"],
    },
    {
      name: "a code two countries share, on a page of no known country",
      html: `<footer>Goldfields Courier, Hannan St, Kalbarra, WA 6430</footer>`,
      country: undefined,
      zones: undefined,
    },
    {
      name: "a state that is not the page's country's",
      html: `<footer>Halvorsen, NE 68801</footer>`,
      country: "GB",
      zones: undefined,
    },
    {
      name: "a city named like a state, then its own district",
      html: `<footer>Capitol Wire, 1300 K Street NW, Washington, D.C. 20005</footer>`,
      country: "US",
      zones: ["America/New_York"],
    },
    {
      name: "two newsrooms in two states",
      html: `<footer>Offices in Halvorsen, NE, and Brackett, Fla.</footer>`,
      country: "US",
      zones: undefined,
    },
    {
      name: "a state named only in the story",
      html: `<article><p>The crew flew in from Fairbanks, Alaska, on Monday.</p></article><footer>© 2025 Coastline Media</footer>`,
      country: "US",
      zones: undefined,
    },
    {
      name: "a state's name inside a longer phrase, not an address's end",
      html: `<footer>Proud member of the Texas Press Association, Texas Community Papers and more</footer>`,
      country: "US",
      zones: undefined,
    },
    {
      name: "a New Zealand region at the end of a footer",
      html: `<footer>The Estuary Times © 2025 · Local news for Ōpōtiki and the coast, Bay of Plenty</footer>`,
      country: undefined,
      zones: ["Pacific/Auckland"],
    },
    {
      name: "a country alone, where the page's locale names none",
      html: `<div id="footer-copy">Tidesend Press Ltd, 4 Quay Road, Port Haldane, New Zealand</div>`,
      country: undefined,
      zones: ["Pacific/Auckland", "Pacific/Chatham"],
    },
    {
      name: "a state and its country",
      html: `<address>Prairie Ledger, 12 Main St., Halvorsen, NE 68801, USA</address>`,
      country: undefined,
      zones: CENTRAL_MOUNTAIN,
    },
    {
      name: "a state and another country",
      html: `<address>Prairie Ledger, Halvorsen, NE, Canada</address>`,
      country: undefined,
      zones: undefined,
    },
    {
      name: "a country that is not the page's",
      html: `<footer>Printed by Harbourline Print, Durban, South Africa</footer>`,
      country: "GB",
      zones: undefined,
    },
    { name: "no footer", html: `<p>Nothing here.</p>`, country: "US", zones: undefined },
  ])("$name", ({ html, country, zones }) => {
    expect(zonesOf(html, country)).toEqual(zones);
  });

  it("reads a page of nested footer wrappers of doubling depth, a bounded number of them", () => {
    for (const depth of [250, 500, 1_000, 2_000]) {
      const html = `${'<div class="footer-wrap">'.repeat(depth)}Halvorsen, NE 68801${"</div>".repeat(depth)}`;
      expect(zonesOf(html, "US")).toEqual(CENTRAL_MOUNTAIN);
    }
  });

  it("reads a hostile footer of doubling size without trouble", () => {
    for (const size of [1_000, 2_000, 4_000, 8_000, 16_000]) {
      expect(zonesOf(`<footer>${", Ab Cd Ef Gh".repeat(size)}</footer>`, "US")).toBeUndefined();
    }
  });
});
