import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupStories, scoreStoryPair } from "../../src/group/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, PublishedDate } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { hasShared, sharedDir } from "../helpers/shared.js";
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
