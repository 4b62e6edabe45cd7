/**
 * compareArticles end to end on one story of 50 articles (DESIGN: under 1 s): every article
 * given as plain text, so parsing, facts, grouping, linking, alignment, the six rules and
 * the exclusives are all timed. The story is the generated press conference of
 * test/helpers/pressStory.ts (50 outlets quoting one invented event in their own ways);
 * larger sizes show that the cost grows linearly.
 *
 * Run: npm run bench -- compare   (or npx tsx test/bench/compare.bench.ts [--sizes 50,200])
 */
import { compareArticles } from "../../src/compare/index.js";
import { pressStory } from "../helpers/pressStory.js";
import { argument, timeIt } from "./benchArgs.js";

const BUDGET_MS = 1000;
const ROUNDS = 5;

const sizes = argument("sizes", "50,200").split(",").map(Number);

console.log("### compareArticles: one story, plain-text inputs, end to end\n");
console.log("| articles | wall ms (median) | CPU ms | articles/s | findings | budget |");
console.log("|---:|---:|---:|---:|---:|---|");
for (const size of sizes) {
  const inputs = pressStory(size, 1).articles.map((article) => ({
    id: article.id,
    text: article.body,
    published: "2025-05-14",
  }));
  let findings = 0;
  const { wall: ms, cpu } = timeIt(() => {
    findings = compareArticles(inputs).discrepancies.length;
  }, ROUNDS);
  const verdict =
    size === 50 ? (ms <= BUDGET_MS ? `≤ ${BUDGET_MS} ms: ok` : `> ${BUDGET_MS} ms: OVER`) : "";
  console.log(
    `| ${size} | ${ms.toFixed(0)} | ${cpu.toFixed(0)} | ${((size / ms) * 1000).toFixed(0)} | ${findings} | ${verdict} |`,
  );
}
console.log("\nMedians of several runs after a warm-up run, on one core.");
