import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { alignQuotes } from "../../src/align/index.js";
import {
  ComparisonSchema,
  compareArticles,
  findDiscrepancies,
  findExclusives,
} from "../../src/compare/index.js";
import { linkPeople } from "../../src/extract/index.js";
import type { Article } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { resultOrCorroborateError } from "../helpers/resultOrError.js";

// Issue 13's promise carried to the later stages: whatever the input, alignQuotes,
// linkPeople, findDiscrepancies, findExclusives and compareArticles give a result or a
// CorroborateError; a comparison validates, every value's offsets point at its text, and the
// result does not depend on the order of the articles.
const settings = { seed: 20_261_206, numRuns: 30 };

// Sentences one outlet or another might print about one dock strike, with the numbers,
// names, days and quotes the rules compare, in several variants each.
const sentences = [
  "Dock workers in Port Averly ended a nine-day strike on Tuesday.",
  "Dock workers in Port Averly ended a ten-day strike on Monday.",
  "Union leader Hanne Brekke said 1,240 members voted for the deal.",
  "Union leader Hana Brekke said 1,204 members voted for the deal.",
  "“We have won the respect we asked for,” Brekke told reporters.",
  "“We have earned the respect we asked for,” Brekke said.",
  "“We have won the respect we asked for,” port director Ivo Lund said.",
  "Port director Ivo Lund said cargo would move again by Thursday.",
  "The first ship left the quay at 6:15 a.m.",
  "Reporting by the Averly Courier desk.",
];
const outlet = fc.array(fc.nat({ max: sentences.length - 1 }), { minLength: 1, maxLength: 6 });
const outlets = fc.array(outlet, { minLength: 1, maxLength: 6 }).map((list) =>
  list.map((picks, index): Article => {
    const body = picks.map((pick) => sentences[pick]).join("\n\n");
    return articleFromBody(body, { id: `outlet-${index}` });
  }),
);

function checkOffsets(comparison: ReturnType<typeof compareArticles>): void {
  const bodies = new Map(comparison.articles.map((article) => [article.id, article.body]));
  for (const finding of comparison.discrepancies) {
    for (const value of finding.values) {
      if (value.start === undefined || value.end === undefined) continue;
      expect(bodies.get(value.articleId)?.slice(value.start, value.end)).toBe(value.text);
    }
  }
}

describe("compareArticles", () => {
  it("gives a valid comparison whose evidence is the articles' own text, whatever the order", () => {
    fc.assert(
      fc.property(outlets, fc.nat(), (articles, rotation) => {
        const comparison = compareArticles(articles);
        expect(ComparisonSchema.safeParse(comparison).success).toBe(true);
        checkOffsets(comparison);
        const shift = rotation % articles.length;
        const reordered = [...articles.slice(shift), ...articles.slice(0, shift)].reverse();
        const again = compareArticles(reordered);
        const describe = (list: typeof comparison.discrepancies) =>
          list.map((finding) => `${finding.rule} ${finding.subject}`).sort();
        expect(describe(again.discrepancies)).toEqual(describe(comparison.discrepancies));
        expect(compareArticles(articles)).toEqual(comparison);
      }),
      settings,
    );
  });

  it("answers anything with a comparison or a CorroborateError", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.array(fc.anything(), { maxLength: 3 }),
          fc.array(fc.string({ maxLength: 40 }), { maxLength: 3 }),
        ),
        fc.oneof(fc.constant(undefined), fc.anything()),
        (inputs, options) => {
          const comparison = resultOrCorroborateError(() =>
            compareArticles(inputs as never, options as never),
          );
          if (comparison !== undefined)
            expect(ComparisonSchema.safeParse(comparison).success).toBe(true);
        },
      ),
      settings,
    );
  });
});

describe("the stages compareArticles composes", () => {
  it.each([
    ["alignQuotes", (value: unknown) => alignQuotes(value as never)],
    ["linkPeople", (value: unknown) => linkPeople(value as never)],
    ["findDiscrepancies", (value: unknown) => findDiscrepancies(value as never)],
    ["findExclusives", (value: unknown) => findExclusives(value as never)],
  ])("%s answers anything with a result or a CorroborateError", (_name, run) => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.array(fc.anything(), { maxLength: 3 })), (value) => {
        resultOrCorroborateError(() => run(value));
      }),
      settings,
    );
  });
});
