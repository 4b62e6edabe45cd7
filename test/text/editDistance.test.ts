import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/text/editDistance.js";

// [left, right, limit, distance]
const cases: [string, string, number, number][] = [
  ["kallas", "kallas", 2, 0],
  ["kallas", "kallis", 2, 1],
  ["haverkamp", "haverkemp", 2, 1],
  // A swap of two neighbouring letters is one slip.
  ["tomczak", "tomzcak", 2, 1],
  ["ostrander", "ostrnader", 2, 1],
  ["ab", "ba", 1, 1],
  // Insertions and deletions.
  ["zelensky", "zelenskyy", 2, 1],
  ["marchetti", "marcheti", 2, 1],
  // Beyond the limit: limit + 1.
  ["lavrov", "lavrenko", 2, 3],
  ["abc", "xyz", 1, 2],
  ["short", "a much longer word", 3, 4],
  ["", "", 1, 0],
  ["", "ab", 3, 2],
];

describe("editDistance", () => {
  it.each(cases)("%s / %s (limit %i) is %i", (left, right, limit, distance) => {
    expect(editDistance(left, right, limit)).toBe(distance);
    expect(editDistance(right, left, limit)).toBe(distance);
  });
});
