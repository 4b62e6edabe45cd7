import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";
import { ComparisonSchema } from "../../src/compare/index.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

// Issue 12's bar: `corroborate compare` on the seed folder in all three formats.
function run(args: string[]) {
  let out = "";
  let err = "";
  const code = runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

describe.skipIf(!hasShared)("corroborate compare on the seed folder", () => {
  if (!hasShared) console.warn(sharedMissing);
  const seeds = join(sharedDir, "seeds");

  it.each([
    ["json", (out: string) => ComparisonSchema.safeParse(JSON.parse(out)).success],
    ["markdown", (out: string) => out.startsWith("# corroborate report\n")],
    [
      "html",
      (out: string) => out.startsWith("<!doctype html>") && out.trimEnd().endsWith("</html>"),
    ],
  ])("prints a whole %s report with no error", (format, whole) => {
    const { code, out, err } = run(["compare", seeds, "--format", format]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(whole(out)).toBe(true);
  });
});
