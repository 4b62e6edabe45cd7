import { describe, expect, it } from "vitest";
import { escapeHtml, escapeMarkdown } from "../../src/report/index.js";

describe("escapeHtml", () => {
  const cases: [string, string][] = [
    ["plain words", "plain words"],
    ["<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"],
    ['<img src=x onerror="alert(1)">', "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;"],
    ["Lord's & Sons", "Lord&#39;s &amp; Sons"],
    ["&amp; stays text", "&amp;amp; stays text"],
    ["Zelenskyy’s «кавычки»", "Zelenskyy’s «кавычки»"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(escapeHtml(input)).toBe(expected);
  });
});

describe("escapeMarkdown", () => {
  const cases: [string, string][] = [
    ["Ferry runs aground", "Ferry runs aground"],
    ["<script>alert(1)</script>", "\\<script\\>alert(1)\\</script\\>"],
    ["a | b", "a \\| b"],
    ["*not* _emphasis_ `code`", "\\*not\\* \\_emphasis\\_ \\`code\\`"],
    ["[link](javascript:x)", "\\[link\\](javascript:x)"],
    ["two\nlines \r\n here", "two lines here"],
    ["back\\slash", "back\\\\slash"],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(escapeMarkdown(input)).toBe(expected);
  });
});
