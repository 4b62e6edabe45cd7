import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, truncateSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runCli } from "../../src/cli/runCli.js";

function run(args: string[]) {
  let out = "";
  let err = "";
  const code = runCli(args, { out: (text) => (out += text), err: (text) => (err += text) });
  return { code, out, err };
}

const dir = mkdtempSync(join(tmpdir(), "corroborate-reliability-cli-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const story =
  "Ferry strike ends\n\nCrews on the Haldenby ferry voted on Tuesday to return to work after a two-week strike.";

// Issue 13, item 7: each hostile file gets one line on stderr and exit code 2.
describe("corroborate CLI on hostile files", () => {
  it("refuses --out naming the input, and leaves the input as it was", () => {
    const input = join(dir, "story.txt");
    writeFileSync(input, story);
    const result = run(["parse", input, "--out", input]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/^corroborate: invalid-input: --out .* is the input file/u);
    expect(readFileSync(input, "utf8")).toBe(story);
  });

  it("refuses a file over the cap by its size, before reading it", () => {
    const huge = join(dir, "huge.txt");
    writeFileSync(huge, "");
    truncateSync(huge, 600 * 1024 * 1024);
    const result = run(["parse", huge]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/input-too-large: .*629145600 bytes/u);
  });

  it("refuses a FIFO instead of waiting for a writer", () => {
    const fifo = join(dir, "pipe.txt");
    const made = spawnSync("mkfifo", [fifo]);
    if (made.status !== 0) return; // no mkfifo on this system
    const result = run(["parse", fifo]);
    expect(result.code).toBe(2);
    expect(result.err).toMatch(/is not a regular file/u);
  });

  it("refuses a JSON file holding an empty array", () => {
    const empty = join(dir, "empty.json");
    writeFileSync(empty, "[]");
    expect(run(["parse", empty])).toMatchObject({ code: 2, out: "" });
    expect(run(["group", empty]).err).toMatch(/empty-input: .* holds an empty array/u);
  });

  it.each([
    [
      "a stray byte",
      Buffer.from([...Buffer.from("Ferry strike ends\n\nCrews voted "), 0xff, 0x2e]),
    ],
    ["Latin-1 text", Buffer.from("Crews in Malmö voted on Tuesday.", "latin1")],
  ])("refuses a .txt holding %s, saying it is not UTF-8", (_name, bytes) => {
    const file = join(dir, "latin.txt");
    writeFileSync(file, bytes);
    expect(run(["parse", file]).err).toMatch(
      /binary-input: .* is not UTF-8 text \(first bad byte at offset \d+\)/u,
    );
  });

  it("reads a .txt in UTF-16 with its byte-order mark", () => {
    const file = join(dir, "wide.txt");
    writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(story, "utf16le")]));
    expect(JSON.parse(run(["parse", file]).out).headline).toBe("Ferry strike ends");
  });

  it("writes --out whole, leaving no partial file beside it", () => {
    const input = join(dir, "story2.txt");
    const target = join(dir, "result.json");
    writeFileSync(input, story);
    expect(run(["parse", input, "--out", target]).code).toBe(0);
    expect(JSON.parse(readFileSync(target, "utf8")).headline).toBe("Ferry strike ends");
    expect(spawnSync("ls", ["-a", dir], { encoding: "utf8" }).stdout).not.toMatch(/partial/u);
  });
});
