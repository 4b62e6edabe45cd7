import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupStories, scoreStoryPair } from "../../src/group/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, PublishedDate } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { hasShared, sharedDir } from "../helpers/shared.js";
import { cycleRouteReports, harbourFires } from "./siblingFixtures.js";
import { storyArticles } from "./storyFixtures.js";

describe("groupStories", () => {
  const { wire, newLead, trimmed, reworded, arequipa, harbour } = storyArticles;

  it("puts one quake's copies and write-ups together and keeps the other quake apart", () => {
    const groups = groupStories([wire, arequipa, newLead, harbour, trimmed, reworded]);
    expect(groups.map((group) => [group.articleIds, group.kind])).toEqual([
      [
        ["kastoria-wire", "kastoria-new-lead", "kastoria-trimmed", "kastoria-reworded"],
        "same-story",
      ],
      [["arequipa"], "single"],
      [["harbour"], "single"],
    ]);
  });

  it("calls a group of copies near-duplicate", () => {
    const groups = groupStories([wire, newLead, trimmed, arequipa]);
    expect(groups.map((group) => [group.articleIds, group.kind])).toEqual([
      [["kastoria-wire", "kastoria-new-lead", "kastoria-trimmed"], "near-duplicate"],
      [["arequipa"], "single"],
    ]);
    expect(groups[0]?.reasons[0]).toEqual({
      kind: "wording",
      detail: "3 of 3 compared pairs are near copies",
      weight: expect.any(Number),
    });
  });

  it("gives the same groups, with the same ids, whatever the input order", () => {
    const forward = groupStories([wire, newLead, reworded, arequipa]);
    const backward = groupStories([arequipa, reworded, newLead, wire]);
    const byId = (groups: typeof forward) =>
      groups.map((group) => [group.id, [...group.articleIds].sort()]).sort();
    expect(byId(backward)).toEqual(byId(forward));
  });

  it("does not let an outlet's repeated footer tie its unrelated stories together", () => {
    const footer =
      "Sign up for the Harbour Ledger morning newsletter and follow Harbour Ledger on social media for breaking news alerts from the Ledger newsroom.";
    const withFooter = (article: typeof wire) => ({
      ...article,
      body: `${article.body}\n\n${footer}`,
    });
    const groups = groupStories([reworded, arequipa, harbour].map(withFooter));
    expect(groups.map((group) => group.articleIds)).toEqual([
      ["kastoria-reworded"],
      ["arequipa"],
      ["harbour"],
    ]);
  });

  it("returns nothing for nothing", () => {
    expect(groupStories([])).toEqual([]);
  });

  it("does not change its input", () => {
    const input = [wire, reworded];
    const copy = structuredClone(input);
    groupStories(input);
    expect(input).toEqual(copy);
  });
});

/** The article with a publication date of the given source and confidence. */
function datedAs(
  article: Article,
  date: string,
  source: PublishedDate["source"],
  confidence: number,
): Article {
  return { ...article, published: { date, text: date, source, confidence } };
}

