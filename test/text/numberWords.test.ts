import { describe, expect, it } from "vitest";
import {
  isOrdinalNumber,
  numberWordValue,
  ORDINAL_WORDS,
  SCALE_WORDS,
} from "../../src/text/numberWords.js";

// [number as written, expected value or undefined]
const values: [string, number | undefined][] = [
  ["nine", 9],
  ["Twenty-six", 26],
  ["twenty four", 24],
  ["twenty-first", 21],
  ["forty fifth", 45],
  ["third", 3],
  ["thirteenth", 13],
  ["ninetieth", 90],
  ["a dozen", 12],
  ["dozen", 12],
  ["twenty-dozen", undefined],
  ["nine-twenty", undefined],
  ["twenty-six-seven", undefined],
  ["firstly", undefined],
  ["", undefined],
];

// [number as written, whether it is an ordinal]
const ordinals: [string, boolean][] = [
  ["first", true],
  ["Twenty-First", true],
  ["21st", true],
  ["3rd", true],
  ["twenty-one", false],
  ["21", false],
  ["three", false],
];

describe("number words", () => {
  it.each(values)("numberWordValue(%j) is %j", (words, expected) => {
    expect(numberWordValue(words)).toBe(expected);
  });

  it.each(ordinals)("isOrdinalNumber(%j) is %j", (number, expected) => {
    expect(isOrdinalNumber(number)).toBe(expected);
  });

  it("lists the scales news writes, spelled out and abbreviated", () => {
    expect([SCALE_WORDS.million, SCALE_WORDS.bn, SCALE_WORDS.mn, SCALE_WORDS.k]).toEqual([
      1_000_000, 1_000_000_000, 1_000_000, 1_000,
    ]);
    expect(SCALE_WORDS.trillion).toBe(1_000_000_000_000);
    expect(ORDINAL_WORDS.hundredth).toBe(100);
  });
});
