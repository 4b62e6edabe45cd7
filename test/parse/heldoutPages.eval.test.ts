import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { foldForComparison } from "../../src/text/normalize.js";
import { oneDayOff, sameNameSet } from "../eval/pageMeasures.js";

/**
 * Sets of news pages written blind (each set's README says how): invented articles in the
 * markup of newsrooms the parser was not developed on (WordPress papers, metro CMSs,
 * broadcasters, wire and newswire pages, Indian, Australian, British, Canadian, Irish and
 * South African sites, AMP, live blogs; set 7 German, Austrian, Swiss and French pages of
 * htmldate's kind: regional papers, blogs, clubs, parishes, press releases; set 8 newsrooms
 * in German, French, Spanish, Italian, Dutch, Portuguese and English; set 9 newsrooms in
 * eleven languages on many CMSs, CSS-module class names among them; set 10 a natural mix
 * of newsrooms from twenty countries; sets 11 to 14 the English-language publishers of naeb's
 * kind, tech, games, celebrity, lifestyle, science, sport and politics among them, with
 * authors labelled as naeb labels them). Scored with the naeb HTML eval's measures: the
 * headline and the set of authors exactly, and the publication day (with the share one day
 * off). A set held out prints figures only, never which pages fail, and fails only if a
 * figure drops below its first-contact value.
 */
interface PageTruth {
  id: string;
  url: string;
  title: string;
  authors: string[];
  date: string | null;
  /** `updated` when the page's visible date line shows only an update stamp. */
  header_shows?: string;
  /** The local day that update stamp shows. */
  header_date?: string;
}

interface PageSet {
  name: string;
  dir: string;
  /** The figures at first contact, before any rule was changed for the set. */
  firstContact: string;
  /** What has since been worked on, if anything. */
  development?: string;
  floors: { headline: number; authors: number; day: number };
  offByOneCeiling: number;
}

