import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "corroborate-cli-"));
const story =
  "Bridge reopens after repairs\nBy Lena Brandt\n\nThe Elm Street bridge reopened to traffic on Monday after eight months of repairs, the city said.";
writeFileSync(join(dir, "bridge.txt"), story);
writeFileSync(join(dir, "empty.txt"), "  ");
writeFileSync(join(dir, "broken.json"), "{ not json");
writeFileSync(
  join(dir, "page.html"),
  "<html><head><title>Bridge reopens</title></head><body><article><h1>Bridge reopens</h1><p>The Elm Street bridge reopened to traffic on Monday after eight months of repairs, the city said in a statement on its website.</p><p>Drivers had used a detour through the industrial estate since the spring, adding about ten minutes to the trip.</p></article></body></html>",
);
writeFileSync(join(dir, "inputs.json"), JSON.stringify({ text: story, published: "2025-06-02" }));

describe("corroborate CLI", () => {
  it("parse prints the Article as JSON with the file name as id", () => {
    const { code, out, err } = run(["parse", join(dir, "bridge.txt")]);
    expect(code).toBe(0);
    expect(err).toBe("");
    const article = JSON.parse(out);
    expect(article).toMatchObject({
      id: "bridge",
      headline: "Bridge reopens after repairs",
      authors: ["Lena Brandt"],
    });
  });

  it("parse reads HTML and JSON inputs", () => {
    expect(JSON.parse(run(["parse", join(dir, "page.html")]).out).headline).toBe("Bridge reopens");
    expect(JSON.parse(run(["parse", join(dir, "inputs.json")]).out).published.date).toBe(
      "2025-06-02",
    );
  });

  it("writes --out only on success", () => {
    const target = join(dir, "out.json");
    expect(run(["parse", join(dir, "bridge.txt"), "--out", target]).code).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8")).id).toBe("bridge");
  });

  it("group reads a folder and prints story groups", () => {
    const folder = mkdtempSync(join(tmpdir(), "corroborate-group-"));
    for (const name of ["gazette", "wire", "post"]) {
      writeFileSync(
        join(folder, `${name}.txt`),
        readFileSync(
          new URL(
            `../../docs/examples/articles/${name === "gazette" ? "harbour-gazette" : name === "wire" ? "coastal-wire" : "evening-post"}.txt`,
            import.meta.url,
          ),
          "utf8",
        ),
      );
    }
    writeFileSync(join(folder, "notes.pdf"), "not an article");
    const { code, out } = run(["group", folder]);
    expect(code).toBe(0);
    const groups = JSON.parse(out) as { articleIds: string[] }[];
    expect(groups.map((group) => [...group.articleIds].sort())).toEqual([
      ["gazette", "post", "wire"],
    ]);
  });

  const failures: [string, string[], RegExp][] = [
    ["no command", [], /usage/],
    ["an unknown command", ["frobnicate"], /unknown command/],
    ["a missing file", ["parse", join(dir, "nope.txt")], /ENOENT|no such file/],
    ["an empty file", ["parse", join(dir, "empty.txt")], /empty-input/],
    ["broken JSON", ["parse", join(dir, "broken.json")], /not valid JSON/],
    ["an unsupported type", ["parse", join(dir, "x.pdf")], /unsupported file type/],
    ["two files to parse", ["parse", "a.txt", "b.txt"], /exactly one file/],
    ["group without files", ["group"], /needs a folder/],
    [
      "an empty folder",
      ["group", mkdtempSync(join(tmpdir(), "corroborate-empty-"))],
      /no article files/,
    ],
  ];
  it.each(failures)("exits 2 with one line on stderr for %s", (_name, args, message) => {
    const { code, out, err } = run(args);
    expect(code).toBe(2);
    if (args.length > 0) {
      expect(out).toBe("");
      expect(err.trim().split("\n")).toHaveLength(1);
      expect(err).toMatch(message);
    } else {
      expect(out).toMatch(message);
    }
  });
});
