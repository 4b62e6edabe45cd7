import { describe, expect, it } from "vitest";
import {
  COMPARISON_VERSION,
  ComparisonSchema,
  compareArticles,
  defaultCompareOptions,
  discrepancyRules,
  findDiscrepancies,
  findExclusives,
} from "../../src/compare/index.js";
import { CorroborateError } from "../../src/errors.js";
import type { ArticleInput } from "../../src/types.js";
import { outlets } from "./compareCase.js";

// Three outlets of one invented story: a port strike in Haldenby. They disagree on the
// minister's name, the number of arrests and a word of the union leader's statement; one
// of them alone names a port economist and quotes him.
const inputs: ArticleInput[] = [
  {
    id: "harbour-gazette",
    outlet: "Harbour Gazette",
    published: "2025-03-19",
    text: `Haldenby strike ends after union accepts pay offer

The nine-day strike at the port of Haldenby ended on Tuesday when the dockworkers' union accepted a pay offer from Transport Minister Ines Okafor. Police arrested 14 protesters at the terminal gates during the strike.

\u201CWe will not reopen the port to ships or trucks until the cranes are safe,\u201D union leader Pieter Vos said on Tuesday.

Okafor said the terminal would reopen on Monday. Port economist Tomas Reyes said the strike had cost the city about four million euros a day.`,
  },
  {
    id: "daily-ledger",
    outlet: "Daily Ledger",
    published: "2025-03-19",
    text: `Port strike over as Haldenby dockworkers accept offer

The strike at the port of Haldenby ended on Tuesday after nine days, when the dockworkers' union accepted a pay offer from Transport Minister Ines Okafur. Police arrested 17 protesters at the terminal gates during the strike.

\u201CWe will not reopen the harbour to ships or trucks until the cranes are safe,\u201D union leader Pieter Vos said.

Okafur said the terminal would reopen on Monday.`,
  },
  {
    id: "coast-wire",
    outlet: "Coast Wire",
    published: "2025-03-19",
    text: `Haldenby dockworkers end nine-day strike

Dockworkers at the port of Haldenby ended their strike on Tuesday, accepting a pay offer from Transport Minister Ines Okafor. Police arrested 14 protesters at the terminal gates during the strike.

\u201CWe will not reopen the port to ships or trucks until the cranes are safe,\u201D union leader Pieter Vos told reporters.`,
  },
];

describe("compareArticles", () => {
  const comparison = compareArticles(inputs);

  it("returns a comparison the schema accepts, as plain JSON", () => {
    expect(comparison.version).toBe(COMPARISON_VERSION);
    const roundTrip = JSON.parse(JSON.stringify(comparison));
    expect(roundTrip).toEqual(comparison);
    expect(ComparisonSchema.parse(roundTrip)).toEqual(comparison);
  });

  it("groups the three outlets into one story and finds where they disagree", () => {
    expect(comparison.stories).toHaveLength(1);
    expect(
      comparison.discrepancies.map((finding) => [finding.kind, finding.rule, finding.severity]),
    ).toEqual([
      ["number", "number/count", "conflict"],
      ["name", "name/spelling", "conflict"],
      ["quote", "quote/wording", "difference"],
    ]);
    for (const finding of comparison.discrepancies) {
      const article = (id: string) => comparison.articles.find((candidate) => candidate.id === id);
      for (const value of finding.values) {
        if (value.start === undefined) continue;
        expect(article(value.articleId)?.body.slice(value.start, value.end)).toBe(value.text);
      }
    }
  });

  it("lists what only one outlet reports beside the findings", () => {
    const items = comparison.exclusives[0]?.items ?? [];
    expect(items.map((item) => [item.kind, item.articleId, item.value])).toEqual(
      expect.arrayContaining([
        ["person", "harbour-gazette", "Tomas Reyes"],
        ["number", "harbour-gazette", "about four million euros"],
      ]),
    );
    expect(items.every((item) => item.kind !== "person" || item.value !== "Pieter Vos")).toBe(true);
  });

  it("gives findings ids that do not depend on the order of the inputs", () => {
    const reversed = compareArticles([...inputs].reverse());
    const ids = (list: typeof comparison.discrepancies) => list.map((finding) => finding.id).sort();
    expect(ids(reversed.discrepancies)).toEqual(ids(comparison.discrepancies));
    expect(compareArticles(inputs)).toEqual(comparison);
  });

  it("accepts parsed articles and plain strings alongside inputs", () => {
    const [article] = outlets([
      { id: "parsed", body: "Police arrested 14 protesters in Haldenby on Tuesday." },
    ]);
    const mixed = compareArticles([
      ...(article ? [article] : []),
      "A strike ended in Haldenby on Tuesday.",
    ]);
    expect(mixed.articles.map((entry) => entry.id)[0]).toBe("parsed");
    expect(mixed.articles).toHaveLength(2);
  });

  it("turns rules off and checks options", () => {
    const quiet = compareArticles(inputs, { rules: { number: false, name: { enabled: false } } });
    expect(quiet.discrepancies.map((finding) => finding.kind)).toEqual(["quote"]);
    const bad = [
      { rule: {} },
      { rules: { spelling: true } },
      { rules: { date: { outlierDays: -1 } } },
      { rules: { date: { outlierdays: 30 } } },
      { rules: { quote: { minSimilarity: "high" } } },
    ];
    for (const options of bad) {
      expect(() => compareArticles(inputs, options as never)).toThrow(CorroborateError);
      try {
        compareArticles(inputs, options as never);
      } catch (error) {
        expect((error as CorroborateError).code).toBe("invalid-options");
      }
    }
  });

  it("refuses two articles with one id", () => {
    expect(() => compareArticles([inputs[0] as ArticleInput, inputs[0] as ArticleInput])).toThrow(
      /ids must be unique/u,
    );
  });

  it("has one defaults object naming every rule in order", () => {
    expect(discrepancyRules.map((rule) => rule.name)).toEqual(
      Object.keys(defaultCompareOptions.rules),
    );
    expect(Object.isFrozen(defaultCompareOptions.rules.date)).toBe(true);
  });

  it("finds the same with findDiscrepancies and findExclusives given the parsed articles", () => {
    const articles = comparison.articles.map(({ facts: _facts, ...article }) => article);
    expect(findDiscrepancies(articles)).toEqual(comparison.discrepancies);
    expect(findExclusives(articles)).toEqual(comparison.exclusives);
  });
});
