import { describe, expect, it } from "vitest";
import { alignQuotes } from "../../src/align/index.js";
import { articleFromBody } from "../helpers/article.js";

// Hostile stories: the runner's timeout catches a step that is quadratic in the number of
// quotes or in the length of one; how fast they run is the benchmark's business.
const WORDS = "terminal crane harbour shift contract wages safety union minister offer".split(" ");

function nearIdenticalStory(count: number) {
  return Array.from({ length: count }, (_, index) => {
    const word = WORDS[index % WORDS.length] ?? "terminal";
    const body =
      `“The ${word} reopens on Monday with or without an agreement, and number ${index} will be staffed,” ` +
      `Transport Minister Ines Okafor said. Okafor called it “a road to nowhere.” ` +
      `“The ${word} reopens on Monday,” she added.`;
    return articleFromBody(body, { id: `a${index}` });
  });
}

describe("alignQuotes on hostile input", () => {
  it("answers on a story of 800 articles quoting near-identical sentences", () => {
    const articles = nearIdenticalStory(800);
    const stories = [
      {
        id: "s",
        articleIds: articles.map((article) => article.id),
        kind: "same-story" as const,
        reasons: [],
      },
    ];
    const groups = alignQuotes(articles, { stories });
    const largest = Math.max(...groups.map((group) => group.articleIds.length));
    expect(largest).toBeGreaterThan(100);
  });

  it("answers on one article of a megabyte of quote marks and one of a 50,000-word quote", () => {
    const marks = articleFromBody("“a” ".repeat(250_000), { id: "marks" });
    const long = articleFromBody(`“${"the terminal reopens ".repeat(16_000)}” Okafor said.`, {
      id: "long",
    });
    for (const article of [marks, long]) {
      expect(Array.isArray(alignQuotes([article]))).toBe(true);
    }
  });
});
