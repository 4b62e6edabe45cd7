import { describe, expect, it } from "vitest";
import { regionDay } from "../../../src/parse/html/regionDay.js";

const US = [
  "America/New_York",
  "America/Chicago",
  "America/Denver",
  "America/Los_Angeles",
  "America/Anchorage",
  "Pacific/Honolulu",
];

describe("regionDay", () => {
  const cases: [string, string, readonly string[], ReturnType<typeof regionDay>][] = [
    [
      "a UTC small hour is the evening before across the US",
      "2024-11-06T02:15:00Z",
      US,
      { date: "2024-11-05" },
    ],
    ["a UTC morning splits the US between two days", "2024-08-22T05:05:00Z", US, undefined],
    [
      "a UTC evening is the next morning in New Zealand, in summer time",
      "2025-12-01T20:10:00Z",
      ["Pacific/Auckland"],
      { date: "2025-12-02", time: "09:10", offset: "+13:00" },
    ],
    [
      "India's half-hour offset",
      "2025-06-06T19:45:00Z",
      ["Asia/Kolkata"],
      { date: "2025-06-07", time: "01:15", offset: "+05:30" },
    ],
    [
      "a zone behind UTC gives a negative offset",
      "2025-01-10T03:00:00Z",
      ["America/Sao_Paulo"],
      { date: "2025-01-10", time: "00:00", offset: "-03:00" },
    ],
    ["no zones, no day", "2025-01-10T03:00:00Z", [], undefined],
    ["an unknown zone, no day", "2025-01-10T03:00:00Z", ["Nowhere/Atlantis"], undefined],
  ];
  it.each(cases)("%s", (_name, instant, zones, expected) => {
    expect(regionDay(Date.parse(instant), zones)).toEqual(expected);
  });
});
