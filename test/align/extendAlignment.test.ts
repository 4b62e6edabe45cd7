import { describe, expect, it } from "vitest";
import type { TokenAlignment } from "../../src/align/alignTokens.js";
import { extendAlignment } from "../../src/align/extendAlignment.js";
import { quoteTokens } from "../../src/align/quoteTokens.js";

function tokens(text: string) {
  return quoteTokens(text, 0, text.length);
}

/** The local alignment as given: the first `count` words of each side paired one for one, from `from`. */
function prefix(count: number, from = 0): TokenAlignment {
  const pairs: [number, number][] = [];
  for (let k = 0; k < count; k++) pairs.push([from + k, from + k]);
  return { score: count, pairs, quality: pairs.map(() => 1) };
}

/** The pairs past the local stretch, as words: "root/variant". */
function extension(root: string, variant: string, local: TokenAlignment): string[] {
  const left = tokens(root);
  const right = tokens(variant);
  const known = new Set(local.pairs.map(([i, j]) => `${i}:${j}`));
  return extendAlignment(left, right, local)
    .pairs.filter(([i, j]) => !known.has(`${i}:${j}`))
    .map(([i, j]) => `${left[i]?.text}/${right[j]?.text}`);
}

// Each case: the root, a variant, how many opening words the local alignment paired, and
// the pairs the extension adds.
const cases: [string, string, string, number, string[]][] = [
  [
    "a word swapped before light words that end the quote",
    "the crews came back because they promised to mend it, and the town knows it",
    "the crews came back because they pledged to mend it",
    6,
    ["promised/pledged", "to/to", "mend/mend", "it/it"],
  ],
  [
    "light words alone after the swap do not carry it, even to the end",
    "the crews came back because they promised to do it, and the town knows it",
    "the crews came back because they pledged to do it",
    6,
    [],
  ],
  [
    "a swapped word followed by two content words the sentence goes on with",
    "we shut the gates early and moved the cattle uphill before the river rose",
    "we shut the gates early and drove the cattle uphill tonight",
    6,
    ["moved/drove", "the/the", "cattle/cattle", "uphill/uphill"],
  ],
  [
    "two words for two face each other",
    "the fund will run dry by spring unless the council acts",
    "the fund will be empty by spring",
    3,
    ["run/be", "dry/empty", "by/by", "spring/spring"],
  ],
  [
    "two words for one: the first faces it, the other is a gap",
    "the fund will be empty by spring unless the council acts",
    "the fund will drain by spring",
    3,
    ["be/drain", "by/by", "spring/spring"],
  ],
  [
    "nothing after the swap agrees: no extension",
    "we will rebuild the pier this summer",
    "we will rebuild the school next year",
    4,
    [],
  ],
  [
    "only function words agree after the swap, far from the end: no extension",
    "we will rebuild it for the town and the harbour next summer",
    "we will repair it for the people of the valley",
    2,
    [],
  ],
];

describe("extendAlignment", () => {
  it.each(cases)("%s", (_name, root, variant, paired, expected) => {
    expect(extension(root, variant, prefix(paired))).toEqual(expected);
  });

  it("carries the alignment back past a swapped opening word", () => {
    expect(
      extension(
        "Harbour crews repaired the pier overnight",
        "Harbour workers repaired the pier overnight",
        prefix(4, 2),
      ),
    ).toEqual(["Harbour/Harbour", "crews/workers"]);
  });

  it("leaves an empty alignment as it is", () => {
    const empty: TokenAlignment = { score: 0, pairs: [], quality: [] };
    expect(extendAlignment(tokens("a b"), tokens("a b"), empty)).toBe(empty);
  });
});
