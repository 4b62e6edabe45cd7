import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findHeaderDates, headerDateOf } from "../../../src/parse/html/findHeaderDate.js";

const STANDFIRST =
  "The harbour board voted on Tuesday night to close the old ferry pier for repairs, a decision that leaves island commuters with one crossing until spring.";
const PARAGRAPH =
  "Board members said the pier's timber piles had rotted faster than engineers expected, and that a winter storm could bring down the walkway before the scheduled rebuild.";

function headerOf(body: string, preferDayFirst = false, years: number[] = []) {
  const { document } = parseHTML(`<html><body>${body}</body></html>`) as unknown as {
    document: Document;
  };
  const headline = document.querySelector("h1");
  if (headline === null) {
    throw new Error("test page has no <h1>");
  }
  return findHeaderDates(headline, { preferDayFirst }, years);
}

describe("findHeaderDates", () => {
  const cases: [string, string, string[], boolean?][] = [
    [
      "a date line under the headline",
      `<h1>Ferry pier to close</h1><div class="meta"><span>By Ines Marlow</span> <span>Dec 21, 2023</span></div><p>${PARAGRAPH}</p>`,
      ["2023-12-21:none"],
    ],
    [
      "an update label in its own element",
      `<h1>Ferry pier to close</h1><span class="label">Updated</span> <span>Dec. 23, 2023</span><p>${PARAGRAPH}</p>`,
      ["2023-12-23:modified"],
    ],
    [
      "both labels, as the page orders them",
      `<h1>Ferry pier to close</h1><p>Last Updated: Dec. 23, 2023 at 6:33 a.m. ET</p><p>First Published: Dec. 18, 2023 at 4:12 p.m. ET</p><p>${PARAGRAPH}</p>`,
      ["2023-12-23:modified", "2023-12-18:published"],
    ],
    [
      "labels with a clock time before their dates",
      `<h1>Ferry pier to close</h1><div class="stamp">Posted at 11:05 PM, Jan 04, 2024 <span>and last updated 7:20 AM, Jan 05, 2024</span></div><p>${PARAGRAPH}</p>`,
      ["2024-01-04:published", "2024-01-05:modified"],
    ],
    [
      "a label, a clock time with its zone, then the date",
      `<h1>Ferry pier to close</h1><p>Updated 6:33 a.m. ET, Dec. 23, 2023</p><p>${PARAGRAPH}</p>`,
      ["2023-12-23:modified"],
    ],
    [
      "a German status line",
      `<h1>Fähranleger wird gesperrt</h1><p class="stand"><span>Stand: </span>07.11.2023, 07:30 Uhr</p><p>${PARAGRAPH}</p>`,
      ["2023-11-07:modified"],
      true,
    ],
    [
      "a date after a standfirst",
      `<h1>Ferry pier to close</h1><p class="standfirst">${STANDFIRST}</p><div>Sunday 17 December 2023 17:23, UK</div><p>${PARAGRAPH}</p>`,
      ["2023-12-17:none"],
    ],
    [
      "a day-first numeric date on a day-first page",
      `<h1>Ferry pier to close</h1><div>05/12/2020 - 15:10</div><p>${PARAGRAPH}</p>`,
      ["2020-12-05:none"],
      true,
    ],
    [
      "nothing from a date inside a sentence",
      `<h1>Ferry pier to close</h1><p>The board first discussed the pier on December 14, 2023.</p><p>${PARAGRAPH}</p>`,
      [],
    ],
    [
      "nothing from the body once the prose has begun",
      `<h1>Ferry pier to close</h1><p>${STANDFIRST}</p><p>${PARAGRAPH}</p><p>${PARAGRAPH}</p><div>March 3, 2024</div>`,
      [],
    ],
    [
      "nothing from an embedded post",
      `<h1>Ferry pier to close</h1><blockquote class="social-post"><p>The pier is closed, says the board.</p>— Island Watch (@islandwatch) November 3, 2023</blockquote><p>${PARAGRAPH}</p>`,
      [],
    ],
    [
      "nothing from a list of other stories' days",
      `<h1>Ferry pier to close</h1><ul><li>Nov 1, 2023</li><li>Nov 2, 2023</li><li>Nov 3, 2023</li></ul><p>${PARAGRAPH}</p>`,
      [],
    ],
    [
      "nothing before 1995",
      `<h1>Ferry pier to close</h1><div>Pier built 12 May 1911</div><p>${PARAGRAPH}</p>`,
      [],
    ],
    [
      "a date in its own field of a dotted metadata line",
      `<h1>Ferry pier to close</h1><div class="stamp">Filed in Harbour Matters · 4 min read · Mar 3, 2025</div><p>${PARAGRAPH}</p>`,
      ["2025-03-03:none"],
    ],
    [
      "nothing from a sentence that mentions a date, dots or not",
      `<h1>Ferry pier to close</h1><div>The board first met about the pier on Mar 3, 2025 and again in May</div><p>${PARAGRAPH}</p>`,
      [],
    ],
    [
      "nothing when the header shows no date",
      `<h1>Ferry pier to close</h1><div>By Ines Marlow</div><p>${PARAGRAPH}</p>`,
      [],
    ],
  ];
  it.each(cases)("finds %s", (_name, body, expected, dayFirst) => {
    const found = headerOf(body, dayFirst);
    expect(found.map((date) => `${date.date}:${date.label}`)).toEqual(expected);
  });

  // A stamp with a weekday and no year, read with the years the page's other stamps name.
  const yearless: [string, string, number[], string[]][] = [
    [
      "an update stamp of a live page, clock time first",
      `<h1>Count goes on through the night</h1><div class="live-stamp">Last updated 03:40 BST, Saturday 7 June</div><p>${PARAGRAPH}</p>`,
      [2025],
      ["2025-06-07:modified"],
    ],
    [
      "a month-first stamp with an abbreviated weekday",
      `<h1>Ferry pier to close</h1><p>Posted Wed., Jan. 3</p><p>${PARAGRAPH}</p>`,
      [2024],
      ["2024-01-03:published"],
    ],
    [
      "a stamp of the last days of the year on a page stamped in the new one",
      `<h1>Ferry pier to close</h1><p>Tuesday 31 December</p><p>${PARAGRAPH}</p>`,
      [2025],
      ["2024-12-31:none"],
    ],
    [
      "nothing when the weekday fits none of the page's years",
      `<h1>Ferry pier to close</h1><p>Monday 7 June</p><p>${PARAGRAPH}</p>`,
      [2025],
      [],
    ],
    [
      "nothing when the page names no year",
      `<h1>Ferry pier to close</h1><p>Saturday 7 June</p><p>${PARAGRAPH}</p>`,
      [],
      [],
    ],
    [
      "the full date where the line prints one",
      `<h1>Ferry pier to close</h1><p>Saturday 7 June 2025, 14:05</p><p>${PARAGRAPH}</p>`,
      [2019],
      ["2025-06-07:none"],
    ],
  ];
  it.each(yearless)("reads %s", (_name, body, years, expected) => {
    const found = headerOf(body, true, years);
    expect(found.map((date) => `${date.date}:${date.label}`)).toEqual(expected);
  });

  it("keeps the line the date stands in, label and time included", () => {
    const [found] = headerOf(
      `<h1>Ferry pier to close</h1><div>Updated December 26, 2023 10:48 AM</div><p>${PARAGRAPH}</p>`,
    );
    expect(found).toEqual({
      date: "2023-12-26",
      time: "10:48",
      text: "Updated December 26, 2023 10:48 AM",
      label: "modified",
    });
  });
});

describe("headerDateOf", () => {
  const date = (day: string, label: "published" | "modified" | "none") => ({
    date: day,
    text: day,
    label,
  });
  const cases: [string, ReturnType<typeof date>[], string | undefined][] = [
    [
      "the published date over the update",
      [date("2023-12-23", "modified"), date("2023-12-18", "published")],
      "2023-12-18",
    ],
    [
      "an unlabelled date over the update",
      [date("2023-12-23", "modified"), date("2023-12-20", "none")],
      "2023-12-20",
    ],
    [
      "the update when the header shows nothing else",
      [date("2023-12-23", "modified")],
      "2023-12-23",
    ],
    ["one day shown twice", [date("2023-12-20", "none"), date("2023-12-20", "none")], "2023-12-20"],
    [
      "nothing from two different unlabelled days",
      [date("2023-12-20", "none"), date("2023-11-02", "none")],
      undefined,
    ],
    ["nothing from nothing", [], undefined],
  ];
  it.each(cases)("takes %s", (_name, dates, expected) => {
    expect(headerDateOf(dates)?.date).toBe(expected);
  });
});
