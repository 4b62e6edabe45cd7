import { describe, expect, it } from "vitest";
import { z } from "zod";
import {
  ArticleFactsSchema,
  CastMemberSchema,
  extractFacts,
  linkPeople,
} from "../src/extract/index.js";
import { groupStories, StoryGroupSchema } from "../src/group/index.js";
import { articleFromBody } from "./helpers/article.js";

// The schemas of each stage's output accept what the stage returns and refuse what it
// never returns, so that a user can check JSON read back from disk before trusting it.
const articles = [
  articleFromBody(
    "Harbour master Ines Varga said on Tuesday that 212 passengers were brought ashore. “Nobody was badly hurt,” Varga said.",
    { id: "a" },
  ),
  articleFromBody(
    "Ines Varga, the harbour master, said 212 passengers left the ferry on Tuesday. “Nobody was hurt,” she said.",
    { id: "b" },
  ),
];
const facts = Object.fromEntries(articles.map((article) => [article.id, extractFacts(article)]));

describe("ArticleFactsSchema", () => {
  it("accepts what extractFacts returns", () => {
    for (const value of Object.values(facts))
      expect(ArticleFactsSchema.parse(value)).toEqual(value);
  });

  it.each([
    [
      "a person without a key",
      (value: Record<string, unknown>) => {
        const people = value["people"] as Record<string, unknown>[];
        delete people[0]?.["key"];
      },
    ],
    [
      "a number of an unknown kind",
      (value: Record<string, unknown>) => {
        const numbers = value["numbers"] as Record<string, unknown>[];
        if (numbers[0]) numbers[0]["kind"] = "lots";
      },
    ],
    [
      "a negative offset",
      (value: Record<string, unknown>) => {
        const dates = value["dates"] as Record<string, unknown>[];
        if (dates[0]) dates[0]["start"] = -1;
      },
    ],
    [
      "an unknown key",
      (value: Record<string, unknown>) => {
        value["verdict"] = "false";
      },
    ],
  ])("refuses %s", (_name, spoil) => {
    const value = structuredClone(facts["a"]) as unknown as Record<string, unknown>;
    spoil(value);
    expect(ArticleFactsSchema.safeParse(value).success).toBe(false);
  });
});

describe("CastMemberSchema and StoryGroupSchema", () => {
  it("accept what linkPeople and groupStories return", () => {
    const cast = linkPeople(facts);
    expect(cast.length).toBeGreaterThan(0);
    expect(z.array(CastMemberSchema).parse(cast)).toEqual(cast);
    const stories = groupStories(articles);
    expect(z.array(StoryGroupSchema).parse(stories)).toEqual(stories);
  });

  it("refuse a story without articles and a cast member without appearances' ids", () => {
    expect(
      StoryGroupSchema.safeParse({ id: "s", articleIds: [], kind: "single", reasons: [] }).success,
    ).toBe(false);
    expect(
      CastMemberSchema.safeParse({
        id: "c",
        key: "ines varga",
        name: "Ines Varga",
        appearances: [{ articleId: "a", name: "Ines Varga", spellings: [], roles: [] }],
      }).success,
    ).toBe(false);
  });
});
