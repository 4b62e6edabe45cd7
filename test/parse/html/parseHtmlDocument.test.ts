import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { datelinePlace } from "../../../src/parse/html/datelinePlace.js";
import { parseHtmlDocument } from "../../../src/parse/html/parseHtmlDocument.js";

const fixtures = join(dirname(fileURLToPath(import.meta.url)), "../../fixtures/html");
const page = (name: string) => readFileSync(join(fixtures, name), "utf8");

describe("parseHtmlDocument on a cluttered page with JSON-LD", () => {
  const result = parseHtmlDocument(page("news-article-jsonld.html"), {
    url: "https://ledger.example/city/harbour-ferry",
  });

  it("reads the metadata", () => {
    expect(result.headline).toBe("Harbour ferry service resumes after storm repairs");
    expect(result.outlet).toBe("The Coastal Ledger");
    expect(result.authors).toEqual(["Marta Lindqvist", "Daniel Okafor"]);
    expect(result.published).toEqual({
      date: "2025-08-20",
      time: "14:05",
      offset: "+03:00",
      text: "2025-08-20T14:05:00+03:00",
      source: "json-ld",
      confidence: 0.95,
    });
  });

  it("keeps the article paragraphs, standfirst first", () => {
    const paragraphs = result.body.split("\n\n");
    expect(paragraphs[0]).toBe(
      "Commuters return to the water as the city reopens its damaged pier two weeks ahead of schedule.",
    );
    expect(paragraphs[1]?.startsWith("PORT ELLIS — The harbour ferry")).toBe(true);
    expect(paragraphs.at(-1)).toBe(
      "Some passengers said they would keep driving until the autumn weather settles. Others were simply glad to be back on the water.",
    );
    expect(paragraphs).toHaveLength(6);
  });

  it.each([
    ["cookie banner", "We use cookies"],
    ["menu", "Sport"],
    ["share bar", "Share on Facebook"],
    ["caption", "Photo: Harbour Authority"],
    ["newsletter box", "Sign up for our free newsletter"],
    ["advertisement label", "Advertisement"],
    ["read-more link", "Read more:"],
    ["related links", "Bus operators add routes"],
    ["footer", "All rights reserved"],
    ["byline", "By Marta Lindqvist"],
    ["headline", "Harbour ferry service resumes after storm repairs"],
  ])("leaves the %s out of the body", (_clutter, text) => {
    expect(result.body).not.toContain(text);
  });

  it("records what it removed, with reasons", () => {
    const reasons = new Set(result.removed.map((block) => block.reason));
    for (const reason of ["cookie-notice", "navigation", "share", "caption", "promo", "footer"]) {
      expect(reasons).toContain(reason);
    }
  });
});

describe("parseHtmlDocument on a German page with meta tags only", () => {
  const result = parseHtmlDocument(page("german-meta.html"), {
    url: "https://bote.example/lokales/radwege",
  });

  it("reads the headline without the site suffix, the byline and the meta date", () => {
    expect(result.headline).toBe("Stadtrat beschließt neue Radwege am Flussufer");
    expect(result.authors).toEqual(["Anna Schmidt", "Jonas Weber"]);
    expect(result.published).toEqual({
      date: "2019-03-04",
      text: "2019-03-04",
      source: "meta",
      confidence: 0.9,
    });
  });

  it("gives no outlet when the page's metadata names none", () => {
    expect(result.outlet).toBeUndefined();
  });

  it("keeps the banner date, share line and read-also link out of the body", () => {
    expect(result.body).not.toContain("Wetter");
    expect(result.body).not.toContain("Teilen");
    expect(result.body).not.toContain("Lesen Sie auch");
    expect(result.body.split("\n\n")).toHaveLength(3);
  });
});

describe("parseHtmlDocument with a UTC-only stamp and a local time", () => {
  it("takes the local day the page shows, not the UTC day", () => {
    const result = parseHtmlDocument(page("utc-with-local-date.html"), {});
    expect(result.published?.date).toBe("2025-08-20");
    expect(result.published?.offset).toBe("-04:00");
    expect(result.authors).toEqual(["Rosa Delgado"]);
  });
});

describe("parseHtmlDocument on a page written for old Internet Explorer", () => {
  it("reads the body even when conditional comments open <html> several times", () => {
    const html = `<!doctype html>
<!--[if IE 8 ]><html lang="fr" class="ie8"><![endif]-->
<!--[if IE 9 ]><!--><html lang="fr" class="ie9"><!--<![endif]-->
<!--[if !IE]><!--><html lang="fr"><!--<![endif]-->
<head><title>Les vendanges commencent plus tôt</title></head>
<body><div class="text"><p>Les vendanges ont commencé avec deux semaines d'avance dans la vallée, après un été particulièrement chaud et sec, selon les coopératives de la région.</p>
<p>Les viticulteurs s'attendent à une récolte plus petite que l'an dernier, mais de bonne qualité, a indiqué le président de la fédération locale.</p></div></body></html>`;
    const result = parseHtmlDocument(html, {});
    expect(result.headline).toBe("Les vendanges commencent plus tôt");
    expect(result.body.split("\n\n")).toHaveLength(2);
  });
});

