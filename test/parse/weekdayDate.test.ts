import { describe, expect, it } from "vitest";
import { findWeekdayDates } from "../../src/parse/weekdayDate.js";

describe("findWeekdayDates", () => {
  const cases: [string, string, number[], string[]][] = [
    ["day before month", "Last updated 22:10 BST, Thursday 12 June", [2025], ["2025-06-12"]],
    ["month before day", "Updated Thu, June 12", [2025], ["2025-06-12"]],
    ["an ordinal and a comma", "Thursday, 12th June", [2025], ["2025-06-12"]],
    ["abbreviations with dots", "Fri. Sept. 5", [2025], ["2025-09-05"]],
    ["any case", "SATURDAY 14 JUNE", [2025], ["2025-06-14"]],
    ["the year before a given one", "Wednesday 31 December", [2026], ["2025-12-31"]],
    ["the year after a given one", "Thursday 1 January", [2025], ["2026-01-01"]],
    ["the first given year that fits", "Sunday 1 June", [2019, 2025], ["2025-06-01"]],
    [
      "two stamps on one line",
      "Fri 13 June, updated Sat 14 June",
      [2025],
      ["2025-06-13", "2025-06-14"],
    ],
    ["nothing for a weekday that does not fit", "Monday 12 June", [2025], []],
    ["nothing without years", "Thursday 12 June", [], []],
    ["nothing for a date with its year", "Thursday 12 June 2025", [2025], []],
    ["nothing for a day that does not exist", "Monday 30 February", [2025], []],
    ["nothing without a weekday", "Updated 12 June", [2025], []],
    ["nothing inside a word", "Fridays 13 June", [2025], []],
  ];
  it.each(cases)("reads %s", (_name, text, years, expected) => {
    expect(findWeekdayDates(text, years).map((found) => found.date)).toEqual(expected);
  });

  it("keeps the words it read and where they stand", () => {
    expect(findWeekdayDates("Last updated 04:15, Tuesday 3 June", [2025])).toEqual([
      { date: "2025-06-03", text: "Tuesday 3 June", index: 20 },
    ]);
  });

  it("reads hostile text of doubling length without trouble", () => {
    for (const size of [10_000, 20_000, 40_000, 80_000]) {
      const text = "Friday, ".repeat(size / 8) + "Sept.  ".repeat(size / 7);
      expect(findWeekdayDates(text, [2025])).toEqual([]);
      expect(findWeekdayDates("Friday 1 ".repeat(size / 9), [2025])).toEqual([]);
    }
  });
});
