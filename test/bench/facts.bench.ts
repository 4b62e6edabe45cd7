/**
 * Facts extraction time per article: `npx tsx test/bench/facts.bench.ts`.
 * Articles: the five seeds (parsed with parseArticle) and the TimeML news documents (title
 * line + text, dct as published). Prints a markdown table of the median and 95th
 * percentile per article for extractFacts and for each of its steps, beside chrono-node's
 * own parse of the same bodies. The bar (DESIGN.md): median <= 10 ms per article.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import * as chrono from "chrono-node";
import {
  extractFacts,
  extractQuotes,
  findDates,
  findNames,
  findNumbers,
} from "../../src/extract/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article } from "../../src/types.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

const ROUNDS = 3;
const BAR_MS = 10;

function loadArticles(): Article[] {
  if (!hasShared) {
    console.warn(sharedMissing);
    return [];
  }
  const articles: Article[] = [];
  const seeds = join(sharedDir, "seeds");
  for (const name of readdirSync(seeds).filter((file) => file.endsWith(".txt"))) {
    articles.push(parseArticle(readFileSync(join(seeds, name), "utf8")));
  }
  const timeml = join(sharedDir, "corpora", "timeml");
  if (existsSync(timeml)) {
    for (const name of readdirSync(timeml).filter((file) => file.endsWith(".json"))) {
      const document = JSON.parse(readFileSync(join(timeml, name), "utf8")) as {
        title: string;
        dct: string;
      };
      const text = readFileSync(join(timeml, name.replace(/\.json$/u, ".txt")), "utf8");
      articles.push(
        parseArticle({ text: `${document.title}\n\n${text}`, published: document.dct }),
      );
    }
  }
  return articles;
}

function percentile(sorted: number[], share: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * share))] ?? 0;
}

function measure(
  articles: Article[],
  run: (article: Article) => unknown,
): { median: number; p95: number } {
  // One warm-up pass so JIT compilation and chrono's regex building are not counted.
  for (const article of articles) run(article);
  const perArticle = articles.map(() => Number.POSITIVE_INFINITY);
  for (let round = 0; round < ROUNDS; round++) {
    articles.forEach((article, index) => {
      const start = performance.now();
      run(article);
      perArticle[index] = Math.min(
        perArticle[index] ?? Number.POSITIVE_INFINITY,
        performance.now() - start,
      );
    });
  }
  const sorted = [...perArticle].sort((a, b) => a - b);
  return { median: percentile(sorted, 0.5), p95: percentile(sorted, 0.95) };
}

const articles = loadArticles();
if (articles.length > 0) {
  const reference = new Date(2025, 7, 20, 12);
  const rows: [string, (article: Article) => unknown][] = [
    ["extractFacts (all facts, quotes included)", extractFacts],
    [
      "findDates (chrono-node + news rules)",
      (article) => findDates(article.body, article.published?.date),
    ],
    ["findNames (people, organisations, places)", (article) => findNames(article.body)],
    ["findNumbers", (article) => findNumbers(article.body)],
    ["extractQuotes (other stage, for reference)", extractQuotes],
    [
      "chrono-node casual parse alone (comparison)",
      (article) => chrono.en.casual.parse(article.body, reference),
    ],
  ];
  const averageChars = Math.round(
    articles.reduce((total, article) => total + article.body.length, 0) / articles.length,
  );
  console.log(
    `\n### Facts extraction, ${articles.length} articles (mean body ${averageChars} chars), best of ${ROUNDS} rounds\n`,
  );
  console.log("| step | median ms/article | p95 ms/article |");
  console.log("| --- | ---: | ---: |");
  let factsMedian = 0;
  for (const [name, run] of rows) {
    const { median, p95 } = measure(articles, run);
    if (name.startsWith("extractFacts")) factsMedian = median;
    console.log(`| ${name} | ${median.toFixed(2)} | ${p95.toFixed(2)} |`);
  }
  console.log(
    `\nBar: median <= ${BAR_MS} ms per article for all facts: ${factsMedian <= BAR_MS ? "met" : "NOT met"} (${factsMedian.toFixed(2)} ms).`,
  );
  console.log(
    "compromise (named-entity library) is not installed; the issue measured it at ~25 ms per article.",
  );
}