describe("groupStories with publication dates of different strength", () => {
  const { wire, reworded, newLead } = storyArticles;
  // The quake story runs on 2 and 3 June; the third report's date is the case under test.
  // The first two are copies; the third is written independently, so its date counts.
  const first = datedAs(wire, "2025-06-03", "json-ld", 0.95);
  const second = datedAs(newLead, "2025-06-02", "meta", 0.9);
  it.each([
    // date of the third report, source, confidence, groups expected
    ["2025-08-19", "banner", 0.3, [3]], // today's date beside the weather, weeks later
    ["2025-08-19", "text", 0.4, [3]], // "3 days ago" counted back from the retrieval day
    ["2025-08-19", "text", 0.3, [3]], // a date found somewhere in the page's text
    ["2025-06-03", "banner", 0.3, [3]], // a banner that happens to agree
    ["2025-08-19", "json-ld", 0.95, [2, 1]], // the page's own stamp, eleven weeks on
    ["2025-08-19", "dateline", 0.6, [2, 1]], // a printed dateline, eleven weeks on
  ] as const)(
    "a third report dated %s by %s (%s) gives groups of %j",
    (date, source, confidence, sizes) => {
      const third = datedAs(reworded, date, source, confidence);
      const groups = groupStories([first, second, third]);
      expect(groups.map((group) => group.articleIds.length)).toEqual(sizes);
      // The pair score agrees with the grouping, and says why when it splits.
      const pair = scoreStoryPair(first, third);
      expect(pair.sameStory).toBe(sizes.length === 1);
      const dayReason = pair.reasons.find((reason) => reason.detail.startsWith("published"));
      expect(dayReason !== undefined && dayReason.weight < 0).toBe(sizes.length > 1);
    },
  );

  it("is not torn apart by adding a report whose only date is a weak one", () => {
    const before = groupStories([first, second]);
    const after = groupStories([first, second, datedAs(reworded, "2025-09-30", "banner", 0.3)]);
    expect(before.map((group) => group.articleIds.length)).toEqual([2]);
    expect(after.map((group) => group.articleIds.length)).toEqual([3]);
  });
});

describe.skipIf(!hasShared)("groupStories on the seed articles", () => {
  it("puts the five reports of Lavrov's 20 August 2025 remarks in one group", () => {
    const seedsDir = join(sharedDir, "seeds");
    const articles = readdirSync(seedsDir)
      .filter((file) => file.endsWith(".txt"))
      .sort()
      .map((file) => articleFromBody(readFileSync(join(seedsDir, file), "utf8"), { id: file }));
    const groups = groupStories(articles);
    expect(groups.map((group) => group.articleIds.length)).toEqual([5]);
    expect(groups[0]?.kind).toBe("same-story");
  });
  it.each([undefined, "2025-08-22"])(
    "puts them in one group as parseArticle reads them, retrieved %s",
    (retrievedAt) => {
      const seedsDir = join(sharedDir, "seeds");
      const articles = readdirSync(seedsDir)
        .filter((file) => file.endsWith(".txt"))
        .sort()
        .map((file) =>
          parseArticle({
            id: file,
            text: readFileSync(join(seedsDir, file), "utf8"),
            ...(retrievedAt === undefined ? {} : { retrievedAt }),
          }),
        );
      expect(groupStories(articles).map((group) => group.articleIds.length)).toEqual([5]);
    },
  );
});

