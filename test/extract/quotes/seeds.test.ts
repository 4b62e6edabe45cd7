import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts, extractQuotes } from "../../../src/extract/index.js";
import { parseArticle } from "../../../src/parse/index.js";
import { hasShared, sharedDir } from "../../helpers/shared.js";

// The direct quotes of each seed article, in order: who said it, and which earlier
// direct quote (by position in this list) it continues. Only names are written here;
// the article texts are read from ../shared at run time.
const expectedDirect: Record<string, [speaker: string, continuesIndex: number | null][]> = {
  "000": [],
  "001": [
    ["Sergei Lavrov", null],
    ["Sergei Lavrov", 0],
    ["Giuseppe Cavo Dragone", null],
  ],
  "002": [],
  "003": [
    ["Sergey Lavrov", null],
    ["Sergey Lavrov", null],
    ["Sergey Lavrov", 1],
    ["Samuel Charap", null],
    ["Samuel Charap", 3],
    ["Alexander Stubb", null],
    ["Samuel Charap", null],
  ],
  "004": [
    ["Sergey Lavrov", null],
    ["Sergey Lavrov", null],
  ],
};

// Skips (with the message printed by test/helpers/shared.ts) when ../shared is absent.
describe.skipIf(!hasShared)("extractQuotes on the seed articles", () => {
  const folder = join(sharedDir, "seeds");
  const files = hasShared
    ? readdirSync(folder)
        .filter((name) => name.endsWith(".txt"))
        .sort()
    : [];
  it("has the five seeds", () => {
    expect(files.map((name) => name.slice(0, 3))).toEqual(Object.keys(expectedDirect));
  });
  it.each(files)("%s: every direct quote once, with its speaker", (name) => {
    const article = parseArticle({ id: name, text: readFileSync(join(folder, name), "utf8") });
    const quotes = extractQuotes(article);
    const direct = quotes.filter((quote) => quote.kind === "direct");
    const ids = direct.map((quote) => quote.id);
    expect(
      direct.map((quote) => [
        quote.speaker?.name ?? null,
        quote.continues === undefined ? null : ids.indexOf(quote.continues),
      ]),
    ).toEqual(expectedDirect[name.slice(0, 3)]);
    for (const quote of direct) {
      // The speaker's offsets point at a mention of that person.
      const mention = article.body.slice(quote.speaker?.start ?? 0, quote.speaker?.end ?? 0);
      const surname = quote.speaker?.name.split(" ").at(-1) ?? "";
      expect(mention).toContain(surname);
    }
    // No stretch of text is reported twice.
    const sorted = [...quotes].sort((a, b) => a.start - b.start);
    for (let index = 1; index < sorted.length; index++) {
      expect(sorted[index]?.start ?? 0).toBeGreaterThanOrEqual(sorted[index - 1]?.end ?? 0);
    }
    // A one-word quote such as “game-changing” is never a direct quote.
    for (const quote of quotes)
      if (quote.text.split(/\s+/u).length === 1) expect(quote.kind).not.toBe("direct");
  });
});

describe.skipIf(!hasShared)(
  "quote speakers on the seed articles are the article's own people",
  () => {
    const folder = join(sharedDir, "seeds");
    const files = hasShared
      ? readdirSync(folder)
          .filter((name) => name.endsWith(".txt"))
          .sort()
      : [];
    it.each(files)("%s", (name) => {
      const article = parseArticle({ id: name, text: readFileSync(join(folder, name), "utf8") });
      const facts = extractFacts(article);
      for (const quote of facts.quotes) {
        const speaker = quote.speaker;
        if (speaker === undefined) continue;
        if (speaker.kind === "person") {
          // A person speaker is one of facts.people, under that person's fullest name.
          const person = facts.people.find((candidate) => candidate.id === speaker.personId);
          expect(person?.name).toBe(speaker.name);
        } else if (speaker.kind === "organization") {
          expect(facts.organizations.map((organization) => organization.name)).toContain(
            speaker.name,
          );
        } else {
          // A place speaks only as the subject of its own verb of saying, never through a
          // participle ("…, dismissing the talks as …").
          expect(speaker.kind).toBe("place");
          expect(quote.verb ?? "").not.toMatch(/ing$/u);
        }
        // No country is credited with a phrase a person said: the words are not also quoted
        // from a person of the same article.
        if (speaker.kind === "place") {
          const samePhrase = facts.quotes.filter(
            (other) =>
              other.text.includes(quote.text.replace(/[.,]$/u, "")) &&
              other.speaker?.kind === "person",
          );
          expect(samePhrase).toEqual([]);
        }
      }
    });
  },
);
