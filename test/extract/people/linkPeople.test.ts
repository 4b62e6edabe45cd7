import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { extractFacts } from "../../../src/extract/extractFacts.js";
import { linkPeople } from "../../../src/extract/people/linkPeople.js";
import { parseArticle } from "../../../src/parse/index.js";
import type { ArticleFacts, CastMember } from "../../../src/types.js";
import { articleFromBody } from "../../helpers/article.js";
import { hasShared, sharedDir, sharedMissing } from "../../helpers/shared.js";

function factsOf(bodies: Record<string, string>): Record<string, ArticleFacts> {
  const facts: Record<string, ArticleFacts> = {};
  for (const [id, body] of Object.entries(bodies))
    facts[id] = extractFacts(articleFromBody(body, { id }));
  return facts;
}

/** Each member as "name: article=spelling, …" for readable expectations. */
function summary(cast: CastMember[]): string[] {
  return cast.map(
    (member) =>
      `${member.name}: ${member.appearances.map((appearance) => `${appearance.articleId}=${appearance.name}`).join(", ")}`,
  );
}

// [articles, expected cast]
const cases: [Record<string, string>, string[]][] = [
  [
    {
      a: "Finance Minister Oleksiy Marchenko met donors in Warsaw. Marchenko asked for more.",
      b: "Ukraine's finance minister, Oleksii Marchenko, said the talks went well.",
      c: "Marchenko said the money would come soon.",
    },
    ["Oleksiy Marchenko: a=Oleksiy Marchenko, b=Oleksii Marchenko, c=Marchenko"],
  ],
  [
    {
      a: "Senator Hillary Clinton spoke first. Former President Bill Clinton spoke later.",
      b: "Clinton said the campaign was over.",
    },
    ["Hillary Clinton: a=Hillary Clinton", "Bill Clinton: a=Bill Clinton", "Clinton: b=Clinton"],
  ],
  [
    {
      a: "Mayor Ivan Lavrenko opened the bridge.",
      b: "Foreign Minister Sergei Lavrov visited the bridge.",
    },
    ["Ivan Lavrenko: a=Ivan Lavrenko", "Sergei Lavrov: b=Sergei Lavrov"],
  ],
  [
    {
      a: "Judge Maria Kowalska read the verdict.",
      b: "Judge Marie Kowalski read the verdict.",
    },
    ["Maria Kowalska: a=Maria Kowalska", "Marie Kowalski: b=Marie Kowalski"],
  ],
  [
    {
      a: "Governor Tom Reyes declared an emergency.",
      b: "Gov. Thomas Reyes declared an emergency.",
      c: "Governor T. Reyes toured the flooded streets.",
    },
    ["Thomas Reyes: a=Tom Reyes, b=Thomas Reyes, c=T. Reyes"],
  ],
  // A surname of seven letters or more two slips apart, under one given name, is one
  // person misspelt; a shorter one is another person.
  [
    {
      a: "Judge Miriam Fairbairn sentenced him to six years.",
      b: "Judge Miriam Fairburn sentenced him to six years.",
    },
    ["Miriam Fairbairn: a=Miriam Fairbairn, b=Miriam Fairburn"],
  ],
  [
    {
      a: "Goal defence Alena Dzierzak played every minute.",
      b: "Goal defence Alena Dzeirzak played every minute.",
    },
    ["Alena Dzierzak: a=Alena Dzierzak, b=Alena Dzeirzak"],
  ],
  [
    {
      a: "Coach Maria Gomez named the side.",
      b: "Coach Maria Lopez named the side.",
    },
    ["Maria Gomez: a=Maria Gomez", "Maria Lopez: b=Maria Lopez"],
  ],
];

describe("linkPeople", () => {
  it.each(cases)("%j", (bodies, expected) => {
    expect(summary(linkPeople(factsOf(bodies)))).toEqual(expected);
  });

  it("keeps each article's spellings and roles as evidence", () => {
    const cast = linkPeople(
      factsOf({
        a: "Defence Minister Anna Bergström said the drills would go ahead. Bergström left.",
        b: "Anna Bergstrom, the defence minister, said the drills were postponed.",
      }),
    );
    expect(cast).toHaveLength(1);
    const [member] = cast;
    expect(member?.appearances.map((appearance) => appearance.spellings)).toEqual([
      ["Anna Bergström", "Bergström"],
      ["Anna Bergstrom"],
    ]);
    expect(
      member?.appearances.map((appearance) => appearance.roles.map((role) => role.text)),
    ).toEqual([["Defence Minister"], ["the defence minister"]]);
  });

  it("gives ids that do not depend on the order of other people", () => {
    const one = linkPeople(factsOf({ a: "Anna Berg spoke.", b: "Tom Reyes spoke." }));
    const two = linkPeople(factsOf({ b: "Tom Reyes spoke.", a: "Anna Berg spoke." }));
    expect(one.map((member) => member.id).sort()).toEqual(two.map((member) => member.id).sort());
  });
});

describe.skipIf(!hasShared)("linkPeople on the seed articles", () => {
  it("gives one Lavrov, one Zelenskyy and one Kallas, with each spelling and role", () => {
    const directory = join(sharedDir, "seeds");
    const facts: Record<string, ArticleFacts> = {};
    for (const name of readdirSync(directory).sort()) {
      const article = parseArticle({ id: name, text: readFileSync(join(directory, name), "utf8") });
      facts[article.id] = extractFacts(article);
    }
    const cast = linkPeople(facts);
    const named = (word: string) => cast.filter((member) => member.name.includes(word));
    const spellings = (member: CastMember | undefined) =>
      [...new Set(member?.appearances.map((appearance) => appearance.name))].sort();

    expect(named("Lavrov")).toHaveLength(1);
    expect(spellings(named("Lavrov")[0])).toEqual(["Sergei Lavrov", "Sergey Lavrov"]);
    expect(named("Zelensk")).toHaveLength(1);
    expect(spellings(named("Zelensk")[0])).toEqual(["Volodymyr Zelensky", "Volodymyr Zelenskyy"]);
    const [kallas] = named("Kallas");
    expect(kallas?.appearances).toHaveLength(2);
    for (const appearance of kallas?.appearances ?? [])
      expect(appearance.roles.length).toBeGreaterThan(0);
    // No member joins two different people: every pair of its names can name one person.
    expect(named("Putin")).toHaveLength(1);
    expect(named("Trump")).toHaveLength(1);
    expect(
      cast
        .filter((member) => member.name === "Vladimir Putin")[0]
        ?.appearances.every((appearance) => appearance.name.endsWith("Putin")),
    ).toBe(true);
  });
});

if (!hasShared) console.warn(sharedMissing);
