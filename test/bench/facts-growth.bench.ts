/**
 * How findNumbers and findDates grow on hostile input: `npm run bench -- facts-growth`.
 * Each input is doubled from 125 KB to 2 MB and each step's time is printed with its
 * growth over the previous size; a linear step roughly doubles (×2), a quadratic one
 * quadruples (×4). findNumbers is given findDates' spans, as extractFacts gives them, so a
 * text dense with dates exercises the overlap check (once an all-pairs loop: 2 MB of dates
 * took 21.6 s).
 */
import { findDates } from "../../src/extract/findDates.js";
import { findNumbers } from "../../src/extract/findNumbers.js";
import type { Span } from "../../src/types.js";

const SIZES = [125_000, 250_000, 500_000, 1_000_000, 2_000_000];
const PUBLISHED = "2025-08-21";

// Our own hostile patterns: dates and counts packed together, bare digits, phone and score
// shapes, number words and idioms back to back.
const INPUTS: [string, string][] = [
  ["dense dates and numbers", "On 20 Aug 2025 about 300 rounds, 12 drones; "],
  ["spaced digits", "9 "],
  ["dashed figures", "won 3-1 555-0143 10-15 "],
  ["number words and idioms", "first and foremost twenty-first third countries three rounds of "],
  ["weekdays and months", "Monday March 3 Sept. last week "],
];

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.ceil(size / unit.length)).slice(0, size);
}

const ROUNDS = 2;

// Best of a few rounds, each after a collection (the runner passes --expose-gc), so that a
// collection of the previous size's garbage is not charged to this one.
function timed<T>(run: () => T): { result: T; ms: number } {
  let best = Number.POSITIVE_INFINITY;
  let result = run();
  for (let round = 0; round < ROUNDS; round++) {
    globalThis.gc?.();
    const start = performance.now();
    result = run();
    best = Math.min(best, performance.now() - start);
  }
  return { result, ms: best };
}

function growth(previous: number | undefined, ms: number): string {
  return previous === undefined || previous === 0 ? "" : `×${(ms / previous).toFixed(1)}`;
}

const firstTimes = new Map<string, [number, number]>();
const lastTimes = new Map<string, [number, number]>();
console.log("\n### findNumbers and findDates on hostile input, doubling sizes\n");
console.log("| input | size | findDates ms | growth | findNumbers ms | growth |");
console.log("| --- | ---: | ---: | ---: | ---: | ---: |");
for (const [name, unit] of INPUTS) {
  let previousDates: number | undefined;
  let previousNumbers: number | undefined;
  for (const size of SIZES) {
    const text = repeatTo(unit, size);
    const dates = timed(() => findDates(text, PUBLISHED));
    const spans: Span[] = dates.result;
    const numbers = timed(() => findNumbers(text, spans));
    console.log(
      `| ${name} | ${size / 1000} KB | ${dates.ms.toFixed(0)} | ${growth(previousDates, dates.ms)} | ${numbers.ms.toFixed(0)} | ${growth(previousNumbers, numbers.ms)} |`,
    );
    previousDates = dates.ms;
    previousNumbers = numbers.ms;
    if (size === SIZES[0]) firstTimes.set(name, [dates.ms, numbers.ms]);
    if (size === SIZES[SIZES.length - 1]) lastTimes.set(name, [dates.ms, numbers.ms]);
  }
}
const sizeGrowth = (SIZES[SIZES.length - 1] ?? 0) / (SIZES[0] ?? 1);
console.log(
  `\nOver the whole range the input grows ×${sizeGrowth}; linear time grows about as much.`,
);
for (const [name] of INPUTS) {
  const [firstDates = 0, firstNumbers = 0] = firstTimes.get(name) ?? [];
  const [lastDates = 0, lastNumbers = 0] = lastTimes.get(name) ?? [];
  console.log(
    `- ${name}: findDates ${growth(firstDates, lastDates)}, findNumbers ${growth(firstNumbers, lastNumbers)}`,
  );
}
