/**
 * Scaling of every pathological shape of issue 13 (test/helpers/hostileShapes.ts): each
 * input doubles from 125 KB to 2 MB, and the table prints the time, the time per MB and
 * the growth from one size to the next (about 2x is linear, about 4x quadratic). Each
 * run is a fresh process with a time limit, so one slow shape cannot hide the others.
 *
 * Run: npm run bench -- hostile   (or npx tsx test/bench/hostile.bench.ts [--sizes …] [--limit 30])
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { hostileShapes } from "../helpers/hostileShapes.js";
import { argument } from "./benchArgs.js";

// Child mode: build one shape at one size, run it once to compile, time a second run.
const childShape = process.env.HOSTILE_SHAPE;
if (childShape !== undefined) {
  const shape = hostileShapes.find((candidate) => candidate.name === childShape);
  const size = Number(process.env.HOSTILE_SIZE);
  if (shape === undefined) process.exit(3);
  const input = shape.build(size);
  let outcome = "result";
  const started = performance.now();
  try {
    shape.run(input);
  } catch (error) {
    outcome = (error as Error).name === "CorroborateError" ? "CorroborateError" : "RAW ERROR";
  }
  process.stdout.write(`${((performance.now() - started) / 1000).toFixed(3)} ${outcome}`);
  process.exit(0);
}

const sizes = argument("sizes", "125000,250000,500000,1000000,2000000").split(",").map(Number);
const limitSeconds = Number(argument("limit", "30"));

console.log("\n## Hostile input: time as the input doubles (one fresh process per cell)\n");
console.log(
  `| shape | item | owner | ${sizes.map((size) => `${size / 1000} KB`).join(" | ")} | s per MB at ${(sizes.at(-1) ?? 0) / 1e6} MB | growth per doubling |`,
);
console.log(`|---|---|---|${sizes.map(() => "---:").join("|")}|---:|---|`);
for (const shape of hostileShapes) {
  const seconds: (number | undefined)[] = [];
  const cells: string[] = [];
  for (const size of sizes) {
    if (seconds.length > 0 && seconds.at(-1) === undefined) {
      cells.push("—");
      seconds.push(undefined);
      continue;
    }
    const child = spawnSync(process.execPath, ["--import", "tsx", fileURLToPath(import.meta.url)], {
      encoding: "utf8",
      timeout: limitSeconds * 1000,
      env: { ...process.env, HOSTILE_SHAPE: shape.name, HOSTILE_SIZE: String(size) },
    });
    const [time, outcome] = child.stdout.trim().split(" ");
    if (child.status !== 0 || time === undefined) {
      cells.push(child.signal === null ? "crashed" : `> ${limitSeconds} s`);
      seconds.push(undefined);
      continue;
    }
    seconds.push(Number(time));
    cells.push(`${Number(time).toFixed(2)} s${outcome === "result" ? "" : ` (${outcome})`}`);
  }
  const growth: string[] = [];
  for (let index = 1; index < seconds.length; index++) {
    const before = seconds[index - 1];
    const after = seconds[index];
    if (before !== undefined && after !== undefined) {
      growth.push(`${(after / Math.max(before, 0.001)).toFixed(1)}x`);
    }
  }
  const last = seconds.at(-1);
  const lastSize = sizes.at(-1) ?? 1;
  const perMb = last === undefined ? "—" : `${(last / (lastSize / 1e6)).toFixed(2)}`;
  console.log(
    `| ${shape.name} | ${shape.item} | ${shape.owner} | ${cells.join(" | ")} | ${perMb} | ${growth.join(" ")} |`,
  );
}