const here = dirname(fileURLToPath(import.meta.url));
const sets: PageSet[] = [
  {
    name: "news pages, set 1",
    dir: join(here, "heldout-pages"),
    firstContact:
      "1038305: headline 0.950 (38/40), authors 0.925 (37/40), day 0.949 (37/39), one day off 2/39",
    // The two date misses were read and a general rule mended (a clock time between a
    // date's label and the date): the day figures are development since f4e8969.
    development: "dates since f4e8969; headlines and authors still held out",
    floors: { headline: 38 / 40, authors: 37 / 40, day: 38 / 39 },
    offByOneCeiling: 1 / 39,
  },
  {
    name: "news pages, set 2 (dates weighted to late-night stamps)",
    dir: join(here, "heldout-pages2"),
    firstContact:
      "f4e8969 (with the merge of the set): headline 0.975 (39/40), authors 1.000 (40/40), day 0.974 (38/39), one day off 1/39",
    floors: { headline: 39 / 40, authors: 40 / 40, day: 38 / 39 },
    offByOneCeiling: 1 / 39,
  },
  {
    name: "news pages, set 3 (dates weighted to local days that differ from UTC)",
    dir: join(here, "heldout-pages3"),
    firstContact:
      "7c1f240 (with the merge of the set): headline 0.975 (39/40), authors 0.875 (35/40), day 0.744 (29/39), one day off 9/39",
    // Its date and author misses were read and general rules mended (ff35e5a and the next
    // commit): dates and authors are development; headlines still held out.
    development: "dates since ff35e5a, authors since the commit after it; headlines still held out",
    floors: { headline: 39 / 40, authors: 39 / 40, day: 35 / 39 },
    offByOneCeiling: 4 / 39,
  },
  {
    name: "news pages, set 4 (dates weighted to local days that differ from UTC)",
    dir: join(here, "heldout-pages4"),
    firstContact:
      "after set 3's date and author fixes, with the merge of the set: headline 0.950 (38/40), authors 0.975 (39/40), day 0.872 (34/39), one day off 4/39",
    // Its date misses were read: a stamp at "-00:00" is UTC (the commit after 2769128); the
    // other three are headers that show only an update, and one page names no country.
    // Since a header stamp with a weekday and no year is read (weekdayDate.ts), the live
    // page whose header shows only "Last updated …, Friday 2 May" reads that day, as the
    // public corpora label such a header: one day off 3/39 by first publication, 0/39 read
    // as the corpora label.
    development: "dates since the commit after 2769128; headlines and authors still held out",
    floors: { headline: 38 / 40, authors: 39 / 40, day: 35 / 39 },
    offByOneCeiling: 3 / 39,
  },
  {
    name: "news pages, set 5 (dates weighted to local days that differ from UTC)",
    dir: join(here, "heldout-pages5"),
    firstContact:
      "e9e41f2 (the merge of the set): headline 1.000 (40/40), authors 0.950 (38/40), day 0.850 (34/40), one day off 5/40",
    floors: { headline: 40 / 40, authors: 38 / 40, day: 34 / 40 },
    offByOneCeiling: 5 / 40,
  },
  {
    name: "news pages, set 6 (dates weighted to local days that differ from UTC)",
    dir: join(here, "heldout-pages6"),
    development:
      "dates since the commit after its first contact; headlines and authors still held out",
    firstContact:
      "e7ef1c5 (the merge of the set): headline 0.950 (38/40), authors 0.950 (38/40), day 0.842 (32/38), one day off 6/38; read as the public corpora label an update-only header, day 36/38, one day off 2/38; undated pages given a date 1/2",
    floors: { headline: 38 / 40, authors: 38 / 40, day: 32 / 38 },
    offByOneCeiling: 6 / 38,
  },
  {
    name: "pages of htmldate's kind, set 7 (German, French and worldwide English)",
    dir: join(here, "heldout-pages7"),
    // All its misses were read after first contact and general rules mended (names after
    // their date, German and French byline labels, role lines and picture credits in byline
    // blocks; a blog's name heading that links home, a lesser heading showing the title's
    // headline part; a publication label before a date in the text, German compound
    // headlines in lists of other stories, blocks of coming events): development since.
    development: "headlines, authors and dates since the commits after 0df100a",
    firstContact:
      "6c7954e (the merge of the set): headline 0.867 (52/60), authors 0.750 (45/60), day 0.897 (52/58), one day off 4/58; read as the public corpora label an update-only header, day 56/58, one day off 0/58; undated pages given a date 2/2",
    floors: { headline: 59 / 60, authors: 54 / 60, day: 54 / 58 },
    offByOneCeiling: 4 / 58,
  },
  {
    name: "newsroom pages in seven languages, set 8 (headlines and authors first)",
    dir: join(here, "heldout-pages8"),
    // Its headline and author misses were read after first contact and general rules
    // mended (kickers marked in the heading, genre labels, logo headings, titled lesser
    // headings; persons over an organisation in structured data, bylines of side boxes,
    // names as the byline prints them): development since; dates still held out.
    development: "headlines and authors since the commits after a19792b; dates still held out",
    firstContact:
      "cbae9c5 (the merge of the set): headline 0.920 (46/50), authors 0.800 (40/50), day 0.938 (45/48), one day off 3/48; read as the public corpora label an update-only header, day 47/48, one day off 1/48; undated pages given a date 0/2",
    floors: { headline: 50 / 50, authors: 43 / 50, day: 45 / 48 },
    offByOneCeiling: 3 / 48,
  },
  {
    name: "newsroom pages in eleven languages, set 9 (headlines and authors first)",
    dir: join(here, "heldout-pages9"),
    // Its headline and author misses were read after first contact and general rules
    // mended (kicker, badge and label elements in headings, genre labels in more
    // languages, a home logo's name; byline classes in any case for confirming structured
    // authors, names confirmed word by word, initials spelt out, "a" and "i" between
    // names): headlines and authors are development since; dates still held out.
    development: "headlines and authors since the commits after 83cb27e; dates still held out",
    firstContact:
      "the merge of the set, on 197629c: headline 0.900 (45/50), authors 0.600 (30/50), day 0.898 (44/49), one day off 5/49; read as the public corpora label an update-only header, day 47/49, one day off 2/49; undated pages given a date 0/1",
    floors: { headline: 50 / 50, authors: 33 / 50, day: 44 / 49 },
    offByOneCeiling: 5 / 49,
  },
  {
    name: "newsroom pages from twenty countries, set 10 (headlines and authors first)",
    dir: join(here, "heldout-pages10"),
    firstContact:
      "the merge of the set, on dd7a790 (after this session's author and headline fixes): headline 1.000 (40/40), authors 0.875 (35/40), day 0.950 (38/40), one day off 2/40; read as the public corpora label an update-only header, day 40/40, one day off 0/40",
    floors: { headline: 40 / 40, authors: 35 / 40, day: 38 / 40 },
    offByOneCeiling: 2 / 40,
  },
  {
    name: "naeb-kind pages, set 11 (authors labelled as naeb labels them)",
    dir: join(here, "heldout-pages11"),
    // Its author misses were read after first contact (other stories' bylines, "Written
    // by:", blog handles, an organisation's printed name): development for authors since.
    development: "authors since 4cb7028; headlines and dates still held out",
    firstContact:
      "the merge of the set, on 7863193: headline 1.000 (40/40), authors 0.875 (35/40), day 1.000 (38/38), one day off 0/38; undated pages given a date 0/2",
    floors: { headline: 40 / 40, authors: 39 / 40, day: 38 / 38 },
    offByOneCeiling: 0,
  },
  {
    name: "naeb-kind pages, set 12 (authors labelled as naeb labels them)",
    dir: join(here, "heldout-pages12"),
    firstContact:
      "the merge of the set, on 2f5ace3: headline 0.975 (39/40), authors 0.900 (36/40), day 1.000 (38/38), one day off 0/38; undated pages given a date 0/2",
    floors: { headline: 39 / 40, authors: 36 / 40, day: 38 / 38 },
    offByOneCeiling: 0,
  },
  {
    name: "naeb-kind pages, set 13 (no staff credits)",
    dir: join(here, "heldout-pages13"),
    // Its author misses were read after first contact (review credits, card fields, "View
    // Bio", "/@" handles, short given names): development for authors since.
    development: "authors since the commit after a4fc6e3; headlines and dates still held out",
    firstContact:
      "the merge of the set, on 4eb3ca8 (after the author fixes read from set 11): headline 1.000 (40/40), authors 0.875 (35/40), day 0.949 (37/39), one day off 0/39; undated pages given a date 0/1",
    floors: { headline: 40 / 40, authors: 40 / 40, day: 37 / 39 },
    offByOneCeiling: 0,
  },
  {
    name: "naeb-kind pages, set 14 (no staff credits)",
    dir: join(here, "heldout-pages14"),
    // Its two date misses were read after first contact (a dotted metadata line; a UTC
    // stamp on a page that names no country): development for dates since.
    development: "dates since db8b429; headlines and authors still held out",
    firstContact:
      "the merge of the set, on 76f5b97 (after the author fixes read from sets 11 and 13): headline 0.950 (38/40), authors 0.925 (37/40), day 0.947 (36/38), one day off 2/38; undated pages given a date 0/2",
    floors: { headline: 38 / 40, authors: 37 / 40, day: 37 / 38 },
    offByOneCeiling: 1 / 38,
  },
];

