import { describe, expect, it } from "vitest";
import { quoteTokens } from "../../src/align/quoteTokens.js";

function read(text: string) {
  return quoteTokens(text, 0, text.length).map((token) => [
    token.text,
    token.stem,
    token.functional,
  ]);
}

describe("quoteTokens", () => {
  it.each([
    [
      "cannot agree",
      [
        ["can", "can", true],
        ["not", "not", false],
        ["agree", "agre", false],
      ],
    ],
    [
      "won’t agree",
      [
        ["won’t", "not", false],
        ["agree", "agre", false],
      ],
    ],
    [
      "Russia’s view",
      [
        ["Russia’s", "russia", false],
        ["view", "view", false],
      ],
    ],
    [
      "he said it",
      [
        ["he", "he", true],
        ["said", "said", true],
        ["it", "it", true],
      ],
    ],
  ] as const)("reads %s", (text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it("keeps offsets into the text", () => {
    const text = "“We can’t wait,” she said.";
    for (const token of quoteTokens(text, 1, 14)) {
      expect(text.slice(token.start, token.end)).toBe(token.text);
    }
  });
});
