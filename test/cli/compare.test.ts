import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import packageJson from "../../package.json" with { type: "json" };
import { runCli } from "../../src/cli/runCli.js";
import { COMPARISON_VERSION } from "../../src/compare/index.js";

function run(args: string[], errIsTerminal = false) {
  let out = "";
  let err = "";
  const code = runCli(args, {
    out: (text) => (out += text),
    err: (text) => (err += text),
    errIsTerminal,
  });
  return { code, out, err };
}

const ferry = new URL("../../docs/examples/ferry/", import.meta.url).pathname;

function ferryCopy(): string {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-compare-"));
  cpSync(ferry, folder, { recursive: true });
  return folder;
}

describe("corroborate compare", () => {
  const formats: [string, string[], (out: string) => unknown, unknown][] = [
    ["json", ["--format", "json"], (out) => JSON.parse(out).articles.length, 5],
    ["markdown (the default)", [], (out) => out.split("\n")[0], "# corroborate report"],
    ["html", ["--format=html"], (out) => out.slice(0, 15), "<!doctype html>"],
    [
      "markdown by -f",
      ["-f", "markdown"],
      (out) => /^5 articles · 1 story · \d+ findings?\b/u.test(out.split("\n")[2] ?? ""),
      true,
    ],
  ];
  it.each(formats)("prints the report of a folder as %s", (_name, flags, read, expected) => {
    const { code, out, err } = run(["compare", ferry, ...flags]);
    expect(err).toBe("");
    expect(code).toBe(0);
    expect(read(out)).toEqual(expected);
  });

  const outFiles: [string, (file: string) => string[], string][] = [
    ["--out FILE", (file) => ["--out", file], "report.md"],
    ["--out=FILE", (file) => [`--out=${file}`], "report.html"],
    ["-o FILE", (file) => ["-o", file], "report.json"],
  ];
  it.each(outFiles)("writes %s, its format from the extension", (_name, flags, name) => {
    const file = join(mkdtempSync(join(tmpdir(), "corroborate-out-")), name);
    const { code, out } = run(["compare", ferry, ...flags(file)]);
    expect(code).toBe(0);
    expect(out).toBe("");
    const text = readFileSync(file, "utf8");
    const first = name.endsWith(".json")
      ? JSON.parse(text).version
      : name.endsWith(".html")
        ? text.slice(0, 15)
        : text.split("\n")[0];
    expect(first).toBe(
      name.endsWith(".json")
        ? COMPARISON_VERSION
        : name.endsWith(".html")
          ? "<!doctype html>"
          : "# corroborate report",
    );
  });

  it("reports a bad file by name, skips it, compares the rest and exits 1", () => {
    const folder = ferryCopy();
    writeFileSync(join(folder, "broken.json"), "{ not json");
    writeFileSync(join(folder, "blank.txt"), "   \n");
    const { code, out, err } = run(["compare", folder, "--format", "json"]);
    expect(code).toBe(1);
    expect(JSON.parse(out).articles.map((article: { id: string }) => article.id)).toEqual([
      "coastline-daily",
      "harbour-herald",
      "kessby-courier",
      "northern-wire",
      "radio-nord",
    ]);
    const lines = err.trim().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^corroborate: .*blank\.txt.*empty-input|empty-input: .*blank\.txt/u);
    expect(lines[1]).toContain(join(folder, "broken.json"));
    expect(lines.every((line) => line.endsWith("(skipped)"))).toBe(true);
  });

  it("skips a second article with an id already taken, naming both files", () => {
    const other = mkdtempSync(join(tmpdir(), "corroborate-other-"));
    writeFileSync(join(other, "radio-nord.txt"), readFileSync(join(ferry, "radio-nord.txt")));
    const { code, err } = run(["compare", ferry, other, "--format", "json"]);
    expect(code).toBe(1);
    expect(err).toContain(
      `article id "radio-nord" is already taken by ${join(ferry, "radio-nord.txt")}`,
    );
  });

  it("refuses to write over an input file, and leaves it as it was", () => {
    const folder = ferryCopy();
    const input = join(folder, "radio-nord.txt");
    const before = readFileSync(input, "utf8");
    const { code, err } = run(["compare", folder, "-o", input]);
    expect(code).toBe(2);
    expect(err).toMatch(/is the input file/u);
    expect(readFileSync(input, "utf8")).toBe(before);
  });

  it("writes nothing, not even a partial file, when the output cannot be written", () => {
    const folder = mkdtempSync(join(tmpdir(), "corroborate-nowhere-"));
    const { code, err } = run(["compare", ferry, "-o", join(folder, "missing", "report.md")]);
    expect(code).toBe(2);
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(readdirSync(folder)).toEqual([]);
  });

  const failures: [string, string[], RegExp][] = [
    ["no files", ["compare"], /compare needs a folder or files/u],
    [
      "an unknown format",
      ["compare", ferry, "--format", "pdf"],
      /--format pdf: use json, markdown or html/u,
    ],
    ["an unknown option", ["compare", ferry, "--colour"], /Unknown option '--colour'/u],
    [
      "a bad --published",
      ["compare", ferry, "--published", "10/06/2025"],
      /--published 10\/06\/2025/u,
    ],
    [
      "a folder with no article",
      ["compare", mkdtempSync(join(tmpdir(), "corroborate-none-"))],
      /no article files/u,
    ],
    ["a missing path", ["compare", join(ferry, "nope")], /ENOENT|no such file/u],
  ];
  it.each(failures)("exits 2 with one line on stderr for %s", (_name, args, message) => {
    const { code, out, err } = run(args);
    expect(code).toBe(2);
    expect(out).toBe("");
    expect(err.trim().split("\n")).toHaveLength(1);
    expect(err).toMatch(message);
  });

  it("exits 2 with one line naming a bad file given alone", () => {
    const folder = mkdtempSync(join(tmpdir(), "corroborate-one-"));
    writeFileSync(join(folder, "b.txt"), "  ");
    const { code, out, err } = run(["compare", join(folder, "b.txt")]);
    expect({ code, out }).toEqual({ code: 2, out: "" });
    expect(err).toBe(
      `corroborate: empty-input: ${join(folder, "b.txt")}: text is empty (it holds only whitespace or invisible characters)\n`,
    );
  });

  it("exits 2 when every file is bad, naming each", () => {
    const folder = mkdtempSync(join(tmpdir(), "corroborate-bad-"));
    writeFileSync(join(folder, "a.json"), "[1]");
    writeFileSync(join(folder, "b.txt"), "");
    const { code, err } = run(["compare", folder]);
    expect(code).toBe(2);
    expect(
      err
        .trim()
        .split("\n")
        .map((line) => line.includes(folder)),
    ).toEqual([true, true]);
    expect(err).not.toMatch(/skipped/u);
  });
});