describe("parseHtmlDocument on a page that streams the next stories below the first", () => {
  it("keeps only the story under the page's headline", () => {
    const result = parseHtmlDocument(page("next-stories.html"), {});
    expect(result.headline).toBe("Tram line extension approved");
    expect(result.body.split("\n\n")).toHaveLength(3);
    expect(result.body).not.toContain("night market");
    expect(result.body).not.toContain("library");
  });
});

describe("parseHtmlDocument with a dateline above the article", () => {
  const result = parseHtmlDocument(page("dateline-above.html"), {});

  it("reads the dateline's place and date, and keeps it out of the body", () => {
    expect(result.dateline).toEqual({
      place: "Moscow, Russia",
      text: "Moscow , Russia 21 August 2025",
    });
    expect(result.published).toEqual({
      date: "2025-08-21",
      text: "21 August 2025",
      source: "dateline",
      confidence: 0.6,
    });
    expect(result.body.startsWith("The two countries completed an exchange")).toBe(true);
  });
});

describe("parseHtmlDocument on pages that lack fields", () => {
  it("leaves headline, outlet, authors and date absent when the page gives none", () => {
    const result = parseHtmlDocument(page("no-metadata.html"), {});
    expect(result.headline).toBeUndefined();
    expect(result.outlet).toBeUndefined();
    expect(result.published).toBeUndefined();
    expect(result.dateline).toBeUndefined();
    expect(result.authors).toEqual([]);
    expect(result.body.split("\n\n")).toHaveLength(3);
  });

  it("falls back to the date in the URL", () => {
    const result = parseHtmlDocument(page("url-date-only.html"), {
      url: "https://library.example/news/2024/05/17/weekend-hours/",
    });
    expect(result.published).toEqual({
      date: "2024-05-17",
      text: "2024/05/17",
      source: "url",
      confidence: 0.7,
    });
    expect(result.authors).toEqual([]);
  });

  it("answers an empty document", () => {
    expect(parseHtmlDocument("", {})).toEqual({ authors: [], body: "", removed: [] });
  });

  it("reads text without any markup as the body", () => {
    const text =
      "Council members agreed on Tuesday to extend the night bus service for another year after ridership rose by a fifth.";
    expect(parseHtmlDocument(text, {}).body).toBe(text);
  });
});

describe("parseHtmlDocument on pathological input", () => {
  const megabyte = 1_000_000;
  it.each([
    ["quote marks", `<p>${"“".repeat(megabyte)}</p>`],
    ["capitals", `<p>${"A".repeat(megabyte)}</p>`],
    ["digits", `<p>${"7".repeat(megabyte)}</p>`],
    ["date-like text", `<p>${"20. 08. 20 ".repeat(megabyte / 11)}</p>`],
    ["byline-like text", `<p>${"By Ana and ".repeat(megabyte / 11)}</p>`],
    ["nested elements", `${"<div>".repeat(megabyte / 5)}deep`],
    ["paragraphs", "<p>Short line.</p>".repeat(megabyte / 18)],
  ])("answers on 1 MB of %s", (_name, html) => {
    const result = parseHtmlDocument(html, {});
    expect(result.published).toBeUndefined();
    expect(typeof result.body).toBe("string");
  });

  it("answers on 1 MB of time elements", () => {
    const html = '<time datetime="2020-01-01">1 Jan</time>'.repeat(megabyte / 42);
    expect(parseHtmlDocument(html, {}).published?.date).toBe("2020-01-01");
  });

  it("reads a page that leaves thousands of elements open as flat text", () => {
    const html = `<html><head><title>Deep page</title></head><body>${"<div>".repeat(6000)}Council meets on Tuesday.</body></html>`;
    expect(parseHtmlDocument(html, {})).toEqual({
      authors: [],
      body: "Council meets on Tuesday.",
      headline: "Deep page",
      removed: [],
    });
  });
});

describe("datelinePlace", () => {
  const cases: [string, string | undefined][] = [
    ["Moscow , Russia 21 August 2025", "Moscow, Russia"],
    ["NAIROBI, Kenya – Aug. 20, 2025", "NAIROBI, Kenya"],
    ["Berlin, 20.08.2025", "Berlin"],
    ["Updated August 20, 2025", undefined],
    ["By Ana Ruiz, August 20, 2025", undefined],
    ["Wednesday, 20 August 2025", undefined],
    ["20 August 2025", undefined],
    ["No date on this line", undefined],
  ];
  it.each(cases)("%s", (line, expected) => {
    expect(datelinePlace(line)).toBe(expected);
  });
});
