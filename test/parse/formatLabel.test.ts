import { describe, expect, it } from "vitest";
import { withoutFormatLabel } from "../../src/parse/formatLabel.js";

describe("withoutFormatLabel", () => {
  const cases: [string, string][] = [
    ["Otters return to the estuary (video)", "Otters return to the estuary"],
    ["Choir sings at the station reopening [Watch]", "Choir sings at the station reopening"],
    ["Flood waters reach the old mill (with video)", "Flood waters reach the old mill"],
    ["WATCH: Choir sings at the station reopening", "Choir sings at the station reopening"],
    ["Photos: The harbour festival in twenty pictures", "The harbour festival in twenty pictures"],
    ["Council backs the harbour plan (again)", "Council backs the harbour plan (again)"],
    ["Why the video of the vote went viral", "Why the video of the vote went viral"],
    ["Watchdog fines the ferry operator", "Watchdog fines the ferry operator"],
    ["", ""],
  ];
  it.each(cases)("%j", (headline, expected) => {
    expect(withoutFormatLabel(headline)).toBe(expected);
  });
});
