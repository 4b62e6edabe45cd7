import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/parse/html/decodeHtmlBytes.js";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { foldForComparison } from "../../src/text/normalize.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";
import { evenOddHalves, formatHalf, halfFloor, meanWithError } from "./halves.js";
import { oneDayOff, sameNameSet } from "./pageMeasures.js";
import { type BodyScore, bodyScore, meanBodyScore } from "./scoreBody.js";

interface NaebTruth {
  id: string;
  url: string;
  title: string;
  authors: string[];
  date: string | null;
  body: string;
}

/** What the parser got right on one page (1 or 0; `day` absent when the truth has no date). */
interface PageResult {
  body: BodyScore;
  headline: number;
  authors: number;
  day?: number;
  offByOne?: number;
}

// The issue's bars for the whole set; each half is held to the bar less two of its own
// standard errors (test/eval/halves.ts says why).
const BARS = { body: 0.91, headline: 0.85, authors: 0.85, day: 0.85 };
type Metric = keyof typeof BARS;

const corpusDir = join(sharedDir, "corpora", "naeb");

function scorePage(truth: NaebTruth): PageResult {
  const bytes = gunzipSync(readFileSync(join(corpusDir, "html", `${truth.id}.html.gz`)));
  const page = parseHtmlDocument(decodeHtmlBytes(bytes), { url: truth.url });
  const result: PageResult = {
    body: bodyScore(page.body, truth.body),
    headline: foldForComparison(page.headline ?? "") === foldForComparison(truth.title) ? 1 : 0,
    authors: sameNameSet(page.authors, truth.authors) ? 1 : 0,
  };
  if (truth.date !== null) {
    const predicted = page.published?.date;
    result.day = predicted === truth.date ? 1 : 0;
    result.offByOne = oneDayOff(predicted, truth.date) ? 1 : 0;
  }
  return result;
}

function metricValues(results: readonly PageResult[], metric: Metric): number[] {
  if (metric === "body") return results.map((result) => result.body.f1);
  if (metric === "day") return results.flatMap((result) => result.day ?? []);
  return results.map((result) => result[metric]);
}

describe.skipIf(!hasShared)(`naeb HTML evaluation${hasShared ? "" : ` (${sharedMissing})`}`, () => {
  it("scores body F1, headline, authors and publication day at the issue's bars, on the whole set and on each half", () => {
    const cases: NaebTruth[] = readFileSync(join(corpusDir, "truth.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as NaebTruth)
      .sort((left, right) => (left.id < right.id ? -1 : left.id > right.id ? 1 : 0));
    const results = cases.map(scorePage);
    const halves = evenOddHalves(results);
    const body = meanBodyScore(results.map((result) => result.body));
    const days = metricValues(results, "day");
    const dayCorrect = days.filter((value) => value === 1).length;
    const offByOne = results.filter((result) => result.offByOne === 1).length;
    const whole = (metric: Metric) => meanWithError(metricValues(results, metric)).mean;
    const beside = (metric: Metric) =>
      `(halves ${halves.map((half) => formatHalf(meanWithError(metricValues(half, metric)))).join(", ")})`;
    console.log(
      [
        `naeb HTML (${cases.length} pages; halves: even and odd positions in id order)`,
        `body P ${body.precision.toFixed(3)} R ${body.recall.toFixed(3)} F1 ${body.f1.toFixed(3)} ${beside("body")}`,
        `headline exact ${whole("headline").toFixed(3)} ${beside("headline")}`,
        `authors exact ${whole("authors").toFixed(3)} ${beside("authors")}`,
        `day accuracy ${whole("day").toFixed(3)} (${dayCorrect}/${days.length}, off by one ${offByOne}) ${beside("day")}`,
      ].join("\n"),
    );
    for (const metric of Object.keys(BARS) as Metric[]) {
      expect.soft(whole(metric), metric).toBeGreaterThanOrEqual(BARS[metric]);
      for (const [index, half] of halves.entries()) {
        const score = meanWithError(metricValues(half, metric));
        expect
          .soft(score.mean, `${metric}, half ${index + 1}`)
          .toBeGreaterThanOrEqual(halfFloor(BARS[metric], score));
      }
    }
  }, 180_000);
});
