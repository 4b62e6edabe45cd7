import { describe, expect, it } from "vitest";
import { extractStoryEvidence } from "../../src/group/index.js";
import { dayNumber } from "../../src/group/storyReading.js";
import { articleFromBody } from "../helpers/article.js";

function evidenceOf(body: string) {
  return extractStoryEvidence(articleFromBody(body, { id: "t" }));
}

describe("extractStoryEvidence", () => {
  it.each([
    {
      text: "Russian Foreign Minister Sergey Lavrov spoke in Moscow.",
      names: [
        ["Sergey Lavrov", "person"],
        ["Moscow", "place"],
      ],
    },
    {
      text: "The talks were held in the Gulf of Aden on Friday.",
      names: [["Gulf of Aden", "place"]],
    },
    {
      text: "Eleni Markopoulou said crews had checked every village.",
      names: [["Eleni Markopoulou", "person"]],
    },
    { text: "But the council voted on Thursday in March.", names: [] },
    {
      text: "Volodymyr Zelenskyy met Kosiniak-Kamysz near Kyiv.",
      names: [
        ["Volodymyr Zelenskyy", "person"],
        ["Kosiniak-Kamysz", "name"],
        ["Kyiv", "place"],
      ],
    },
    { text: "nothing capitalised here at all.", names: [] },
    // A lone word after "in", "near" or "at" is a place.
    {
      text: "They met near Kastoria on Friday.",
      names: [["Kastoria", "place"]],
    },
  ])("names in “$text”", ({ text, names }) => {
    expect(evidenceOf(text).names.map((name) => [name.text, name.kind])).toEqual(names);
  });

  it.each([
    {
      text: "A magnitude 6.1 quake injured 14 people at 4:12 a.m.",
      numbers: ["6.1", "14", "4:12"],
      years: [],
    },
    {
      text: "The deal is worth $1,500,000 and 4,5 percent.",
      numbers: ["1500000", "4.5"],
      years: [],
    },
    { text: "Since 2014, and again in 2022, the G20 met.", numbers: [], years: [2014, 2022] },
    // A scale multiplies the number, as the facts stage reads it; "m" only glued to it.
    {
      text: "The fund grew by $1.5 million to €2bn, and 10k runners came.",
      numbers: ["1500000", "2000000000", "10000"],
      years: [],
    },
    { text: "A 40 m wall kept out 3 Million visitors.", numbers: ["40", "3000000"], years: [] },
    { text: "Only 4.5 millionaires lived there.", numbers: ["4.5"], years: [] },
    { text: "A $1.5-million grant paid for it.", numbers: ["1500000"], years: [] },
    { text: "No figures were given.", numbers: [], years: [] },
  ])("numbers and years in “$text”", ({ text, numbers, years }) => {
    const evidence = evidenceOf(text);
    expect({ numbers: evidence.numbers, years: evidence.years }).toEqual({ numbers, years });
  });

  it.each([
    { text: "Lavrov spoke on August 20, 2025 in Moscow.", dates: ["2025-08-20"] },
    { text: "The ceasefire began on 21 August.", dates: ["08-21"] },
    { text: "Updated: 03 / 14 / 2013 07:51 AM", dates: ["2013-03-14"] },
    { text: "Posted 2025-08-20T14:05:00+03:00", dates: ["2025-08-20"] },
    { text: "It happened on Wednesday, may we add.", dates: [] },
  ])("dates in “$text”", ({ text, dates }) => {
    expect(evidenceOf(text).dates).toEqual(dates);
  });

  it.each([
    { text: "“This will not work,” Lavrov told reporters.", quotes: ["This will not work,"] },
    {
      text: 'He called it "a road to nowhere for everyone" on Wednesday.',
      quotes: ["a road to nowhere for everyone"],
    },
    {
      text: "She said ``we are moving families tonight'' after the quake.",
      quotes: ["we are moving families tonight"],
    },
    { text: "He called the plan «absurd».", quotes: [] },
    { text: "No quotes in this sentence.", quotes: [] },
  ])("quotes in “$text”", ({ text, quotes }) => {
    expect(evidenceOf(text).quotes).toEqual(quotes);
  });

  it("leaves URLs out", () => {
    expect(
      evidenceOf("See https://www.example.com/2013/08/03/Oscars-Host-1234.html now").numbers,
    ).toEqual([]);
  });
});

describe("dayNumber", () => {
  it.each([
    ["1970-01-01", 0],
    ["2025-08-20", 20320],
    ["0050-01-01", -701_265],
    ["1950-01-01", -7305],
  ])("%s → %i", (date, days) => {
    expect(dayNumber(date)).toBe(days);
  });
});
