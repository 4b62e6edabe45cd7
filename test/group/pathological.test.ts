import { describe, expect, it } from "vitest";
import {
  extractStoryEvidence,
  groupStories,
  StoryIndex,
  scoreStoryPair,
} from "../../src/group/index.js";
import { articleFromBody } from "../helpers/article.js";

const MEGABYTE = 1_000_000;

// Each public function must answer on 1 MB of hostile input; the runner's timeout catches
// a regular expression that backtracks.
describe.each([
  { name: "quote marks", body: '“"«„”»'.repeat(MEGABYTE / 6) },
  { name: "capitals", body: "A".repeat(MEGABYTE) },
  { name: "capitalised words", body: "Aa ".repeat(MEGABYTE / 3) },
  { name: "digits", body: "7".repeat(MEGABYTE) },
  { name: "numbers with separators", body: "1,2.".repeat(MEGABYTE / 4) },
  { name: "an unclosed quote", body: `“${"word ".repeat(MEGABYTE / 5)}` },
  { name: "month names", body: "August 1".repeat(MEGABYTE / 8) },
])("1 MB of $name", ({ body }) => {
  const article = articleFromBody(body, { id: "hostile" });
  const other = articleFromBody("A short note about the harbour wall in Port Elsinore.", {
    id: "short",
  });

  it("is read", () => {
    expect(extractStoryEvidence(article).quotes.length).toBeLessThan(MEGABYTE);
  });

  it("is scored and grouped", () => {
    expect(scoreStoryPair(article, other).sameStory).toBe(false);
    expect(groupStories([article, other]).length).toBe(2);
  });

  it("is indexed and queried", () => {
    const index = new StoryIndex();
    index.add(article);
    expect(index.query(other)).toEqual([]);
  });
});
