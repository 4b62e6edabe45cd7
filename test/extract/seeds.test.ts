import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../src/extract/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, ArticleFacts } from "../../src/types.js";
import { hasShared, sharedDir, sharedMissing } from "../helpers/shared.js";

// The five seed articles report one event; these are the facts a careful reader finds in
// them (the seeds bar), checked on whatever the parser makes of each page.
const WEEKDAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function loadSeeds(): { name: string; article: Article; facts: ArticleFacts }[] {
  const directory = join(sharedDir, "seeds");
  return readdirSync(directory)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) => {
      const article = parseArticle(readFileSync(join(directory, name), "utf8"));
      return { name, article, facts: extractFacts(article) };
    });
}

function rolesOf(facts: ArticleFacts, surname: string): string[] {
  return facts.people
    .filter((person) => person.name.endsWith(surname))
    .flatMap((person) => person.roles.map((role) => role.text));
}

describe.skipIf(!hasShared)("seed articles", () => {
  const seeds = hasShared ? loadSeeds() : [];

  it("finds Sergey Lavrov as one person in every article that names him, under its own spelling", () => {
    for (const { article, facts } of seeds) {
      if (!/Lavrov/u.test(article.body)) continue;
      const lavrovs = facts.people.filter((person) => person.name.includes("Lavrov"));
      expect(lavrovs).toHaveLength(1);
      const spelling = /Serge[iy] Lavrov/u.exec(article.body)?.[0];
      expect(lavrovs[0]?.name).toBe(spelling);
      // Every "Lavrov" in the body is one of his mentions.
      const named = [...article.body.matchAll(/Lavrov/gu)].length;
      expect(
        lavrovs[0]?.mentions.filter((mention) => mention.text.includes("Lavrov")),
      ).toHaveLength(named);
    }
  });

  it("finds the foreign minister's title wherever it precedes his name", () => {
    for (const { article, facts } of seeds) {
      if (!/Foreign Minister Serge[iy] Lavrov/u.test(article.body)) continue;
      expect(rolesOf(facts, "Lavrov").some((role) => role.endsWith("Foreign Minister"))).toBe(true);
    }
  });

  it("finds the roles the issue lists", () => {
    const all = seeds.map(({ facts }) => facts);
    const roles = (surname: string) => all.flatMap((facts) => rolesOf(facts, surname));
    expect(roles("Stubb")).toContain("President");
    expect(roles("Cavo Dragone")).toContain("Admiral");
    expect(roles("Charap")).toContain("a Russia analyst at Rand Corp.");
    expect(roles("Kallas")).toContain("an ardent Russia hawk");
    expect(roles("Yermak").some((role) => role.includes("chief of staff"))).toBe(true);
    expect(all.flatMap((facts) => facts.people.map((person) => person.name))).toContain(
      "Wladyslaw Kosiniak-Kamysz",
    );
  });

  it("keeps titles out of names and organisations and places out of people", () => {
    for (const { facts } of seeds) {
      for (const person of facts.people) {
        expect(person.name).not.toMatch(
          /^(?:President|Minister|Foreign|Russian|Admiral|Mr\.|The)\s/u,
        );
        expect([
          "Kremlin",
          "NATO",
          "Moscow",
          "Kyiv",
          "Washington",
          "Russia",
          "Ukraine",
        ]).not.toContain(person.name);
      }
    }
  });

  it("resolves every weekday against the publication date, or leaves it unresolved without one", () => {
    for (const { article, facts } of seeds) {
      const weekdays = facts.dates.filter((date) =>
        WEEKDAYS.includes(date.text.toLowerCase().replace(/\s.*$/u, "")),
      );
      for (const date of weekdays) {
        if (!article.published) {
          expect(date.resolved).toBe(false);
          continue;
        }
        expect(date.resolved).toBe(true);
        const day = new Date(`${date.value ?? ""}T12:00:00`);
        expect(WEEKDAYS[day.getDay()]).toBe(date.text.toLowerCase().replace(/\s.*$/u, ""));
        if (date.rule === "weekday-news-rule")
          expect((date.value ?? "") <= article.published.date).toBe(true);
      }
    }
  });

  it("gives every fact offsets that point at its text", () => {
    for (const { article, facts } of seeds) {
      const spans = [
        ...facts.people.flatMap((person) => [...person.mentions, ...person.roles]),
        ...facts.organizations.flatMap((entry) => entry.mentions),
        ...facts.places.flatMap((entry) => entry.mentions),
        ...facts.dates,
        ...facts.numbers,
      ];
      for (const span of spans) expect(article.body.slice(span.start, span.end)).toBe(span.text);
    }
  });
});

if (!hasShared) console.warn(sharedMissing);