describe("progress on stderr", () => {
  const cases: [string, string[], boolean, RegExp | string][] = [
    ["nothing when stderr is not a terminal", [], false, ""],
    [
      "lines with --progress",
      ["--progress"],
      false,
      /^corroborate: reading 1 of 5 files…\n(.*\n)*corroborate: comparing 5 articles…\n/u,
    ],
    [
      "one line rewritten, then cleared, on a terminal",
      [],
      true,
      /^\r\u001b\[Kcorroborate: reading 1 of 5 files….*\r\u001b\[K$/su,
    ],
  ];
  it.each(cases)("%s", (_name, flags, terminal, expected) => {
    const { code, err } = run(["compare", ferry, "--format", "json", ...flags], terminal);
    expect(code).toBe(0);
    if (typeof expected === "string") expect(err).toBe(expected);
    else expect(err).toMatch(expected);
  });
});

describe("help, version and dates", () => {
  const helps: [string[], string][] = [
    [["--help"], "corroborate: compare how different outlets report the same news event"],
    [["compare", "--help"], "usage: corroborate compare <files or folders…> [options]"],
    [["group", "-h"], "usage: corroborate group <files or folders…> [options]"],
    [["parse", "--help"], "usage: corroborate parse <file> [options]"],
  ];
  it.each(helps)("%j prints its help", (args, first) => {
    const { code, out } = run(args);
    expect(code).toBe(0);
    expect(out.split("\n")[0]).toBe(first);
  });

  it("--version prints the package's version", () => {
    expect(run(["--version"])).toEqual({ code: 0, out: `${packageJson.version}\n`, err: "" });
  });

  it("--published dates an article that gives no date", () => {
    const folder = mkdtempSync(join(tmpdir(), "corroborate-dates-"));
    const file = join(folder, "note.txt");
    writeFileSync(
      file,
      "Bridge reopens\n\nThe Elm Street bridge reopened to traffic on Monday after eight months of repairs.",
    );
    const { code, out } = run(["parse", file, "--published", "2025-06-11"]);
    expect(code).toBe(0);
    const article = JSON.parse(out);
    expect(article.published).toMatchObject({ date: "2025-06-11", source: "input" });
  });
});

describe("the built command in a pipe", () => {
  it("ends quietly when the reader stops early (| head)", () => {
    const script = `node --import tsx src/cli/main.ts compare ${JSON.stringify(ferry)} --format json | head -c 20 >/dev/null; echo "exit \${PIPESTATUS[0]}" >&2`;
    const result = spawnSync("bash", ["-c", script], { encoding: "utf8" });
    expect(result.stderr).toBe("exit 0\n");
  });
});
