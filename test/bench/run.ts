// `npm run bench`: runs every test/bench/*.bench.ts in its own process (so one bench's
// memory does not skew the next), one after another, and prints their tables.
// Pass names to run only some: `npm run bench -- group parse-text`.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = import.meta.dirname;
const wanted = process.argv.slice(2);
const benches = readdirSync(dir)
  .filter((name) => name.endsWith(".bench.ts"))
  .filter((name) => wanted.length === 0 || wanted.includes(name.replace(/\.bench\.ts$/u, "")))
  .sort();
let failures = 0;
for (const name of benches) {
  console.log(`\n# ${name.replace(/\.bench\.ts$/u, "")}\n`);
  const result = spawnSync(process.execPath, ["--expose-gc", "--import", "tsx", join(dir, name)], {
    stdio: "inherit",
  });
  if (result.status !== 0) failures++;
}
process.exitCode = failures === 0 ? 0 : 1;