/** What one set scores: counts, so that sets can be pooled. */
interface SetScore {
  pages: number;
  headlines: number;
  authors: number;
  dated: number;
  days: number;
  offByOne: number;
  /** Pages labelled without a date that the parser gave one. */
  falseDates: number;
  /** Day and one-day-off counts with a header that shows only an update read by its day. */
  headerDays: number;
  headerOffByOne: number;
  /** Pages whose header shows only an update, on another day than the first publication. */
  headerDiffers: number;
}

function scoreSet(set: PageSet): SetScore {
  const cases: PageTruth[] = readFileSync(join(set.dir, "truth.jsonl"), "utf8")
    .trim()
    .split("\n")
    .map((line) => JSON.parse(line) as PageTruth);
  const score: SetScore = {
    pages: cases.length,
    headlines: 0,
    authors: 0,
    dated: 0,
    days: 0,
    offByOne: 0,
    falseDates: 0,
    headerDays: 0,
    headerOffByOne: 0,
    headerDiffers: 0,
  };
  for (const truth of cases) {
    const html = readFileSync(join(set.dir, `${truth.id}.html`), "utf8");
    const page = parseHtmlDocument(html, { url: truth.url });
    if (foldForComparison(page.headline ?? "") === foldForComparison(truth.title)) {
      score.headlines++;
    }
    if (sameNameSet(page.authors, truth.authors)) score.authors++;
    const predicted = page.published?.date;
    if (truth.date === null) {
      if (predicted !== undefined) score.falseDates++;
      continue;
    }
    score.dated++;
    if (predicted === truth.date) score.days++;
    else if (oneDayOff(predicted, truth.date)) score.offByOne++;
    const shown = truth.header_shows === "updated" ? (truth.header_date ?? truth.date) : truth.date;
    if (shown !== truth.date) score.headerDiffers++;
    if (predicted === shown) score.headerDays++;
    else if (oneDayOff(predicted, shown)) score.headerOffByOne++;
  }
  return score;
}

