import { describe, expect, it } from "vitest";
import { findDiscrepancies } from "../../src/compare/index.js";
import type { StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

// Hostile stories: the runner's timeout catches a rule that is quadratic in the size of a
// story or of one article; how fast they run is the benchmark's business.
function oneStory(ids: readonly string[]): StoryGroup[] {
  return [{ id: "s", articleIds: [...ids], kind: "same-story", reasons: [] }];
}

describe("findDiscrepancies on hostile input", () => {
  it("answers on a story of 300 articles that all count, date and name the same things", () => {
    const articles = Array.from({ length: 300 }, (_, index) =>
      articleFromBody(
        `Health Minister Kaja Kall${index % 2 === 0 ? "a" : "i"}s said on Tuesday, March ${10 + (index % 9)}, that ${20 + (index % 7)} people were injured at 9:${10 + (index % 40)} a.m. GMT. ` +
          `\u201CThe clinic will reopen on Monday and number ${index} will be staffed,\u201D Kallas said.`,
        { id: `a${index}`, published: "2025-03-19" },
      ),
    );
    const findings = findDiscrepancies(articles, {
      stories: oneStory(articles.map((a) => a.id)),
      rules: { number: { reportGrowth: true } },
    });
    expect(findings.some((finding) => finding.kind === "number")).toBe(true);
  });

  it("answers on a story of 300 articles that all time and date one thing to come", () => {
    const articles = Array.from({ length: 300 }, (_, index) =>
      articleFromBody(
        `The Vell clinic will reopen at about ${1 + (index % 11)} p.m. on March ${20 + (index % 8)}, and its new wing will open at ${1 + (index % 5)} a.m. on March ${21 + (index % 7)}.`,
        { id: `t${index}`, published: "2025-03-19" },
      ),
    );
    const findings = findDiscrepancies(articles, { stories: oneStory(articles.map((a) => a.id)) });
    expect(findings.some((finding) => finding.rule === "date/time")).toBe(true);
  });

  it("answers on stories whose figures are the same digits in every order, at doubling sizes", () => {
    const orders = ["12,345", "21,345", "13,245", "12,435", "12,354", "31,245"];
    for (const size of [25, 50, 100, 200]) {
      const articles = Array.from({ length: size }, (_, index) =>
        articleFromBody(
          `The stadium held ${orders[index % 2]} fans on Sunday. ${orders.join(" fans and ")} fans came before. `.repeat(
            10,
          ),
          { id: `p${index}`, published: "2025-03-19" },
        ),
      );
      const findings = findDiscrepancies(articles, {
        stories: oneStory(articles.map((a) => a.id)),
      });
      expect(Array.isArray(findings)).toBe(true);
    }
  });

  it("answers on articles of a megabyte of numbers, dates and times", () => {
    const numbers = articleFromBody("12 pirates and 13 pirates, ".repeat(40_000), {
      id: "numbers",
    });
    const dates = articleFromBody("on Wednesday, Aug. 21, 2025 at 9:27 a.m. PDT ".repeat(25_000), {
      id: "dates",
      published: "2025-08-22",
    });
    const findings = findDiscrepancies([numbers, dates], {
      stories: oneStory(["numbers", "dates"]),
    });
    expect(Array.isArray(findings)).toBe(true);
  });
});
