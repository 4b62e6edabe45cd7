import { describe, expect, it } from "vitest";
import { CorroborateError } from "../../src/errors.js";
import { extractFacts, extractQuotes } from "../../src/extract/index.js";
import { groupStories, StoryIndex, scoreStoryPair } from "../../src/group/index.js";
import { parseArticle, safeParseArticle } from "../../src/parse/index.js";
import { contentId } from "../../src/text/hash.js";
import { articleFromBody } from "../helpers/article.js";

const good = articleFromBody(
  "Crews on the Haldenby ferry voted on Tuesday to return to work after a two-week strike.",
  { id: "good" },
);

function codeOf(run: () => unknown): string {
  try {
    run();
    return "no error";
  } catch (error) {
    return error instanceof CorroborateError ? error.code : `raw ${(error as Error).name}`;
  }
}

// Issue 13, item 4: a malformed Article gets a CorroborateError from every function that
// takes one, never a TypeError (or, for an offset of 2^53, no answer at all).
const malformed: [string, unknown][] = [
  ["no body", { id: "a", authors: [], paragraphs: [], removed: [] }],
  ["a body that is not a string", { ...good, body: 42 }],
  ["paragraphs null", { ...good, paragraphs: null }],
  ["a paragraph past the body", { ...good, paragraphs: [{ start: 0, end: 2 ** 53 }] }],
  ["a paragraph that ends before it starts", { ...good, paragraphs: [{ start: 9, end: 3 }] }],
  ["a fractional offset", { ...good, paragraphs: [{ start: 0.5, end: 3 }] }],
  ["no id", { ...good, id: undefined }],
  ["an empty id", { ...good, id: "" }],
  ["a numeric id", { ...good, id: 7 }],
  ["authors that are not strings", { ...good, authors: [1] }],
  ["a published date that is not a day", { ...good, published: { date: "soon" } }],
  ["null", null],
  ["a string", "Crews voted on Tuesday."],
];

const takers: [string, (article: unknown) => unknown][] = [
  ["extractFacts", (article) => extractFacts(article as never)],
  ["extractQuotes", (article) => extractQuotes(article as never)],
  ["scoreStoryPair", (article) => scoreStoryPair(good, article as never)],
  ["groupStories", (article) => groupStories([article as never])],
  ["StoryIndex.add", (article) => new StoryIndex().add(article as never)],
  ["StoryIndex.query", (article) => new StoryIndex().query(article as never)],
];

describe.each(takers)("%s", (_name, take) => {
  it.each(malformed)("refuses an Article with %s as invalid-input", (_case, article) => {
    expect(codeOf(() => take(article))).toBe("invalid-input");
  });

  it("accepts a valid Article", () => {
    expect(codeOf(() => take(good))).toBe("no error");
  });
});

describe("group options (item 4)", () => {
  it.each([
    ["a misspelt key", { sameStoryTreshold: 0.2 }],
    ["a string", "fast"],
    ["an array", [1]],
    ["null", null],
    ["a number where a number belongs, as a string", { numHashes: "64" }],
  ])("refuses %s as invalid-options", (_name, options) => {
    expect(codeOf(() => groupStories([good], options as never))).toBe("invalid-options");
    expect(codeOf(() => new StoryIndex(options as never))).toBe("invalid-options");
    expect(codeOf(() => scoreStoryPair(good, good, options as never))).toBe("invalid-options");
  });

  it("names the option a misspelling meant", () => {
    expect(() => groupStories([good], { sameStoryTreshold: 0.2 } as never)).toThrow(
      expect.objectContaining({
        issues: [
          {
            path: ["sameStoryTreshold"],
            message: "unknown option; did you mean sameStoryThreshold?",
          },
        ],
      }),
    );
  });
});

