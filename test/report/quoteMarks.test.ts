import { describe, expect, it } from "vitest";
import { differencesByArticle } from "../../src/report/differencesByArticle.js";
import { type MarkedSegment, markVariant } from "../../src/report/quoteMarks.js";
import type { QuoteGroup, QuoteVariant, WordDifference } from "../../src/types.js";

// Two articles' bodies and one statement: b quotes a's words with one word replaced, one
// added, one dropped, and the statement broken by its attribution.
const bodyA = "“We dropped both anchors, but the current was far stronger,” Berg said.";
const bodyB = "“We dropped the anchors fast,” Berg said. “But the current was stronger.”";

function variant(articleId: string, body: string, pieces: [string][]): QuoteVariant {
  const spans = pieces.map(([text]) => {
    const start = body.indexOf(text);
    return { quoteId: `q${start}`, text, start, end: start + text.length };
  });
  const first = spans[0] ?? { quoteId: "q", start: 0, end: 0 };
  const last = spans.at(-1) ?? first;
  return {
    articleId,
    quoteId: first.quoteId,
    text: spans.map((span) => span.text).join(" "),
    start: first.start,
    end: last.end,
    pieces: spans,
    kind: "direct",
    role: articleId === "a" ? "root" : "variant",
    similarity: 1,
  };
}

function difference(
  kind: WordDifference["kind"],
  text: string,
  rootText: string,
  at = text,
): WordDifference {
  const start = bodyB.indexOf(at) + (text === "" ? at.length : 0);
  const rootStart = bodyA.indexOf(rootText);
  return {
    kind,
    articleId: "b",
    quoteId: "q",
    text,
    start,
    end: start + text.length,
    rootText,
    rootStart,
    rootEnd: rootStart + rootText.length,
  };
}

const group: QuoteGroup = {
  id: "qg-1",
  storyId: "s",
  articleIds: ["a", "b"],
  variants: [
    variant("a", bodyA, [["We dropped both anchors, but the current was far stronger"]]),
    variant("b", bodyB, [["We dropped the anchors fast"], ["But the current was stronger."]]),
  ],
  alignment: {
    root: 0,
    columns: 0,
    rows: [],
    differences: [
      difference("added", "fast", ""),
      difference("replaced", "the", "both", "the anchors"),
      difference("dropped", "", "far", "But the current was "),
    ],
  },
};

function show(segments: MarkedSegment[]): string {
  return segments
    .map((segment) =>
      segment.kind === "same"
        ? segment.text
        : segment.kind === "gap"
          ? " … "
          : `<${segment.kind}:${segment.text}${segment.rootText ? `/${segment.rootText}` : ""}>`,
    )
    .join("");
}

describe("markVariant", () => {
  const differences = differencesByArticle(group);
  const cases: [string, number, string, string][] = [
    [
      "the root reads as it is",
      0,
      bodyA,
      "We dropped both anchors, but the current was far stronger",
    ],
    [
      "a variant shows its replaced, added and dropped words, and the gap between its pieces",
      1,
      bodyB,
      "We dropped <replaced:the/both> anchors <added:fast> … But the current was <dropped:/far>stronger.",
    ],
  ];
  it.each(cases)("%s", (_name, index, body, expected) => {
    const articleId = group.variants[index]?.articleId ?? "";
    expect(show(markVariant(group, index, body, differences.get(articleId) ?? []))).toBe(expected);
  });

  it("returns nothing for a variant that is not there", () => {
    expect(markVariant(group, 5, bodyA, [])).toEqual([]);
  });
});
