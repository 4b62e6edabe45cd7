/**
 * Median parse time per page of parseHtmlDocument against @mozilla/readability + linkedom
 * alone, on the naeb development pages from ../shared.
 *
 * Run: npx tsx test/bench/parse-html.bench.ts [pages]
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { gunzipSync } from "node:zlib";
import { Readability } from "@mozilla/readability";
import { parseHTML } from "linkedom";
import { decodeHtmlBytes } from "../../src/parse/html/decodeHtmlBytes.js";
import { parseHtmlDocument } from "../../src/parse/html/parseHtmlDocument.js";
import { sharedDir } from "../helpers/shared.js";

const htmlDir = join(sharedDir, "corpora", "naeb", "html");

function median(values: number[]): number {
  const sorted = [...values].sort((left, right) => left - right);
  const middle = Math.floor(sorted.length / 2);
  const upper = sorted[middle] ?? 0;
  return sorted.length % 2 === 0 ? ((sorted[middle - 1] ?? upper) + upper) / 2 : upper;
}

function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

function main(): void {
  if (!existsSync(htmlDir)) {
    console.log(`skipped: ${htmlDir} not found (the naeb pages live in ../shared)`);
    return;
  }
  const limit = Number(process.argv[2] ?? "120");
  const pages = readdirSync(htmlDir)
    .filter((name) => name.endsWith(".html.gz"))
    .sort()
    .slice(0, limit)
    .map((name) => decodeHtmlBytes(gunzipSync(readFileSync(join(htmlDir, name)))));

  // Warm both paths up so the JIT does not count against the first one measured.
  for (const html of pages.slice(0, 5)) {
    parseHtmlDocument(html);
    new Readability(parseHTML(html).document as unknown as Document).parse();
  }
  const ours: number[] = [];
  const baseline: number[] = [];
  // Interleave the two so machine load hits both alike.
  for (const html of pages) {
    baseline.push(
      time(() => {
        new Readability(parseHTML(html).document as unknown as Document).parse();
      }),
    );
    ours.push(time(() => parseHtmlDocument(html, { url: "https://example.com/" })));
  }
  const oursMedian = median(ours);
  const baselineMedian = median(baseline);
  console.log(`\n### HTML parse (${pages.length} naeb pages)\n`);
  console.log("| parser | median ms / page |");
  console.log("| --- | ---: |");
  console.log(`| corroborate parseHtmlDocument | ${oursMedian.toFixed(1)} |`);
  console.log(`| @mozilla/readability + linkedom | ${baselineMedian.toFixed(1)} |`);
  console.log(`| ratio | ${(oursMedian / baselineMedian).toFixed(2)}x (bar: <= 1.5x, <= 50 ms) |`);
}

main();
