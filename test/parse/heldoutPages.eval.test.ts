import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { foldForComparison } from "../../src/text/normalize.js";

/**
 * Forty news pages written blind (test/parse/heldout-pages/README.md): invented articles in
 * the markup of newsrooms the parser was not developed on (WordPress papers, metro CMSs,
 * broadcasters, wire and newswire pages, Indian, Australian, British, Canadian, Irish and
 * South African sites, AMP, live blogs). Scored with the naeb HTML eval's measures: the
 * headline and the set of authors exactly, and the publication day (with the share one day
 * off). The set is held out: the eval prints figures only, never which pages fail, and
 * fails only if a figure drops below its first-contact value.
 */
interface PageTruth {
  id: string;
  url: string;
  title: string;
  authors: string[];
  date: string | null;
}

const pagesDir = join(dirname(fileURLToPath(import.meta.url)), "heldout-pages");

// The figures at first contact (1038305): headline 38/40, authors 37/40, day 37/39 with 2
// of 39 one day off. The two date misses were then read and a general rule mended (a clock
// time between a date's label and the date), so the day figures are development since
// then: 38/39, one day off 1. Headlines and authors are still held out.
const FIRST_CONTACT =
  "1038305: headline 0.950 (38/40), authors 0.925 (37/40), day 0.949 (37/39), one day off 2/39";
const FLOORS = { headline: 38 / 40, authors: 37 / 40, day: 38 / 39 };
const OFF_BY_ONE_CEILING = 1 / 39;

function sameNameSet(predicted: readonly string[], truth: readonly string[]): boolean {
  const left = new Set(predicted.map(foldForComparison));
  const right = new Set(truth.map(foldForComparison));
  return left.size === right.size && [...left].every((name) => right.has(name));
}

describe("news pages from newsrooms the parser was not developed on (held out)", () => {
  it("finds headline, authors and publication day no worse than at first contact", () => {
    const cases: PageTruth[] = readFileSync(join(pagesDir, "truth.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as PageTruth);
    let headlines = 0;
    let authors = 0;
    let dated = 0;
    let days = 0;
    let offByOne = 0;
    for (const truth of cases) {
      const html = readFileSync(join(pagesDir, `${truth.id}.html`), "utf8");
      const page = parseHtmlDocument(html, { url: truth.url });
      if (foldForComparison(page.headline ?? "") === foldForComparison(truth.title)) headlines++;
      if (sameNameSet(page.authors, truth.authors)) authors++;
      if (truth.date === null) continue;
      dated++;
      const predicted = page.published?.date;
      if (predicted === truth.date) days++;
      else if (
        predicted !== undefined &&
        Math.abs(Date.parse(predicted) - Date.parse(truth.date)) === 86_400_000
      )
        offByOne++;
    }
    const figures = {
      headline: headlines / cases.length,
      authors: authors / cases.length,
      day: days / dated,
    };
    console.log(
      [
        `held-out news pages (${cases.length} pages, ${dated} dated; figures only; dates development since the commit after 1038305)`,
        `  first contact at ${FIRST_CONTACT}`,
        `headline exact ${figures.headline.toFixed(3)} (${headlines}/${cases.length}; issue 14 bar 0.95)`,
        `authors exact ${figures.authors.toFixed(3)} (${authors}/${cases.length}; bar 0.88)`,
        `day ${figures.day.toFixed(3)} (${days}/${dated}), off by one day ${(offByOne / dated).toFixed(3)} (${offByOne}; bar 0.015)`,
      ].join("\n"),
    );
    for (const metric of Object.keys(FLOORS) as (keyof typeof FLOORS)[])
      expect.soft(figures[metric], metric).toBeGreaterThanOrEqual(FLOORS[metric] - 1e-9);
    expect(offByOne / dated).toBeLessThanOrEqual(OFF_BY_ONE_CEILING + 1e-9);
  });
});
