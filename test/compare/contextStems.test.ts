import { describe, expect, it } from "vitest";
import { eventStems } from "../../src/compare/contextStems.js";
import { articleFromBody } from "../helpers/article.js";

// The words that say what happened at a moment: lower-case content words beside a span,
// with irregular past forms brought to their verb, names, places and clock words left out.
const cases: [string, string, string, string[]][] = [
  [
    "an irregular past form meets its verb",
    "The flames broke through the roof of the Ostrava depot at dawn.",
    "at dawn",
    ["flam", "break", "roof", "depot"],
  ],
  [
    "a participle of swearing meets the noun",
    "Councillor Imre Dahl was sworn in on May 3.",
    "on May 3",
    ["swear"],
  ],
  [
    "names, places and the clock's own words say nothing of the happening",
    "Judge Petra Lind opened the Vasby hearing at 9 a.m. local time in Malmberg.",
    "at 9 a.m.",
    ["open", "hear"],
  ],
];

describe("eventStems", () => {
  it.each(cases)("%s", (_name, body, span, expected) => {
    const article = articleFromBody(body);
    const start = body.indexOf(span);
    expect([...eventStems(article, start, start + span.length)].sort()).toEqual(
      [...expected].sort(),
    );
  });
});
