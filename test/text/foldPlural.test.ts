import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldPlural } from "../../src/text/foldPlural.js";

// Harman's S-stemmer as its rules read, to check the character-code version against.
function harman(word: string): string {
  if (word.length <= 3) return word;
  if (word.endsWith("ies") && !word.endsWith("eies") && !word.endsWith("aies")) {
    return `${word.slice(0, -3)}y`;
  }
  if (word.endsWith("es")) {
    const before = word.charAt(word.length - 3);
    return before !== "a" && before !== "e" && before !== "o" ? word.slice(0, -1) : word;
  }
  if (word.endsWith("s") && !word.endsWith("us") && !word.endsWith("ss")) return word.slice(0, -1);
  return word;
}

describe("foldPlural", () => {
  it.each([
    ["pirates", "pirate"],
    ["countries", "country"],
    ["buses", "buse"],
    ["goes", "goes"],
    ["canoes", "canoes"],
    ["agrees", "agrees"],
    ["sundaes", "sundaes"],
    ["cookies", "cooky"],
    ["zombeies", "zombeie"],
    ["cataies", "cataie"],
    ["campus", "campus"],
    ["class", "class"],
    ["bus", "bus"],
    ["ies", "ies"],
    ["news", "new"],
    ["kyiv", "kyiv"],
    ["", ""],
  ])("folds %s to %s", (word, expected) => {
    expect(foldPlural(word)).toBe(expected);
  });

  it("agrees with the rules as written on any word of plural-like letters", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[aeiosuy’é]{0,7}$/u), (word) => {
        expect(foldPlural(word)).toBe(harman(word));
      }),
      { numRuns: 2000 },
    );
  });
});
