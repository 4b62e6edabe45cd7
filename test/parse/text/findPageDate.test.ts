import { describe, expect, it } from "vitest";
import { findPageDate } from "../../../src/parse/text/findPageDate.js";

describe("findPageDate", () => {
  const cases: [string, string | undefined, string | undefined][] = [
    ["by Kira Holm - 12/22/23 11:35 AM ET", "2023-12-22", "12/22/23 11:35 AM"],
    ["By Bo Diaz • 05/26/22 4:20pm", "2022-05-26", "05/26/22 4:20pm"],
    ["Dec 23, 202310:30 AM", "2023-12-23", "Dec 23, 202310:30 AM"],
    ["Published Fri, Dec 22 20231:17 AM EST", "2023-12-22", "Dec 22 20231:17 AM"],
    ["March 2, 2025", "2025-03-02", "March 2, 2025"],
    ["Kira HolmMarch 2, 2025", "2025-03-02", "March 2, 2025"],
    ["5 min readMar 2, 2025", "2025-03-02", "Mar 2, 2025"],
    // A two-digit year with no clock after it is a score, a ratio or a code, not a date.
    ["The vote went 12/22/23 in the three rounds.", undefined, undefined],
    ["Gate 4/5/23", undefined, undefined],
  ];
  it.each(cases)("reads %j as %s", (line, date, text) => {
    const found = findPageDate(line);
    expect(found?.date).toBe(date);
    expect(found?.text).toBe(text);
    if (found !== undefined) expect(line.slice(found.index).startsWith(found.text)).toBe(true);
  });
});