describe("groupStories keeps two events of one kind apart, and one event's angles together", () => {
  const warehouse = ["warehouse-wire", "warehouse-local", "warehouse-trade"];
  const tanker = ["tanker-wire", "tanker-local", "tanker-shipping"];
  const cycleRoute = cycleRouteReports.map((article) => article.id);
  // Read as a user's pages would be, with and without a retrieval day.
  const parsed = (articles: readonly Article[], retrievedAt?: string) =>
    articles.map((article) =>
      parseArticle(
        retrievedAt === undefined
          ? { id: article.id, text: article.body }
          : { id: article.id, text: article.body, retrievedAt },
      ),
    );

  it("keeps two fires in one port, a year apart, in two groups by the cohesion rule", () => {
    const groups = groupStories(harbourFires);
    expect(groups.map((group) => group.articleIds)).toEqual([warehouse, tanker]);
    // The tanker reports recall the warehouse fire and quote the same harbour master and
    // fire chief: their link clears the threshold, and only the cohesion rule parts them.
    expect(
      groupStories(harbourFires, { cohesionRatio: 0 }).map((group) => group.articleIds),
    ).toEqual([[...warehouse, ...tanker]]);
  });

  it("says on each of two groups why a pair scored as one story ended apart", () => {
    const [warehouseLocal, tankerLocal] = ["warehouse-local", "tanker-local"].map((id) =>
      harbourFires.find((article) => article.id === id),
    );
    if (warehouseLocal === undefined || tankerLocal === undefined) throw new Error("fixture");
    const pair = scoreStoryPair(warehouseLocal, tankerLocal);
    expect(pair.sameStory).toBe(true);
    const [first, second] = groupStories(harbourFires);
    for (const [group, other] of [
      [first, second],
      [second, first],
    ]) {
      const apart = group?.reasons.filter((reason) => reason.kind === "linkage") ?? [];
      expect(apart).toEqual([
        {
          kind: "linkage",
          detail: expect.stringMatching(
            new RegExp(
              `^kept apart from ${other?.id} \\(3 articles\\): average link 0\\.\\d+ is under 0\\.5 of the looser group's cohesion 0\\.\\d+ \\(0\\.\\d+ needed\\), though tanker-\\w+ and warehouse-\\w+ score 0\\.\\d+$`,
              "u",
            ),
          ),
          weight: expect.any(Number),
        },
      ]);
      expect(apart[0]?.weight).toBeLessThan(0);
    }
  });

  it("names average linkage when the link across is under the threshold", () => {
    const groups = groupStories(harbourFires, { sameStoryThreshold: 0.1 });
    expect(groups.map((group) => group.articleIds)).toEqual([warehouse, tanker]);
    expect(groups[0]?.reasons.find((reason) => reason.kind === "linkage")?.detail).toMatch(
      /is under the same-story threshold 0\.1, though tanker-\w+ and warehouse-\w+ score/u,
    );
  });

  it("keeps one council vote told from five angles in one group, with no reason against", () => {
    const groups = groupStories(cycleRouteReports);
    expect(groups.map((group) => group.articleIds)).toEqual([cycleRoute]);
    expect(groups[0]?.reasons.some((reason) => reason.kind === "linkage")).toBe(false);
  });

  it.each([undefined, "2025-08-22", "2026-01-05"])(
    "gives the same groups through parseArticle, retrieved %s",
    (retrievedAt) => {
      expect(
        groupStories(parsed(harbourFires, retrievedAt)).map((group) => group.articleIds),
      ).toEqual([warehouse, tanker]);
      expect(
        groupStories(parsed(cycleRouteReports, retrievedAt)).map((group) => group.articleIds),
      ).toEqual([cycleRoute]);
    },
  );

  // A loosely related report: it may join a group or stay alone, never split one.
  const fishMarket = articleFromBody(
    [
      "Port Elsinore's fish market will get a new roof and longer opening hours next spring, the market board said on Friday.",
      "Traders hope the works, timed to follow the harbour cycle route, will bring back customers who stayed away during the years of roadworks on Strandgade.",
    ].join("\n\n"),
    { id: "fish-market" },
  );
  const safetyReview = articleFromBody(
    [
      "Haldenby's port authority will spend 2 million euros on new fire hoses and a third fireboat, harbour master Lena Brandt said on Monday, presenting the port's annual safety review.",
      "The review counts 14 fires in the port over the past two years, most of them small, and recommends stricter permits for welding on warehouse roofs.",
    ].join("\n\n"),
    { id: "safety-review" },
  );
  /** Each group of `before` lies whole inside one group of `after`. */
  const noneSplit = (before: readonly string[][], after: readonly string[][]) =>
    before.every((group) => after.some((joined) => group.every((id) => joined.includes(id))));

  it.each([
    ["the vote", cycleRouteReports, fishMarket],
    ["the fires", harbourFires, safetyReview],
  ] as const)(
    "adding a loosely related report, first or last, splits no group of %s",
    (_, articles, loose) => {
      const before = groupStories(articles).map((group) => group.articleIds);
      for (const retrievedAt of [undefined, "2025-08-22"]) {
        const withLoose = [...parsed(articles, retrievedAt), ...parsed([loose], retrievedAt)];
        for (const order of [withLoose, [...withLoose].reverse()]) {
          const after = groupStories(order).map((group) => group.articleIds);
          expect(noneSplit(before, after)).toBe(true);
          // Nor does it bridge two groups kept apart.
          expect(after.filter((group) => group.length > 1)).toHaveLength(before.length);
        }
      }
    },
  );
});
