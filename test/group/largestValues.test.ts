import { describe, expect, it } from "vitest";
import { largestValues } from "../../src/group/largestValues.js";

describe("largestValues", () => {
  it.each([
    { values: [5, 1, 4, 2, 3], count: 2, expected: [4, 5] },
    { values: [5, 1, 4, 2, 3], count: 5, expected: [1, 2, 3, 4, 5] },
    { values: [5, 1, 4], count: 10, expected: [1, 4, 5] },
    { values: [2, 9, 9, 1, 9], count: 2, expected: [9, 9] },
    { values: [3, 1, 2], count: 0, expected: [] },
    { values: [], count: 3, expected: [] },
    { values: [1e13 + 7, 1e13 + 65_535, 2.5, 1e13], count: 2, expected: [1e13 + 7, 1e13 + 65_535] },
  ])("keeps the $count largest of $values", ({ values, count, expected }) => {
    expect(Array.from(largestValues(Float64Array.from(values), count))).toEqual(expected);
  });

  it("gives the end of a full sort, and leaves its input alone", () => {
    const values = Float64Array.from({ length: 500 }, (_, index) => (index * 7919) % 1009);
    const copy = values.slice();
    const sorted = values.slice().sort();
    for (const count of [1, 40, 499, 500]) {
      expect(Array.from(largestValues(values, count))).toEqual(Array.from(sorted.slice(-count)));
    }
    expect(values).toEqual(copy);
  });
});
