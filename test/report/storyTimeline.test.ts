import { describe, expect, it } from "vitest";
import { dayFromNumber, dayNumber, weekdayOf } from "../../src/report/calendarDays.js";
import { storyTimeline } from "../../src/report/index.js";
import type { ComparedArticle, DateMention } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

function mention(text: string, start: number, value?: string): DateMention {
  const date: DateMention = {
    text,
    start,
    end: start + text.length,
    resolved: value !== undefined,
    rule: "absolute-day",
    certainty: "stated",
  };
  if (value !== undefined) date.value = value;
  return date;
}

function compared(id: string, dates: DateMention[], published?: string): ComparedArticle {
  const article = articleFromBody("The ferry ran aground on Tuesday, June 10.", {
    id,
    ...(published === undefined ? {} : { published }),
  });
  return {
    ...article,
    facts: { people: [], organizations: [], places: [], dates, numbers: [], quotes: [] },
  };
}

describe("storyTimeline", () => {
  const cases: [string, ComparedArticle, string[]][] = [
    ["a publication date", compared("a", [], "2025-06-11"), ["a published 2025-06-11"]],
    [
      "a day mentioned",
      compared("a", [mention("Tuesday", 25, "2025-06-10")]),
      ["a mentioned 2025-06-10 Tuesday"],
    ],
    [
      "a week is a span of days",
      compared("a", [mention("last week", 0, "2025-06-02/2025-06-08")]),
      ["a mentioned 2025-06-02/2025-06-08 last week"],
    ],
    ["a month is left out", compared("a", [mention("June", 0, "2025-06")]), []],
    ["a year is left out", compared("a", [mention("2022", 0, "2022")]), []],
    ["an unresolved date is left out", compared("a", [mention("Friday", 0)]), []],
    [
      "a time of day is left out",
      compared("a", [{ ...mention("midnight", 0, "2025-06-10"), rule: "time-of-day" }]),
      [],
    ],
  ];
  it.each(cases)("%s", (_name, article, expected) => {
    const entries = storyTimeline([article]).map(
      (entry) =>
        `${entry.articleId} ${entry.kind} ${entry.from === entry.to ? entry.from : `${entry.from}/${entry.to}`}${entry.kind === "published" ? "" : ` ${entry.text}`}`,
    );
    expect(entries).toEqual(expected);
  });

  it("marks the event's day once and sorts by day, then article order", () => {
    const a = compared("a", [mention("Tuesday", 25, "2025-06-10")], "2025-06-11");
    a.facts.eventDate = { date: "2025-06-10", text: "Tuesday", start: 25, end: 32 };
    const b = compared("b", [mention("Monday", 0, "2025-06-09")], "2025-06-10");
    expect(
      storyTimeline([a, b]).map((entry) => `${entry.from} ${entry.articleId} ${entry.kind}`),
    ).toEqual([
      "2025-06-09 b mentioned",
      "2025-06-10 a event",
      "2025-06-10 b published",
      "2025-06-11 a published",
    ]);
  });
});

describe("calendar days", () => {
  const cases: [string, number, string][] = [
    ["1970-01-01", 0, "Thu"],
    ["2025-06-10", 20249, "Tue"],
    ["2024-02-29", 19782, "Thu"],
    ["2000-03-01", 11017, "Wed"],
    ["0050-07-04", -701_081, "Mon"],
    ["1969-12-31", -1, "Wed"],
  ];
  it.each(cases)("%s is day %i, a %s", (day, number, weekday) => {
    expect(dayNumber(day)).toBe(number);
    expect(dayFromNumber(number)).toBe(day);
    expect(weekdayOf(day)).toBe(weekday);
  });
});
