import { readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { decodeHtmlBytes } from "../../src/parse/html/decodeHtmlBytes.js";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { foldForComparison } from "../../src/text/normalize.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";
import { bodyScore, meanBodyScore } from "./scoreBody.js";

interface NaebTruth {
  id: string;
  url: string;
  title: string;
  authors: string[];
  date: string | null;
  body: string;
}

const corpusDir = join(sharedDir, "corpora", "naeb");

function sameNameSet(predicted: readonly string[], truth: readonly string[]): boolean {
  const left = new Set(predicted.map(foldForComparison));
  const right = new Set(truth.map(foldForComparison));
  return left.size === right.size && [...left].every((name) => right.has(name));
}

describe.skipIf(!hasShared)(`naeb HTML evaluation${hasShared ? "" : ` (${sharedMissing})`}`, () => {
  it("scores body F1, headline, authors and publication day at the issue's bars", () => {
    const cases: NaebTruth[] = readFileSync(join(corpusDir, "truth.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line) as NaebTruth);
    const bodyScores = [];
    let headlineExact = 0;
    let authorsExact = 0;
    let dated = 0;
    let dayCorrect = 0;
    let offByOne = 0;
    for (const truth of cases) {
      const bytes = gunzipSync(readFileSync(join(corpusDir, "html", `${truth.id}.html.gz`)));
      const page = parseHtmlDocument(decodeHtmlBytes(bytes), { url: truth.url });
      bodyScores.push(bodyScore(page.body, truth.body));
      if (foldForComparison(page.headline ?? "") === foldForComparison(truth.title)) {
        headlineExact += 1;
      }
      if (sameNameSet(page.authors, truth.authors)) {
        authorsExact += 1;
      }
      if (truth.date !== null) {
        dated += 1;
        const predicted = page.published?.date;
        if (predicted === truth.date) {
          dayCorrect += 1;
        } else if (
          predicted !== undefined &&
          Math.abs(Date.parse(predicted) - Date.parse(truth.date)) === 86_400_000
        ) {
          offByOne += 1;
        }
      }
    }
    const body = meanBodyScore(bodyScores);
    const headline = headlineExact / cases.length;
    const authors = authorsExact / cases.length;
    const day = dayCorrect / dated;
    console.log(
      [
        `naeb HTML (${cases.length} pages)`,
        `body P ${body.precision.toFixed(3)} R ${body.recall.toFixed(3)} F1 ${body.f1.toFixed(3)}`,
        `headline exact ${headline.toFixed(3)}`,
        `authors exact ${authors.toFixed(3)}`,
        `day accuracy ${day.toFixed(3)} (${dayCorrect}/${dated}, off by one ${offByOne})`,
      ].join("\n"),
    );
    expect.soft(body.f1).toBeGreaterThanOrEqual(0.91);
    expect.soft(headline).toBeGreaterThanOrEqual(0.85);
    expect.soft(authors).toBeGreaterThanOrEqual(0.85);
    expect.soft(day).toBeGreaterThanOrEqual(0.85);
  });
});
