import { describe, expect, it } from "vitest";
import { CorroborateError } from "../../src/errors.js";
import { groupStories, STORY_INDEX_VERSION, StoryIndex } from "../../src/group/index.js";
import { articleFromBody } from "../helpers/article.js";
import { storyArticles } from "./storyFixtures.js";

const { wire, newLead, trimmed, reworded, arequipa, harbour } = storyArticles;

function filled(): StoryIndex {
  const index = new StoryIndex();
  for (const article of [wire, arequipa, newLead, harbour, trimmed, reworded]) index.add(article);
  return index;
}

describe("StoryIndex", () => {
  it("works with no options and groups like groupStories on the same articles", () => {
    const index = filled();
    expect(index.size).toBe(6);
    expect(index.groups().map((group) => group.articleIds)).toEqual([
      ["kastoria-wire", "kastoria-new-lead", "kastoria-trimmed", "kastoria-reworded"],
      ["arequipa"],
      ["harbour"],
    ]);
  });

  it("answers a query with the copies and write-ups of the same story, most similar first", () => {
    const index = new StoryIndex();
    for (const article of [newLead, trimmed, reworded, arequipa, harbour]) index.add(article);
    const matches = index.query(wire);
    expect(matches.map((match) => match.articleId)).toEqual([
      "kastoria-new-lead",
      "kastoria-trimmed",
      "kastoria-reworded",
    ]);
    expect(matches[0]?.similarity).toBe(1);
  });

  it("leaves the article itself out of its own query", () => {
    const index = filled();
    expect(index.query(wire).map((match) => match.articleId)).not.toContain("kastoria-wire");
  });

  it("forgets a removed article", () => {
    const index = filled();
    index.remove("kastoria-new-lead");
    index.remove("no-such-id");
    expect(index.size).toBe(5);
    expect(index.query(wire).map((match) => match.articleId)).not.toContain("kastoria-new-lead");
    expect(index.groups()[0]?.articleIds).toEqual([
      "kastoria-wire",
      "kastoria-trimmed",
      "kastoria-reworded",
    ]);
  });

  it("replaces an article added again under the same id", () => {
    const index = filled();
    index.add({ ...harbour, id: "kastoria-trimmed" });
    expect(index.size).toBe(6);
    expect(
      index.groups().find((group) => group.articleIds.includes("harbour"))?.articleIds,
    ).toEqual(["harbour", "kastoria-trimmed"]);
  });

  it("round-trips through JSON text: same groups, same queries, same output again", () => {
    const index = filled();
    const json = index.toJSON();
    const text = JSON.stringify(json);
    const restored = StoryIndex.fromJSON(JSON.parse(text));
    expect(restored.groups()).toEqual(index.groups());
    expect(restored.query(wire)).toEqual(index.query(wire));
    expect(JSON.stringify(restored.toJSON())).toBe(text);
  });

  it("keeps the weekday each lead names through packing and JSON", () => {
    const index = new StoryIndex();
    index.add(
      articleFromBody("Divers on Tuesday raised a sunken trawler near Corran.", { id: "tuesday" }),
    );
    index.add(articleFromBody("Divers raised a sunken trawler near Corran.", { id: "none" }));
    const weekdays = (json: ReturnType<StoryIndex["toJSON"]>) =>
      json.articles.map((article) => [article.id, article.leadWeekday]);
    expect(weekdays(index.toJSON())).toEqual([
      ["tuesday", 2],
      ["none", null],
    ]);
    expect(weekdays(StoryIndex.fromJSON(index.toJSON()).toJSON())).toEqual(
      weekdays(index.toJSON()),
    );
  });

  it("reads an index written before leads' weekdays were kept", () => {
    const json = filled().toJSON();
    const older = {
      ...json,
      articles: json.articles.map(({ leadWeekday: _dropped, ...article }) => article),
    };
    expect(StoryIndex.fromJSON(older).size).toBe(6);
  });

  it("says which scheme, seed, bands and rows made the band keys", () => {
    const json = new StoryIndex().toJSON();
    expect({ format: json.format, version: json.version, signature: json.signature }).toEqual({
      format: "corroborate/story-index",
      version: STORY_INDEX_VERSION,
      signature: {
        scheme: "minhash-oph-densified/fmix32/word-shingles",
        numHashes: 64,
        shingleSize: 3,
        seed: 1,
        bands: 16,
        rows: 4,
        bitsKept: 16,
      },
    });
  });

  it("gives the same band keys in two processes' worth of indexes", () => {
    const first = new StoryIndex();
    const second = new StoryIndex();
    first.add(wire);
    second.add(arequipa);
    second.add(wire);
    const keysOf = (index: StoryIndex) =>
      index.toJSON().articles.find((article) => article.id === "kastoria-wire")?.bandKeys;
    expect(keysOf(second)).toEqual(keysOf(first));
  });

  it("refuses an article whose arrays do not fit the signature scheme", () => {
    const json = filled().toJSON();
    const broken = {
      ...json,
      articles: json.articles.map((article, index) =>
        index === 0 ? { ...article, signature: article.signature.slice(1) } : article,
      ),
    };
    expect(() => StoryIndex.fromJSON(broken)).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
  });

  it.each([
    { name: "a string", json: "index" },
    { name: "another format", json: { format: "other", version: 1 } },
    { name: "a later version", json: { ...new StoryIndex().toJSON(), version: 99 } },
  ])("refuses $name in fromJSON", ({ json }) => {
    expect(() => StoryIndex.fromJSON(json)).toThrow(CorroborateError);
    expect(() => StoryIndex.fromJSON(json)).toThrow(
      expect.objectContaining({ code: "invalid-input" }),
    );
  });

  it.each([
    { name: "numHashes", options: { numHashes: 4 } },
    { name: "lshThreshold", options: { lshThreshold: 1.5 } },
    { name: "termsPerArticle", options: { termsPerArticle: 2.5 } },
  ])("refuses a bad $name", ({ options }) => {
    expect(() => new StoryIndex(options)).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
  });

  it("groups the same as groupStories when articles come in one batch", () => {
    const articles = [wire, arequipa, newLead, harbour, trimmed, reworded];
    const index = new StoryIndex();
    for (const article of articles) index.add(article);
    expect(index.groups().map((group) => group.articleIds)).toEqual(
      groupStories(articles).map((group) => group.articleIds),
    );
  });
});