function dayLines(score: SetScore): string[] {
  return [
    `  day ${(score.days / score.dated).toFixed(3)} (${score.days}/${score.dated}), off by one day ${(score.offByOne / score.dated).toFixed(3)} (${score.offByOne}; bar 0.015); undated pages given a date: ${score.falseDates}`,
    `  read as the public corpora label a header that shows only an update (by its day; ${score.headerDiffers} pages differ): day ${(score.headerDays / score.dated).toFixed(3)} (${score.headerDays}/${score.dated}), off by one day ${(score.headerOffByOne / score.dated).toFixed(3)} (${score.headerOffByOne})`,
  ];
}

const scores = new Map<string, SetScore>();

for (const set of sets) {
  describe(`${set.name} (held out)`, () => {
    it("finds headline, authors and publication day no worse than at first contact", () => {
      const score = scoreSet(set);
      scores.set(set.name, score);
      const figures = {
        headline: score.headlines / score.pages,
        authors: score.authors / score.pages,
        day: score.days / score.dated,
      };
      console.log(
        [
          `${set.name}: ${score.pages} pages, ${score.dated} dated; figures only${set.development ? `; development: ${set.development}` : ""}`,
          `  headline exact ${figures.headline.toFixed(3)} (${score.headlines}/${score.pages}; issue 14 bar 0.95)`,
          `  authors exact ${figures.authors.toFixed(3)} (${score.authors}/${score.pages}; bar 0.88)`,
          ...dayLines(score),
          `  first contact at ${set.firstContact}`,
        ].join("\n"),
      );
      for (const metric of Object.keys(set.floors) as (keyof PageSet["floors"])[])
        expect.soft(figures[metric], metric).toBeGreaterThanOrEqual(set.floors[metric] - 1e-9);
      expect(score.offByOne / score.dated).toBeLessThanOrEqual(set.offByOneCeiling + 1e-9);
    });
  });
}

describe("news pages, all sets pooled", () => {
  it("prints the pooled figures", () => {
    const pooled = sets
      .map((set) => scores.get(set.name) ?? scoreSet(set))
      .reduce((sum, score) => {
        for (const key of Object.keys(sum) as (keyof SetScore)[]) sum[key] += score[key];
        return sum;
      });
    console.log(
      [
        `all ${sets.length} page sets: ${pooled.pages} pages, ${pooled.dated} dated`,
        `  headline exact ${(pooled.headlines / pooled.pages).toFixed(3)}, authors exact ${(pooled.authors / pooled.pages).toFixed(3)}`,
        ...dayLines(pooled),
      ].join("\n"),
    );
    expect(pooled.dated).toBeGreaterThan(0);
  });
});
