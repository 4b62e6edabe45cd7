import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { ComparisonSchema, compareArticles } from "../../src/compare/index.js";
import type { Comparison, Discrepancy } from "../../src/types.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

// The bar on the five seed articles (five outlets, Lavrov's press conference of 20
// August 2025): 004's banner date named as the outlier with every date's source, the event
// day each outlet gives, both name spellings, Kaja Kallas's two roles, the two statements
// worded differently, each with its evidence, and nothing else. Expectations name the
// outlets and the words the issue names, never the seeds' text beyond them.
function compareSeeds(): Comparison {
  const directory = join(sharedDir, "seeds");
  const inputs = readdirSync(directory)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => ({ id: name.slice(0, 3), text: readFileSync(join(directory, name), "utf8") }));
  return compareArticles(inputs);
}

function valuesOf(finding: Discrepancy | undefined): string[] {
  return (finding?.values ?? []).map((value) =>
    `${value.articleId} ${value.label ?? ""} ${value.value} ${value.source ?? ""} ${value.confidence ?? ""}${value.outlier ? " outlier" : ""}`
      .replace(/\s+/gu, " ")
      .trim(),
  );
}

describe.skipIf(!hasShared)("comparison of the seed articles", () => {
  if (!hasShared) console.warn(sharedMissing);
  const comparison = hasShared ? compareSeeds() : undefined;
  const findings = comparison?.discrepancies ?? [];
  const find = (rule: string, subject: RegExp) =>
    findings.find((finding) => finding.rule === rule && subject.test(finding.subject));

  it("validates, and finds exactly the disagreements a careful reader finds (at most 40)", () => {
    expect(ComparisonSchema.safeParse(comparison).success).toBe(true);
    expect(findings.length).toBeLessThanOrEqual(40);
    expect(
      findings.map((finding) => `${finding.severity} ${finding.rule} ${finding.subject}`),
    ).toEqual([
      "conflict date/outlier Lord’s Press's date",
      "difference name/spelling Sergey Lavrov's name",
      "difference name/spelling Volodymyr Zelenskyy's name",
      "difference role/title Kaja Kallas's role",
      expect.stringMatching(/^difference quote\/wording Sergey Lavrov: .*utopia/u),
      expect.stringMatching(/^difference quote\/wording Sergey Lavrov: “We cannot agree/u),
    ]);
  });

  it("names 004's banner date the outlier against 20/21 August, with each date's source and the event day each outlet gives", () => {
    const outlier = find("date/outlier", /date$/u);
    expect(valuesOf(outlier)).toEqual([
      "000 published 2025-08-21 dateline 0.6",
      "001 event 2025-08-20 story 0.5",
      "002 published 2025-08-20 text 0.7",
      "002 event 2025-08-20 body 0.8",
      "003 event 2025-08-20 story 0.5",
      "004 published 2025-10-29 banner 0.3 outlier",
      "004 event 2025-10-29 body 0.3 outlier",
    ]);
    expect(outlier?.message).toMatch(
      /70 days after the rest of the story \(2025-08-20 to 2025-08-21\)/u,
    );
    expect(outlier?.message).toMatch(/counted from the rest of the story's, on 2025-08-20/u);
    // The weekdays that date the event in 001, 003 and 004 are all "Wednesday".
    expect(
      outlier?.values
        .filter((value) => value.label === "event" && value.articleId !== "002")
        .map((value) => value.text),
    ).toEqual(["Wednesday", "Wednesday", "Wednesday"]);
  });

  it("finds both name spellings, each outlet's with its offsets", () => {
    expect(valuesOf(find("name/spelling", /Lavrov/u))).toEqual([
      "000 Sergey Lavrov",
      "001 Sergei Lavrov",
      "002 Sergey Lavrov",
      "003 Sergey Lavrov",
      "004 Sergey Lavrov",
    ]);
    expect(valuesOf(find("name/spelling", /Zelensk/u))).toEqual([
      "000 Volodymyr Zelenskyy",
      "001 Volodymyr Zelenskyy",
      "002 Volodymyr Zelensky",
      "004 Volodymyr Zelenskyy",
    ]);
  });

  it("finds Kaja Kallas's two roles as a difference, not a conflict", () => {
    const roles = find("role/title", /Kallas/u);
    expect(roles?.severity).toBe("difference");
    expect(valuesOf(roles)).toEqual(["002 Vice President", "004 EU’s top diplomat"]);
  });

  it("finds the “utopia” and “We cannot agree” statements worded differently, with the aligned words", () => {
    const utopia = find("quote/wording", /utopia/u);
    expect(utopia?.values.map((value) => `${value.articleId} ${value.label}`)).toEqual([
      "004 root",
      "001 variant",
      "003 variant",
    ]);
    expect(
      utopia?.differences?.map((word) => `${word.articleId}: ${word.text} / ${word.rootText}`),
    ).toContain("001: issues / the issue of");
    const cannotAgree = find("quote/wording", /We cannot agree/u);
    expect(cannotAgree?.values.map((value) => `${value.articleId} ${value.label}`)).toEqual([
      "001 root",
      "003 variant",
      "004 variant",
    ]);
  });

  it("gives evidence that is the articles' own text", () => {
    const bodies = new Map(
      (comparison?.articles ?? []).map((article) => [article.id, article.body]),
    );
    for (const finding of findings) {
      for (const value of finding.values) {
        if (value.start === undefined) continue;
        expect(bodies.get(value.articleId)?.slice(value.start, value.end)).toBe(value.text);
      }
    }
  });
});
