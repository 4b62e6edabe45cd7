/**
 * Quote extraction time per article over the PolNeAR texts (train + dev, body after the
 * headline line) and the seed articles. Run: `npx tsx test/bench/quotes.bench.ts`.
 * Prints a markdown table: median, p90 and mean milliseconds per article against the
 * budget of DESIGN.md (quotes ≤ 2 ms median per article).
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { extractQuotes } from "../../src/extract/index.js";
import type { Article } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { sharedDir } from "../helpers/shared.js";

const BUDGET_MS = 2;
const ROUNDS = 5;

function polnearArticles(): Article[] {
  const articles: Article[] = [];
  for (const split of ["train", "dev"]) {
    const folder = join(sharedDir, "corpora", "polnear", split);
    if (!existsSync(folder)) continue;
    for (const name of readdirSync(folder)
      .filter((entry) => entry.endsWith(".txt"))
      .sort()) {
      const text = readFileSync(join(folder, name), "utf8");
      articles.push(articleFromBody(text.slice(text.indexOf("\n") + 1), { id: name }));
    }
  }
  return articles;
}

function seedArticles(): Article[] {
  const folder = join(sharedDir, "seeds");
  if (!existsSync(folder)) return [];
  return readdirSync(folder)
    .filter((entry) => entry.endsWith(".txt"))
    .sort()
    .map((name) => articleFromBody(readFileSync(join(folder, name), "utf8"), { id: name }));
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Number.NaN;
}

/** Per article, the fastest of several rounds: the cost of the code, not of the machine's other load. */
function timeArticles(articles: Article[]): { perArticle: number[]; quotes: number } {
  const best = new Array<number>(articles.length).fill(Number.POSITIVE_INFINITY);
  let quotes = 0;
  for (let round = 0; round < ROUNDS; round++) {
    articles.forEach((article, index) => {
      const started = performance.now();
      const found = extractQuotes(article);
      const elapsed = performance.now() - started;
      if (round === 0) quotes += found.length;
      if (elapsed < (best[index] ?? Number.POSITIVE_INFINITY)) best[index] = elapsed;
    });
  }
  return { perArticle: best, quotes };
}

const sets = [
  { name: "PolNeAR train+dev", articles: polnearArticles() },
  { name: "seeds", articles: seedArticles() },
].filter((set) => set.articles.length > 0);

if (sets.length === 0) {
  console.log(`../shared not found at ${sharedDir}: nothing to benchmark`);
} else {
  // Warm up the JIT on everything once.
  for (const set of sets) for (const article of set.articles) extractQuotes(article);
  console.log("### extractQuotes: time per article\n");
  console.log("| set | articles | quotes | median ms | p90 ms | mean ms | budget (median) |");
  console.log("|---|---:|---:|---:|---:|---:|---|");
  for (const set of sets) {
    const { perArticle, quotes } = timeArticles(set.articles);
    const sorted = [...perArticle].sort((a, b) => a - b);
    const median = quantile(sorted, 0.5);
    const mean = perArticle.reduce((sum, value) => sum + value, 0) / perArticle.length;
    const verdict = median <= BUDGET_MS ? `≤ ${BUDGET_MS} ms: ok` : `> ${BUDGET_MS} ms: OVER`;
    console.log(
      `| ${set.name} | ${set.articles.length} | ${quotes} | ${median.toFixed(3)} | ${quantile(sorted, 0.9).toFixed(3)} | ${mean.toFixed(3)} | ${verdict} |`,
    );
  }
  console.log(`\nEach article's time is the fastest of ${ROUNDS} rounds after one warm-up pass.`);
}
