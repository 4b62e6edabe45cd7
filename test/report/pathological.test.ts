import { describe, expect, it } from "vitest";
import { renderHtml, renderMarkdown } from "../../src/report/index.js";
import type { Comparison } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

const MEGABYTE = 1_000_000;

function comparisonOf(body: string): Comparison {
  const article = articleFromBody(body, { id: "hostile", headline: "<&>".repeat(1000) });
  const end = Math.min(body.length, 12);
  return {
    version: "1",
    articles: [
      {
        ...article,
        facts: { people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] },
      },
    ],
    stories: [{ id: "s", articleIds: ["hostile"], kind: "single", reasons: [] }],
    cast: [],
    quoteGroups: [],
    discrepancies: [
      {
        id: "d",
        storyId: "s",
        kind: "number",
        severity: "conflict",
        rule: "number/count",
        subject: "x",
        message: "m",
        values: [
          { articleId: "hostile", value: "1", text: body.slice(0, end), start: 0, end },
          {
            articleId: "hostile",
            value: "2",
            text: body.slice(-end),
            start: body.length - end,
            end: body.length,
          },
        ],
      },
    ],
    exclusives: [],
  };
}

// Each renderer must answer on 1 MB of hostile article text; the runner's timeout
// catches anything that is not linear.
describe.each([
  { name: "markup characters", body: "<&>\"'".repeat(MEGABYTE / 5) },
  { name: "one endless sentence", body: "word ".repeat(MEGABYTE / 5) },
  { name: "full stops", body: "A. ".repeat(MEGABYTE / 3) },
  { name: "line breaks", body: "a\n".repeat(MEGABYTE / 2) },
  { name: "quote marks", body: '“"«„”»'.repeat(MEGABYTE / 6) },
])("1 MB of $name", ({ body }) => {
  const comparison = comparisonOf(body);

  it("renders as Markdown", () => {
    const markdown = renderMarkdown(comparison);
    expect(markdown).toContain("1. **Conflict · number**: m (`number/count`)");
  });

  it("renders as HTML with the whole body escaped", () => {
    const html = renderHtml(comparison);
    expect(html.length).toBeGreaterThan(body.length);
    expect(html.match(/<script>/gu)).toHaveLength(1);
  });
});
