import { describe, expect, it } from "vitest";
import { leadDay, leadWeekday } from "../../src/group/leadWeekday.js";
import { dayNumber } from "../../src/group/storyReading.js";

describe("leadWeekday", () => {
  it.each([
    {
      name: "a weekday after 'on'",
      body: "Coastguards on Tuesday pulled nine people from a capsized ferry.",
      weekday: 2,
    },
    {
      name: "a weekday opening the lead",
      body: "Sunday's vote left the council split down the middle.",
      weekday: 0,
    },
    {
      name: "'early' before it",
      body: "A tremor woke the valley early Friday, officials said.",
      weekday: 5,
    },
    {
      name: "'On' opening a sentence",
      body: "On Wednesday the board met again. Nothing was decided.",
      weekday: 3,
    },
    {
      name: "a month after it",
      body: "The ruling came Thursday March 4, after a long wait.",
      weekday: 4,
    },
    { name: "the first of two", body: "Talks broke down Monday and resumed Saturday.", weekday: 1 },
    {
      name: "a newspaper named after a day",
      body: "The Sunday Ledger reported a fire that broke out on Monday.",
      weekday: 1,
    },
    {
      name: "a holiday named after a day",
      body: "Crowds thinned after Good Friday, and the market reopened Tuesday.",
      weekday: 2,
    },
    {
      name: "no weekday",
      body: "Rain fell across the region for a third week.",
      weekday: undefined,
    },
    {
      name: "a weekday in lower case (not a day named)",
      body: "The monday crowd was thin.",
      weekday: undefined,
    },
    {
      name: "a weekday beyond the lead",
      body: `${"The inquiry heard more evidence. ".repeat(12)}It resumes on Monday.`,
      weekday: undefined,
    },
    { name: "an empty body", body: "", weekday: undefined },
  ])("$name: $weekday", ({ body, weekday }) => {
    expect(leadWeekday(body)).toBe(weekday);
  });

  it("reads only the lead of a hostile body, whatever its length", () => {
    for (const size of [1_000, 2_000, 4_000, 8_000, 16_000, 32_000, 64_000]) {
      expect(leadWeekday("Good Friday ".repeat(size))).toBeUndefined();
      expect(leadWeekday("Monday Times ".repeat(size))).toBeUndefined();
    }
  });
});

describe("leadDay", () => {
  it.each([
    { name: "the publication day itself", published: "2025-03-08", weekday: 6, day: "2025-03-08" },
    { name: "the day before", published: "2025-03-09", weekday: 6, day: "2025-03-08" },
    { name: "six days back", published: "2025-03-14", weekday: 6, day: "2025-03-08" },
    { name: "across a month end", published: "2025-03-02", weekday: 5, day: "2025-02-28" },
    { name: "before 1970", published: "1969-12-31", weekday: 0, day: "1969-12-28" },
  ])("$name", ({ published, weekday, day }) => {
    expect(leadDay(weekday, dayNumber(published) ?? 0)).toBe(dayNumber(day));
  });
});
