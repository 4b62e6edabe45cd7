import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseArticle } from "../../src/parse/index.js";
import type { Article } from "../../src/types.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

// What a careful reader finds on each seed page: the fields it gives, and none it doesn't.
// The seeds stay in ../shared; only our reading of them is written here.
interface Expected {
  headline?: string;
  outlet?: string;
  authors: string[];
  published?: { date: string; source: string };
  datelinePlace?: string;
  firstWords: string;
  lastWords: string;
}

const expected: Record<string, Expected> = {
  "000": {
    headline: "Russia Insists on Role in Ukraine Security Talks",
    authors: [],
    published: { date: "2025-08-21", source: "dateline" },
    datelinePlace: "Moscow, Russia",
    firstWords: "In a move that has cast",
    lastWords: "fighting continues in eastern Ukraine.",
  },
  "001": {
    authors: ["Rodney Mbua"],
    firstWords: "Russia has dismissed ongoing Western efforts",
    lastWords: "Russia at the negotiating table.",
  },
  "002": {
    headline:
      "Institute for the Study of War: Kremlin demands a veto over western security guarantees for Ukraine",
    outlet: "Institute for the Study of War",
    authors: [],
    published: { date: "2025-08-20", source: "text" },
    firstWords: "The Kremlin is demanding that Russia have a veto",
    lastWords: "Toretsk, and Velykomykhailivka.",
  },
  "003": {
    headline: "Russia demands role in guaranteeing Ukraine’s postwar security",
    outlet: "The San Juan Daily Star",
    authors: ["Anton Troianovski"],
    firstWords: "Russia’s top diplomat Wednesday said",
    lastWords: "Russia from agreeing to end the war,” Charap said.",
  },
  "004": {
    headline: "Russia wants … Russia to have veto over Western security guarantees for Ukraine",
    outlet: "Lord’s Press",
    authors: ["LP Staff Writers"],
    published: { date: "2025-10-29", source: "banner" },
    firstWords: "Moscow isn’t shifting on what it considers",
    lastWords: "provide ballast to that theory.",
  },
};

// Clutter that must never reach a body.
const CLUTTER = [
  /Share the Post/u,
  /Wilson Center/u,
  /Forced displacement/u,
  /Written By/u,
  /min read/u,
  /days ago/u,
  /Humidity/u,
  /Wind Speed/u,
  /°C/u,
  /Privacy/u,
  /cookies/iu,
  /Newsletter/u,
  /Subscribe/u,
  /Sponsors/u,
  /Writers at/u,
  /Staff Writers/u,
  /^By /mu,
  /Categories/u,
];

describe.skipIf(!hasShared)("the five seed articles", () => {
  const dir = join(sharedDir, "seeds");
  const files = hasShared
    ? readdirSync(dir)
        .filter((name) => name.endsWith(".txt"))
        .sort()
    : [];
  const parsed = new Map<string, Article>(
    files.map((name) => [
      name.slice(0, 3),
      parseArticle({ id: name, text: readFileSync(join(dir, name), "utf8") }),
    ]),
  );

  it("are all five present", () => {
    expect([...parsed.keys()]).toEqual(Object.keys(expected));
  });

  it.each(Object.entries(expected))(
    "seed %s has the fields a careful reader finds",
    (key, want) => {
      const article = parsed.get(key);
      if (article === undefined) throw new Error(`seed ${key} missing`);
      expect(article.headline).toBe(want.headline);
      expect(article.outlet).toBe(want.outlet);
      expect(article.authors).toEqual(want.authors);
      if (want.published === undefined) expect(article.published).toBeUndefined();
      else expect(article.published).toMatchObject(want.published);
      expect(article.dateline?.place).toBe(want.datelinePlace);
      expect(article.body.startsWith(want.firstWords)).toBe(true);
      expect(article.body.endsWith(want.lastWords)).toBe(true);
      for (const pattern of CLUTTER) expect(article.body).not.toMatch(pattern);
    },
  );

  it("rates a banner date as weak evidence", () => {
    expect(parsed.get("004")?.published?.confidence).toBeLessThan(0.5);
  });
});

if (!hasShared) console.warn(sharedMissing);
