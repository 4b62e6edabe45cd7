import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/group/index.js";
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
});
