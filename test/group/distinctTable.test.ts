import { describe, expect, it } from "vitest";
import { DistinctTable } from "../../src/group/distinctTable.js";
import { hashString32 } from "../../src/group/hash32.js";

describe("DistinctTable", () => {
  it.each([
    { words: ["the", "port", "the", "fire", "port"], indexes: [0, 1, 0, 2, 1] },
    { words: [], indexes: [] },
    { words: ["a", "a", "a"], indexes: [0, 0, 0] },
  ])("numbers $words in order of first sight", ({ words, indexes }) => {
    const table = new DistinctTable();
    table.begin(words.length);
    expect(words.map((word) => table.indexOf(word, hashString32(word)))).toEqual(indexes);
    expect(table.size).toBe(new Set(words).size);
  });

  it("keeps two words apart when their hashes collide", () => {
    const table = new DistinctTable();
    table.begin(2);
    expect([
      table.indexOf("harbour", 7),
      table.indexOf("tanker", 7),
      table.indexOf("harbour", 7),
    ]).toEqual([0, 1, 0]);
  });

  it("forgets the last pass when a new one begins", () => {
    const table = new DistinctTable();
    table.begin(2);
    table.indexOf("quake", hashString32("quake"));
    table.begin(2);
    expect(table.indexOf("flood", hashString32("flood"))).toBe(0);
    expect(table.indexOf("quake", hashString32("quake"))).toBe(1);
  });

  it("grows for a pass of many distinct words", () => {
    const table = new DistinctTable();
    const words = Array.from({ length: 5000 }, (_, index) => `w${index}`);
    table.begin(words.length);
    words.forEach((word, index) => {
      expect(table.indexOf(word, hashString32(word))).toBe(index);
    });
    expect(table.indexOf("w4321", hashString32("w4321"))).toBe(4321);
  });

  it("grows when a pass holds more words than it announced", () => {
    const table = new DistinctTable();
    const words = Array.from({ length: 3000 }, (_, index) => `w${index}`);
    table.begin(10);
    const indexes = words.map((word) => table.indexOf(word, hashString32(word)));
    expect(indexes).toEqual(words.map((_, index) => index));
    expect(words.map((word) => table.indexOf(word, hashString32(word)))).toEqual(indexes);
    expect(table.size).toBe(3000);
    table.begin(10);
    expect(table.indexOf("w7", hashString32("w7"))).toBe(0);
  });
});
