import { describe, expect, it } from "vitest";
import {
  findDateInText,
  findDatesInText,
  type ParsedDateString,
  parseDateString,
} from "../../src/parse/dateString.js";

describe("parseDateString", () => {
  const cases: [string, ParsedDateString | undefined][] = [
    ["2025-08-20", { date: "2025-08-20" }],
    ["2025-08-20T14:05:00+03:00", { date: "2025-08-20", time: "14:05", offset: "+03:00" }],
    ["2025-08-20T23:30:00-05:00", { date: "2025-08-20", time: "23:30", offset: "-05:00" }],
    ["2025-08-21T03:10:00Z", { date: "2025-08-21", time: "03:10", offset: "Z" }],
    ["2025-08-20T14:05:00.000+0200", { date: "2025-08-20", time: "14:05", offset: "+02:00" }],
    ["2025-08-20 14:05", { date: "2025-08-20", time: "14:05" }],
    ["2025/08/20", { date: "2025-08-20" }],
    ["August 20, 2025", { date: "2025-08-20" }],
    ["Aug. 20, 2025", { date: "2025-08-20" }],
    ["Aug 20 2025", { date: "2025-08-20" }],
    ["August 20th, 2025", { date: "2025-08-20" }],
    ["Sept. 3, 2024", { date: "2024-09-03" }],
    ["20 August 2025", { date: "2025-08-20" }],
    ["Wednesday, 29 October, 2025", { date: "2025-10-29" }],
    ["20th August 2025", { date: "2025-08-20" }],
    ["20-Aug-2025", { date: "2025-08-20" }],
    ["20.08.2025", { date: "2025-08-20" }],
    ["3.3.2019", { date: "2019-03-03" }],
    ["08/20/2025", { date: "2025-08-20" }],
    ["20/08/2025", { date: "2025-08-20" }],
    ["03/04/2025", { date: "2025-03-04" }],
    ["20-08-2025", { date: "2025-08-20" }],
    ["20. August 2025", { date: "2025-08-20" }],
    ["3. März 2019", { date: "2019-03-03" }],
    ["5. Jänner 2020", { date: "2020-01-05" }],
    ["12 janvier 2020", { date: "2020-01-12" }],
    ["1er février 2021", { date: "2021-02-01" }],
    ["20 de agosto de 2025", { date: "2025-08-20" }],
    ["20 agosto 2025", { date: "2025-08-20" }],
    ["7 maggio 2023", { date: "2023-05-07" }],
    ["15 de março de 2022", { date: "2022-03-15" }],
    ["20 augustus 2025", { date: "2025-08-20" }],
    ["20 sierpnia 2025", { date: "2025-08-20" }],
    ["20 августа 2025", { date: "2025-08-20" }],
    ["2025年8月20日", { date: "2025-08-20" }],
    ["2025년 8월 20일", { date: "2025-08-20" }],
    ["August 20, 2025 11:28 AM", { date: "2025-08-20", time: "11:28" }],
    ["Aug. 20, 2025, 11:28 p.m.", { date: "2025-08-20", time: "23:28" }],
    ["August 20, 2025 at 12:05 AM", { date: "2025-08-20", time: "00:05" }],
    ["20.08.2025, 14:05 Uhr", { date: "2025-08-20", time: "14:05" }],
    ["20.08.2025 um 9.30 Uhr", { date: "2025-08-20", time: "09:30" }],
    ["20 August 2025 14:05 GMT", { date: "2025-08-20", time: "14:05", offset: "Z" }],
    ["Posted: 29/02/2024", { date: "2024-02-29" }],
    ["Posted 14.03.24 by the editor", { date: "2024-03-14" }],
    ["11/07/24 9:05pm", { date: "2024-11-07", time: "21:05" }],
    ["Date: 2/9/23", { date: "2023-02-09" }],
    ["won 4/2/24 at the fair", undefined],
    ["release 3.1.24 fixes the bug", undefined],
    ["a 7/10/24 split", undefined],
    ["31 February 2025", undefined],
    ["29.02.2025", undefined],
    ["2025-13-01", undefined],
    ["2025-02-30", undefined],
    ["13/13/2025", undefined],
    ["20250820", undefined],
    ["1234567", undefined],
    ["42", undefined],
    ["August 2025", undefined],
    ["May we all agree", undefined],
    ["Version 2.10.2025b", undefined],
    ["", undefined],
  ];
  it.each(cases)("%s", (input, expected) => {
    expect(parseDateString(input)).toEqual(expected);
  });

  it("reads ambiguous slashed dates day-first when asked", () => {
    expect(parseDateString("03/04/2025", { preferDayFirst: true })).toEqual({
      date: "2025-04-03",
    });
  });
});

describe("findDateInText", () => {
  const cases: [string, { date: string; index: number } | undefined][] = [
    ["By Ana Ruiz | Published August 20, 2025", { date: "2025-08-20", index: 24 }],
    ["Stand: 21.08.2025, aktualisiert 22.08.2025", { date: "2025-08-21", index: 7 }],
    ["The council met on 3 March 2019 and again later.", { date: "2019-03-03", index: 19 }],
    ["Nothing here but 2025 and 12 apples.", undefined],
  ];
  it.each(cases)("%s", (input, expected) => {
    const found = findDateInText(input);
    expect(found === undefined ? undefined : { date: found.date, index: found.index }).toEqual(
      expected,
    );
  });

  it("returns every date in order", () => {
    expect(
      findDatesInText("Updated 2025-08-21. First published 20 August 2025.").map((d) => d.date),
    ).toEqual(["2025-08-21", "2025-08-20"]);
  });
});

describe("pathological input", () => {
  const megabyte = 1_000_000;
  it.each([
    ["digits", "7".repeat(megabyte)],
    ["dots and digits", "1.".repeat(megabyte / 2)],
    ["month names", "August ".repeat(megabyte / 7)],
    ["spaces", " ".repeat(megabyte)],
    ["date-like", "20 20 20 ".repeat(megabyte / 9)],
  ])("answers on 1 MB of %s", (_name, input) => {
    expect(findDateInText(input)).toBeUndefined();
  });
});
