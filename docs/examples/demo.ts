// The demo behind `npm run demo`: five outlets on one invented event (a ferry grounding
// outside the port of Kessby, written for this repository, in docs/examples/ferry),
// compared, and the Markdown report printed. The story was written with one planted
// difference of every kind beside compatible variants that are not discrepancies; the
// demo ends by saying which planted differences the report shows.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compareArticles, renderMarkdown } from "corroborate";
import { COMPATIBLE, checkPlants } from "./lib/ferryPlants.js";

const folder = join(import.meta.dirname, "ferry");
const inputs = readdirSync(folder)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ id: basename(name, ".txt"), text: readFileSync(join(folder, name), "utf8") }));

const comparison = compareArticles(inputs);
process.stdout.write(renderMarkdown(comparison));

const { found, missed, unexplained } = checkPlants(comparison);
const lines = [
  "",
  "---",
  "",
  `Planted differences the report shows: ${found.length} of ${found.length + missed.length}`,
  ...found.map((planted) => `- found ${planted.kind}: ${planted.says}`),
  ...missed.map((planted) => `- MISSED ${planted.kind}: ${planted.says}`),
  "",
  `Findings that no planted difference explains: ${unexplained.length}`,
  ...unexplained.map((finding) => `- ${finding.kind}: ${finding.message}`),
  "",
  "Compatible variants in the story, which should not be findings:",
  ...COMPATIBLE.map((variant) => `- ${variant}`),
];
console.log(lines.join("\n"));
// The demo is also a check: CI runs it, and a missed plant or a stray finding fails it.
if (missed.length > 0 || unexplained.length > 0) process.exitCode = 1;
