// Runs every example in docs/examples, as a user would, and fails if any of them fails.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join } from "node:path";

const dir = join(import.meta.dirname, "..", "docs", "examples");
const examples = readdirSync(dir)
  .filter((name) => name.endsWith(".ts"))
  .sort();
let failures = 0;
for (const name of examples) {
  const result = spawnSync(process.execPath, ["--import", "tsx", join(dir, name)], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
  });
  const ok = result.status === 0;
  if (!ok) failures++;
  console.log(`${ok ? "ok  " : "FAIL"} docs/examples/${name}`);
  if (!ok) console.log(result.stdout.slice(-2000), result.stderr.slice(-2000));
}
console.log(`${examples.length - failures} of ${examples.length} examples ran`);
process.exitCode = failures === 0 ? 0 : 1;
