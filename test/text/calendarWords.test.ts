import { describe, expect, it } from "vitest";
import {
  ENGLISH_MONTH_ABBREVIATIONS,
  ENGLISH_MONTHS,
  MONTH_WORD_PATTERN,
  MONTH_WORDS,
  monthNumber,
  WEEKDAY_WORD_PATTERN,
  WEEKDAY_WORDS,
  weekdayNumber,
} from "../../src/text/calendarWords.js";
import { wordAlternation } from "../../src/text/wordAlternation.js";

// [word as printed, expected month number or undefined]
const months: [string, number | undefined][] = [
  ["January", 1],
  ["jan", 1],
  ["Jan.", 1],
  ["MAY", 5],
  ["Sept.", 9],
  ["Sep", 9],
  ["September", 9],
  ["Dec", 12],
  ["Marco", undefined],
  ["Decision", undefined],
  ["Mayor", undefined],
  ["Septs", undefined],
  ["", undefined],
];

// [word as printed, expected weekday number (Sunday = 0) or undefined]
const weekdays: [string, number | undefined][] = [
  ["Sunday", 0],
  ["Mon.", 1],
  ["Tues", 2],
  ["tue", 2],
  ["Wednesday", 3],
  ["Thur.", 4],
  ["Thurs", 4],
  ["FRI", 5],
  ["Saturday", 6],
  ["Sundays", undefined],
  ["Friar", undefined],
];

describe("calendar words", () => {
  it.each(months)("monthNumber(%j) is %j", (word, expected) => {
    expect(monthNumber(word)).toBe(expected);
  });

  it.each(weekdays)("weekdayNumber(%j) is %j", (word, expected) => {
    expect(weekdayNumber(word)).toBe(expected);
  });

  it("lists twelve months and their three-letter forms in calendar order", () => {
    expect(ENGLISH_MONTHS).toHaveLength(12);
    expect(ENGLISH_MONTHS[8]).toBe("september");
    expect(ENGLISH_MONTH_ABBREVIATIONS[8]).toBe("sep");
    expect(MONTH_WORDS.has("sept")).toBe(true);
    expect(WEEKDAY_WORDS.has("thurs")).toBe(true);
  });

  it.each([
    ["Posted Sept. 3", "Sept"],
    ["the September session", "September"],
    ["on Mar 4", "Mar"],
  ])("MONTH_WORD_PATTERN reads the whole month word in %j", (text, expected) => {
    const pattern = new RegExp(`(?<!\\p{L})(?:${MONTH_WORD_PATTERN})(?!\\p{L})`, "iu");
    expect(pattern.exec(text)?.[0]).toBe(expected);
  });

  it.each([
    ["The Mayor spoke", undefined],
    ["a Decision was made", undefined],
  ])("MONTH_WORD_PATTERN finds no month in %j", (text, expected) => {
    const pattern = new RegExp(`(?<!\\p{L})(?:${MONTH_WORD_PATTERN})(?!\\p{L})`, "iu");
    expect(pattern.exec(text)?.[0]).toBe(expected);
  });

  it.each([
    ["Thursday, 4 June", "Thursday"],
    ["Thurs 4 June", "Thurs"],
    ["Thunder rolled", undefined],
  ])("WEEKDAY_WORD_PATTERN in %j", (text, expected) => {
    const pattern = new RegExp(`(?<!\\p{L})(?:${WEEKDAY_WORD_PATTERN})(?!\\p{L})`, "iu");
    expect(pattern.exec(text)?.[0]).toBe(expected);
  });

  it("builds alternations longest first, capitalised on request", () => {
    expect(wordAlternation(["sep", "september", "sept"])).toBe("september|sept|sep");
    expect(wordAlternation(["may", "june"], "capitalised")).toBe("June|May");
    expect(wordAlternation(["a.m.", "am"])).toBe("a\\.m\\.|am");
  });
});
