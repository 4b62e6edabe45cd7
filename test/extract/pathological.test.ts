import { describe, expect, it } from "vitest";
import {
  extractFacts,
  extractQuotes,
  findDates,
  findEventDate,
  findNames,
  findNumbers,
  findPeople,
} from "../../src/extract/index.js";
import { articleFromBody } from "../helpers/article.js";

// Every public function answers on 1 MB of hostile text aimed at its own patterns (the
// runner's timeout catches a hang); how fast is the benchmark's business.
const MEGABYTE = 1_000_000;
const quoteMarks = "\u201c".repeat(MEGABYTE);
const capitals = "A".repeat(MEGABYTE);
const capitalisedWords = "Ab ".repeat(MEGABYTE / 3);
const digits = "9".repeat(MEGABYTE);
const spacedDigits = "9 ".repeat(MEGABYTE / 2);
const weekdays = "Monday ".repeat(MEGABYTE / 7);
const denseUnit = "On 20 Aug 2025 about 300 rounds, 12 drones; ";
const denseRepeats = Math.floor(MEGABYTE / denseUnit.length);
const denseDatesAndNumbers = denseUnit.repeat(denseRepeats);
const namesAndPronouns = "Sergey Lavrov said he ".repeat(MEGABYTE / 22);

describe("1 MB of pathological input", () => {
  it.each([
    ["weekdays", weekdays],
    ["digits", digits],
    ["quote marks", quoteMarks],
  ])("findDates answers on %s", (_name, text) => {
    expect(Array.isArray(findDates(text, "2025-08-20"))).toBe(true);
  });

  it.each([
    ["capitals", capitals],
    ["capitalised words", capitalisedWords],
    ["names and pronouns", namesAndPronouns],
  ])("findNames and findPeople answer on %s", (_name, text) => {
    expect(Array.isArray(findNames(text).people)).toBe(true);
    expect(Array.isArray(findPeople(text))).toBe(true);
  });

  it.each([
    ["digits", digits],
    ["spaced digits", spacedDigits],
  ])("findNumbers answers on %s", (_name, text) => {
    expect(Array.isArray(findNumbers(text))).toBe(true);
  });

  // Every number is checked against the date spans: a sweep, not a loop over all spans.
  it("findNumbers answers on dense dates and numbers with their date spans", () => {
    const dates = findDates(denseDatesAndNumbers, "2025-08-21");
    const numbers = findNumbers(denseDatesAndNumbers, dates);
    expect(numbers.filter((number) => number.value === 2025)).toEqual([]);
    expect(numbers.filter((number) => number.counts === "rounds").length).toBe(denseRepeats);
  });

  it.each([
    ["quote marks", quoteMarks],
    ["capitals", capitals],
    ["names and pronouns", namesAndPronouns],
  ])("extractFacts and findEventDate answer on %s", (_name, text) => {
    const article = articleFromBody(text, { published: "2025-08-20" });
    const facts = extractFacts(article);
    expect(Array.isArray(facts.dates)).toBe(true);
    expect(findEventDate(article, facts.dates)?.date ?? "none").toBeTypeOf("string");
  });
});

describe("hostile shapes for the quote and date patterns", () => {
  // A quote ending in a long run of punctuation, and a range separator between long runs
  // of spaces: each was a pattern retried from every position of the run.
  it("extractQuotes answers on a quote closed by 1 MB of punctuation", () => {
    const body = `He said “Harbour Lights${",".repeat(MEGABYTE)}” and left.`;
    expect(Array.isArray(extractFacts(articleFromBody(body)).quotes)).toBe(true);
  });

  it("findDates answers on dates between 1 MB of spaces", () => {
    const body = `From 20 August${" ".repeat(MEGABYTE / 2)}to${" ".repeat(MEGABYTE / 2)}21 August 2025`;
    expect(Array.isArray(findDates(body, "2025-08-22"))).toBe(true);
  });

  it.each([
    ["findDates", () => findDates(42 as unknown as string)],
    ["findNames", () => findNames(null as unknown as string)],
    ["findNumbers", () => findNumbers({} as unknown as string)],
    ["findPeople", () => findPeople([] as unknown as string)],
  ])("%s refuses a text that is not a string with a CorroborateError", (_name, call) => {
    expect(call).toThrow(/expected the text as a string/u);
  });
});

describe("hostile shapes for speakers described and never named", () => {
  // Each pronoun and each "the … said" looks back over a bounded stretch of text for the
  // description or person it stands for, never over every mention before it.
  it("extractQuotes answers on doubling runs of described speakers and pronouns", () => {
    const unit =
      "One welder, a father of three, waited at the gate. “We built ships,” he said. “Not now,” the welder said. Ana Ruiz, 61, a retired nurse, agreed. ";
    for (const repeats of [500, 1_000, 2_000]) {
      const quotes = extractQuotes(articleFromBody(unit.repeat(repeats)));
      expect(quotes.filter((quote) => quote.speaker?.name === "One welder").length).toBe(
        repeats * 2,
      );
    }
  });

  it("extractQuotes answers on doubling runs of statements and companies speaking", () => {
    const unit =
      "In a statement, the company said it grew. “We grew,” the statement said. The statement said in a statement: “Again.” ";
    for (const repeats of [500, 1_000, 2_000]) {
      const quotes = extractQuotes(
        articleFromBody(`Brindle Holdings met. ${unit.repeat(repeats)}`),
      );
      expect(quotes.length).toBe(repeats * 2);
    }
  });

  it("extractQuotes answers on doubling runs of bracketed acronyms that speak", () => {
    for (const repeats of [500, 1_000, 2_000]) {
      const body = Array.from(
        { length: repeats },
        (_, index) =>
          `The Delta Group ${index} (DG${String.fromCharCode(65 + (index % 26))}) met. “We met,” DG${String.fromCharCode(65 + (index % 26))} said.`,
      ).join(" ");
      expect(extractQuotes(articleFromBody(body)).length).toBe(repeats);
    }
  });
});
