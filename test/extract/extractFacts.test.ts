import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { articleFromBody } from "../helpers/article.js";

// A short wire story of our own, in the shape of the seed event.
const body = [
  "MOSCOW (Wire) — Russia’s top diplomat on Wednesday rejected Western-only talks on security guarantees for Ukraine.",
  "“Discussing security without Russia is a road to nowhere,” Russian Foreign Minister Sergey Lavrov told reporters in Moscow. He said talks held in Washington on Monday had changed nothing.",
  "Samuel Charap, a Russia analyst at Rand Corp., said about 300 rounds of shelling were recorded overnight and that $4.5 million in aid was delayed.",
].join("\n\n");

describe("extractFacts", () => {
  const facts = extractFacts(articleFromBody(body, { published: "2025-08-21" }));

  it("links the description, the name and the pronoun to one person with his title", () => {
    const lavrov = facts.people.find((person) => person.name === "Sergey Lavrov");
    expect(lavrov?.mentions.map((mention) => mention.text)).toEqual([
      "Russia’s top diplomat",
      "Sergey Lavrov",
      "He",
    ]);
    expect(lavrov?.roles.map((role) => role.text)).toEqual(["Russian Foreign Minister"]);
  });

  it("finds the analyst's appositive role and the organisation and places", () => {
    expect(
      facts.people
        .find((person) => person.name === "Samuel Charap")
        ?.roles.map((role) => role.text),
    ).toEqual(["a Russia analyst at Rand Corp."]);
    expect(facts.organizations.map((entry) => entry.name)).toContain("Rand Corp.");
    expect(facts.places.map((entry) => entry.name)).toEqual(
      expect.arrayContaining(["Moscow", "Washington", "Ukraine"]),
    );
  });

  it("resolves the weekdays and dates the event by the lead", () => {
    expect(facts.dates.map((date) => [date.text, date.value])).toEqual([
      ["Wednesday", "2025-08-20"],
      ["Monday", "2025-08-18"],
    ]);
    expect(facts.eventDate).toEqual({
      date: "2025-08-20",
      text: "Wednesday",
      start: body.indexOf("Wednesday"),
      end: body.indexOf("Wednesday") + 9,
    });
  });

  it("reads the numbers with their units and what they count", () => {
    expect(
      facts.numbers.map((number) => [
        number.text,
        number.value,
        number.unit ?? null,
        number.counts ?? null,
        number.approximate,
      ]),
    ).toEqual([
      ["about 300", 300, null, "rounds of shelling", true],
      ["$4.5 million", 4_500_000, "USD", null, false],
    ]);
  });

  it("fills the quotes through extractQuotes", () => {
    expect(facts.quotes.map((quote) => quote.text)).toEqual([
      "Discussing security without Russia is a road to nowhere,",
    ]);
  });

  it("marks dates resolved against a page banner's date as weak references", () => {
    const article = articleFromBody(body);
    article.published = {
      date: "2025-08-21",
      text: "Thu 21 Aug 2025",
      source: "banner",
      confidence: 0.3,
    };
    expect(
      extractFacts(article).dates.map((date) => [date.text, date.value, date.certainty]),
    ).toEqual([
      ["Wednesday", "2025-08-20", "weak-reference"],
      ["Monday", "2025-08-18", "weak-reference"],
    ]);
    expect(facts.dates.map((date) => date.certainty)).toEqual(["relative", "relative"]);
  });

  it("leaves relative dates unresolved without a publication date", () => {
    const undated = extractFacts(articleFromBody(body));
    expect(undated.dates.every((date) => !date.resolved)).toBe(true);
    expect(undated.eventDate).toBeUndefined();
  });

  it("does not mutate the article", () => {
    const article = articleFromBody(body, { published: "2025-08-21" });
    const copy = structuredClone(article);
    extractFacts(article);
    expect(article).toEqual(copy);
  });
});
