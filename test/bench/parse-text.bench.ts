// Plain-text parsing speed: median and 95th percentile per page over the naeb whole-page
// texts (menus, footers and all) and the seed articles, beside the naive baseline a user
// might write (first line as headline, the rest as body). No JavaScript library parses
// copied page text, so that baseline is the alternative.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseArticle } from "../../src/parse/index.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

if (!hasShared) {
  console.log(sharedMissing);
  process.exit(0);
}

function readTexts(folder: string): string[] {
  return readdirSync(folder)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => readFileSync(join(folder, name), "utf8"));
}

function timeEach(texts: string[], run: (text: string) => unknown, rounds = 3): number[] {
  for (const text of texts.slice(0, 20)) run(text); // warm up the JIT
  const times: number[] = [];
  for (const text of texts) {
    let best = Number.POSITIVE_INFINITY;
    for (let round = 0; round < rounds; round++) {
      const started = performance.now();
      run(text);
      best = Math.min(best, performance.now() - started);
    }
    times.push(best);
  }
  return times.sort((a, b) => a - b);
}

const quantile = (sorted: number[], q: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;

const naive = (text: string) => {
  const [headline, ...rest] = text.split("\n");
  return { headline, body: rest.join("\n") };
};

const sets: [string, string[]][] = [
  ["naeb whole-page text", readTexts(join(sharedDir, "corpora", "naeb", "plaintext"))],
  ["seed articles", readTexts(join(sharedDir, "seeds"))],
];

console.log(
  "| pages | n | corroborate median ms | p95 ms | naive first-line split median ms | bar |",
);
console.log("|---|---|---|---|---|---|");
for (const [name, texts] of sets) {
  const ours = timeEach(texts, (text) => parseArticle({ text }));
  const baseline = timeEach(texts, naive);
  const median = quantile(ours, 0.5);
  console.log(
    `| ${name} | ${texts.length} | ${median.toFixed(2)} | ${quantile(ours, 0.95).toFixed(2)} | ${quantile(baseline, 0.5).toFixed(3)} | ${median <= 5 ? "ok (<= 5 ms)" : "OVER 5 ms"} |`,
  );
}
