import { describe, expect, it } from "vitest";
import { renderMarkdown } from "../../src/report/index.js";
import { ferryComparison, hostileComparison } from "../helpers/comparison.js";

describe("renderMarkdown on the ferry story", () => {
  const markdown = renderMarkdown(ferryComparison());
  const lines = markdown.split("\n");

  const expectedLines: [string, string][] = [
    ["the summary", "5 articles · 1 story · 3 findings (2 conflicts, 1 difference)"],
    ["the story", "## Story 1: 221 passengers rescued as ferry grounds near Kessby"],
    [
      "an outlet's row",
      "| kessby-courier | Ferry runs aground off Kessby; all 212 passengers brought ashore | 2025-06-10 (text, confidence 0.7) | Marta Holm |",
    ],
    [
      "the odd day on the timeline",
      "- **2025-06-09 Mon**: The Harbour Herald event “Monday”, “June 9”",
    ],
    [
      "a finding",
      "1. **Conflict · number**: Three outlets say 212 passengers, one says 221. (`number/count`)",
    ],
    [
      "an outlet's words in their sentence",
      "   - coastline-daily: `221` “The ferry Solvang drifted onto a sandbank outside Kessby yesterday after its engines failed, and lifeboats took all **221** passengers and 31 crew ashore.”",
    ],
    [
      "a value from outside the body",
      "   - The Harbour Herald: `2025-06-12` “June 12, 2025” (from text, confidence 0.7)",
    ],
    [
      "a quote with its changed words marked",
      "- kessby-courier (variant, credited to Katarina Lindqvist): “Every passenger was off the [-vessel-]{+ship+} before midnight, and not one of them was [-badly-]{+seriously+} hurt. The crew did exactly what they had trained for,”",
    ],
    [
      "an exclusive",
      '- northern-wire, person **Jonas Ekstrom**: “Commander **Jonas Ekstrom** of the coast guard said the evacuation had been "textbook."”',
    ],
  ];
  it.each(expectedLines)("has %s", (_name, line) => {
    expect(lines).toContain(line);
  });

  it("puts the sections of each story in order", () => {
    const headings = lines.filter((line) => line.startsWith("### "));
    expect(headings).toEqual([
      "### Outlets",
      "### Timeline",
      "### Findings",
      "### Quotes",
      "### Only one outlet",
    ]);
  });

  it("lists conflicts before differences", () => {
    const findings = lines.filter((line) => /^\d+\. \*\*/u.test(line));
    expect(findings.map((line) => line.split("**")[1])).toEqual([
      "Conflict · number",
      "Conflict · date",
      "Difference · date",
    ]);
  });
});

describe("renderMarkdown on hostile text", () => {
  const markdown = renderMarkdown(hostileComparison());

  it("leaves no raw tag from article text", () => {
    // Outside code spans (which Markdown shows as text), every < is escaped.
    const raw = markdown.replace(/`[^`\n]*`/gu, "");
    expect(raw.match(/(?<!\\)</gu) ?? []).toEqual([]);
  });

  const shown: [string, string][] = [
    [
      "the forged headline",
      "\\<script\\>window.pwned = 'headline'\\</script\\>Kessby ferry grounding",
    ],
    ["the body's script", '\\<script\\>window.pwned = "body"\\</script\\>'],
    ["the message", "\\<script\\>window.pwned='message'\\</script\\> 212 against 221"],
  ];
  it.each(shown)("shows %s as text", (_name, text) => {
    expect(markdown).toContain(text);
  });
});