describe("ids (item 5)", () => {
  const other = articleFromBody("A council in Port Elspeth approved a new harbour wall.", {
    id: "other",
  });

  it("refuses two articles with one id instead of returning the id twice", () => {
    expect(codeOf(() => groupStories([good, { ...other, id: "good" }]))).toBe("invalid-input");
  });

  it("refuses an article without an id instead of dropping it", () => {
    const { id: _id, ...withoutId } = other;
    expect(codeOf(() => groupStories([good, withoutId as never]))).toBe("invalid-input");
  });

  it("keeps numeric ids out of an index, so toJSON always gives what fromJSON takes", () => {
    const index = new StoryIndex();
    expect(codeOf(() => index.add({ ...good, id: 7 } as never))).toBe("invalid-input");
    expect(() => StoryIndex.fromJSON(index.toJSON())).not.toThrow();
  });

  it.each([
    [["p\nq"], ["p", "q"]],
    [["a\\nb"], ["a\nb"]],
  ])("gives %j and %j different group ids", (first, second) => {
    const group = (ids: string[]) =>
      groupStories(ids.map((id) => articleFromBody(good.body, { id })))[0]?.id;
    expect(group(first)).not.toBe(group(second));
  });

  it("keeps the group ids of ordinary ids: a hash of the sorted ids joined by newlines", () => {
    const ids = groupStories([other, good]).map((group) => group.id);
    expect(ids).toEqual([`story-${contentId("other")}`, `story-${contentId("good")}`]);
  });
});

describe("validation gaps (item 6)", () => {
  it.each([
    ["zero-width spaces", "\u200b\u200b\u200b"],
    ["next-line characters", "\u0085\u0085"],
    ["a byte-order mark and spaces", "\ufeff  \u2060"],
  ])("text of only %s is empty-input", (_name, text) => {
    expect(codeOf(() => parseArticle({ text }))).toBe("empty-input");
    expect(codeOf(() => parseArticle({ html: text }))).toBe("empty-input");
  });

  it.each([
    ["0001-01-01", "0001-01-01"],
    ["0099-12-31", "0099-12-31"],
    ["0042-03-01T10:00+01:00", "0042-03-01"],
  ])("reads the published year of %s as written", (published, date) => {
    expect(parseArticle({ text: "Crews voted.", published }).published?.date).toBe(date);
  });

  it.each([
    "2025-08-20T10:00+99:99",
    "2025-08-20T10:00+24:00",
    "2025-08-20T10:00-05:60",
    "2025-08-20T10:00:61Z",
    "0099-02-29",
  ])("refuses %s as invalid-date", (published) => {
    expect(codeOf(() => parseArticle({ text: "Crews voted.", published }))).toBe("invalid-date");
  });

  it("refuses a serialised index whose document count does not match its articles", () => {
    const index = new StoryIndex();
    index.add(good);
    const json = index.toJSON();
    expect(
      codeOf(() =>
        StoryIndex.fromJSON({ ...json, statistics: { ...json.statistics, documentCount: 0 } }),
      ),
    ).toBe("invalid-input");
    expect(
      codeOf(() =>
        StoryIndex.fromJSON({
          ...json,
          articles: [...json.articles, ...json.articles],
          statistics: { ...json.statistics, documentCount: 2 },
        }),
      ),
    ).toBe("invalid-input");
    expect(codeOf(() => StoryIndex.fromJSON(new StoryIndex().toJSON()))).toBe("no error");
  });

  it.each([
    [
      "og:title",
      '<meta property="og:title" content="&lt;b&gt;Ferry&lt;/b&gt; strike ends">',
      "headline",
      "Ferry strike ends",
    ],
    [
      "og:site_name",
      '<meta property="og:site_name" content="&lt;span&gt;Harbour Times&lt;/span&gt;">',
      "outlet",
      "Harbour Times",
    ],
    [
      "a meta author",
      '<meta name="author" content="&lt;a href=&quot;/ann&quot;&gt;Ann Lee&lt;/a&gt;">',
      "authors",
      ["Ann Lee"],
    ],
    [
      "a JSON-LD headline",
      '<script type="application/ld+json">{"@type":"NewsArticle","headline":"<i>Ferry</i> strike ends"}</script>',
      "headline",
      "Ferry strike ends",
    ],
  ])("strips markup from %s", (_name, tag, field, expected) => {
    const html = `<html><head>${tag}</head><body><article><p>Crews on the Haldenby ferry voted on Tuesday to return to work after a two-week strike that stranded islanders for days.</p></article></body></html>`;
    expect(parseArticle({ html })[field as "headline"]).toEqual(expected);
  });

  it("returns a CorroborateError from safeParseArticle for a page whatever its shape", () => {
    for (const input of [{ html: "<p>".repeat(30_000) }, { text: "\u200b" }, { html: 5 }]) {
      const result = safeParseArticle(input);
      if (!result.success) expect(result.error).toBeInstanceOf(CorroborateError);
    }
  });
});
