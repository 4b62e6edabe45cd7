import { describe, expect, it } from "vitest";
import { CorroborateError } from "../../src/errors.js";
import { checkRange, resolveOptions } from "../../src/resolveOptions.js";
import { trimEndWhere } from "../../src/text/trimEndWhere.js";
import { wordBefore } from "../../src/text/wordBefore.js";

const punctuation = (char: string) => ",.;:!?".includes(char);

describe("trimEndWhere", () => {
  it.each([
    ["Harbour Lights,", "Harbour Lights"],
    ["Harbour Lights", "Harbour Lights"],
    ["Wait!?.", "Wait"],
    [",,,", ""],
    ["", ""],
  ])("%j → %j", (text, expected) => {
    expect(trimEndWhere(text, punctuation)).toBe(expected);
  });

  it("answers on 1 MB of the trimmed characters after a word", () => {
    expect(trimEndWhere(`word${",".repeat(1_000_000)}`, punctuation)).toBe("word");
  });
});

describe("wordBefore", () => {
  it.each([
    ["Euro 2024 final", 5, "Euro"],
    ["Orion 1980", 6, "Orion"],
    ["in 1980", 3, "in"],
    ["(1980)", 1, undefined],
    ["Orion  1980", 7, undefined],
    ["1980", 0, undefined],
  ])("%j at %i → %j", (text, offset, expected) => {
    expect(wordBefore(text, offset)).toBe(expected);
  });

  it("reads at most maxLength characters back", () => {
    expect(wordBefore(`${"A".repeat(1_000_000)} 5`, 1_000_001, 20)).toBe("A".repeat(20));
  });
});

describe("resolveOptions and checkRange", () => {
  const defaults = { maxScareWords: 3, maxAttributionWords: 20 };

  it("merges defined values over the defaults", () => {
    expect(
      resolveOptions(defaults, { maxScareWords: 2, maxAttributionWords: undefined }, "f"),
    ).toEqual({
      maxScareWords: 2,
      maxAttributionWords: 20,
    });
    expect(resolveOptions(defaults, undefined, "f")).toEqual(defaults);
  });

  it.each([
    [{ maxScareWord: 2 }, /did you mean maxScareWords/u],
    [{ colour: "red" }, /unknown option "colour"/u],
    [null, /options must be an object, got null/u],
    [[1], /got an array/u],
    ["3", /got string/u],
  ])("refuses %j", (options, message) => {
    expect(() => resolveOptions(defaults, options, "extractQuotes")).toThrow(message);
    try {
      resolveOptions(defaults, options, "extractQuotes");
    } catch (error) {
      expect(error).toBeInstanceOf(CorroborateError);
      expect((error as CorroborateError).code).toBe("invalid-options");
    }
  });

  it.each([
    [3, true],
    [0, true],
    [-1, false],
    [2.5, false],
    [Number.NaN, false],
    ["3", false],
  ])("checkRange(%j) passes: %s", (value, passes) => {
    const check = () => checkRange("maxScareWords", value, 0, 20, true);
    if (passes) expect(check).not.toThrow();
    else expect(check).toThrow(CorroborateError);
  });
});
