import { describe, expect, it } from "vitest";
import { combine32, hashString32, mix32 } from "../../src/group/hash32.js";
import { plainWordHash, wordShingleHashes } from "../../src/group/storyReading.js";

describe("plainWordHash", () => {
  it.each(["lavrov", "kyiv", "zelenskyy", "2025", "a", "", "кавычки", "naïve"])(
    "hashes the plain word %j as hashString32 does",
    (word) => {
      for (const seed of [0, 1, 0x7465726d]) {
        expect(plainWordHash(word, seed)).toBe(hashString32(word, seed));
      }
    },
  );

  it.each(["kosiniak-kamysz", "o’malley", "o'malley", "u.s.", "mr.", "co‐operate", "x‑ray"])(
    "answers -1 for %j, more than one scoring word",
    (word) => {
      expect(plainWordHash(word, 1)).toBe(-1);
    },
  );
});

describe("wordShingleHashes", () => {
  it.each([
    ["Kosiniak-Kamysz met Lavrov’s aide", ["kosiniak", "kamysz", "met", "lavrov", "s", "aide"]],
    ["The U.S. envoy, Mr. Reyes, spoke", ["the", "u", "s", "envoy", "mr", "reyes", "spoke"]],
  ])("cuts %j into the scoring words %j", (text, words) => {
    // One-word shingles: each the seed combined with one word's hash, mixed.
    const shingles = words.map((word) => mix32(combine32(9, hashString32(word, 9))));
    expect(Array.from(wordShingleHashes(text, 1, 9))).toEqual(shingles);
  });
});
