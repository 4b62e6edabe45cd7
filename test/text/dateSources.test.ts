import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { parseArticle } from "../../src/parse/index.js";
import { parsePlainText } from "../../src/parse/text/parsePlainText.js";
import {
  DATE_SOURCE_CONFIDENCE,
  isWeakPublishedDate,
  MODIFIED_STAMP_CONFIDENCE,
  STRONG_DATE_CONFIDENCE,
  updatedConfidence,
  WEAK_DATE_CONFIDENCE,
} from "../../src/text/dateSources.js";
import type { PublishedSource } from "../../src/types.js";

const fixture = (kind: "html" | "text", name: string) =>
  readFileSync(join(import.meta.dirname, "..", "fixtures", kind, name), "utf8");

describe("date source confidences", () => {
  it("gives a dateline one confidence in both parse paths", () => {
    const fromHtml = parseHtmlDocument(fixture("html", "dateline-above.html"), {}).published;
    const fromText = parsePlainText(
      "Valparaíso , Chile 14 May 2025\nDockworkers end strike at Chile's busiest port:\nDockworkers at the port of Valparaíso returned to work on Wednesday after a nine-day strike over night-shift pay, the port operator said.\nThe union said members had accepted a 6 percent raise and two extra rest days a month.",
    ).published;
    expect([fromHtml?.source, fromHtml?.confidence]).toEqual([
      "dateline",
      DATE_SOURCE_CONFIDENCE.dateline.printed,
    ]);
    expect([fromText?.source, fromText?.confidence]).toEqual([
      "dateline",
      DATE_SOURCE_CONFIDENCE.dateline.printed,
    ]);
  });

  it("gives a page banner's date the weakest confidence, under the weak bar", () => {
    const values = Object.values(DATE_SOURCE_CONFIDENCE).flatMap((cases) => Object.values(cases));
    expect(Math.min(...values)).toBe(DATE_SOURCE_CONFIDENCE.banner.today);
    expect(DATE_SOURCE_CONFIDENCE.banner.today).toBeLessThan(WEAK_DATE_CONFIDENCE);
    expect(Math.max(...values)).toBe(DATE_SOURCE_CONFIDENCE.input.given);
  });

  it("ranks a printed header date above a dateline, and a dateline above page text", () => {
    expect(DATE_SOURCE_CONFIDENCE.byline.header).toBeGreaterThan(
      DATE_SOURCE_CONFIDENCE.dateline.printed,
    );
    expect(DATE_SOURCE_CONFIDENCE.dateline.printed).toBeGreaterThan(
      DATE_SOURCE_CONFIDENCE.text.page,
    );
    expect(DATE_SOURCE_CONFIDENCE.dateline.printed).toBeGreaterThanOrEqual(STRONG_DATE_CONFIDENCE);
  });

  it.each([
    [DATE_SOURCE_CONFIDENCE.byline.header, 0.7],
    [DATE_SOURCE_CONFIDENCE.byline.beside, 0.45],
    [DATE_SOURCE_CONFIDENCE.text.nearHeadline, 0.5],
    [0.1, 0],
  ])("lowers %s to %s under an Updated label", (confidence, expected) => {
    expect(updatedConfidence(confidence)).toBe(expected);
  });

  it("keeps modification stamps below every publication stamp", () => {
    expect(MODIFIED_STAMP_CONFIDENCE).toBeLessThan(DATE_SOURCE_CONFIDENCE.meta.published);
    expect(MODIFIED_STAMP_CONFIDENCE).toBeLessThan(DATE_SOURCE_CONFIDENCE["json-ld"].otherObject);
  });

  it.each([
    ["banner", 0.3, true],
    ["banner", 0.9, true],
    ["text", 0.4, true],
    ["text", 0.5, false],
    ["dateline", DATE_SOURCE_CONFIDENCE.dateline.printed, false],
    ["input", 1, false],
  ] as [PublishedSource, number, boolean][])(
    "isWeakPublishedDate(%s, %s) is %s",
    (source, confidence, weak) => {
      expect(isWeakPublishedDate(source, confidence)).toBe(weak);
    },
  );

  it("makes a weekday resolved against a page banner's date a weak reference", () => {
    const article = parseArticle(fixture("text", "weather-banner.txt"));
    expect([article.published?.source, article.published?.confidence]).toEqual([
      "banner",
      DATE_SOURCE_CONFIDENCE.banner.today,
    ]);
    const monday = extractFacts(article).dates.find((date) => date.text === "Monday");
    expect([monday?.value, monday?.certainty]).toEqual(["2025-03-03", "weak-reference"]);
  });
});
