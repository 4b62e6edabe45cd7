import { describe, expect, it } from "vitest";
import {
  extractFacts,
  findDates,
  findEventDate,
  findNames,
  findNumbers,
  findPeople,
} from "../../src/extract/index.js";
import { articleFromBody } from "../helpers/article.js";

// Every public function answers on 1 MB of hostile text (the runner's timeout catches a
// hang); how fast is the benchmark's business.
const MEGABYTE = 1_000_000;
const inputs: [string, string][] = [
  ["quote marks", "\u201c".repeat(MEGABYTE)],
  ["capitals", "A".repeat(MEGABYTE)],
  ["capitalised words", "Ab ".repeat(MEGABYTE / 3)],
  ["digits", "9".repeat(MEGABYTE)],
  ["spaced digits", "9 ".repeat(MEGABYTE / 2)],
  ["weekdays", "Monday ".repeat(MEGABYTE / 7)],
  ["names and pronouns", "Sergey Lavrov said he ".repeat(MEGABYTE / 22)],
];

describe("1 MB of pathological input", () => {
  it.each(inputs)("findDates, findNames, findPeople, findNumbers answer on %s", (_name, text) => {
    expect(Array.isArray(findDates(text, "2025-08-20"))).toBe(true);
    expect(Array.isArray(findNames(text).people)).toBe(true);
    expect(Array.isArray(findPeople(text))).toBe(true);
    expect(Array.isArray(findNumbers(text))).toBe(true);
  });

  it.each(inputs)("extractFacts and findEventDate answer on %s", (_name, text) => {
    const article = articleFromBody(text, { published: "2025-08-20" });
    const facts = extractFacts(article);
    expect(Array.isArray(facts.dates)).toBe(true);
    expect(findEventDate(article, facts.dates)?.date ?? "none").toBeTypeOf("string");
  });
});
