import { describe, expect, it } from "vitest";
import { z } from "zod";
import { alignQuotes, defaultAlignOptions, QuoteGroupSchema } from "../../src/align/index.js";
import { CorroborateError } from "../../src/errors.js";
import type { QuoteGroup } from "../../src/types.js";
import {
  alignStory,
  multiOutletGroups,
  type Outlets,
  oneStory,
  storyArticles,
} from "./alignFixtures.js";

// Each case: outlets quoting one event, and the statements carried by two or more of them
// (as sorted `article:first words` labels). Everything else must stay out of those groups.
const cases: { name: string; outlets: Outlets; expected: string[][] }[] = [
  {
    name: "a trimmed rendering joins the full sentence",
    outlets: {
      wire: "“The terminal reopens on Monday, with or without an agreement, and every shift will be staffed,” Transport Minister Ines Okafor said.",
      paper: "“The terminal reopens on Monday, with or without an agreement,” Okafor said.",
    },
    expected: [["paper:The terminal reopens", "wire:The terminal reopens"]],
  },
  {
    name: "an extended rendering (the next clause added) joins",
    outlets: {
      wire: "“We will not negotiate under threats,” union leader Pieter Vos said.",
      radio: "“We will not negotiate under threats, and the minister knows it,” said Pieter Vos.",
    },
    expected: [["radio:We will not", "wire:We will not"]],
  },
  {
    name: "a translated rendering (other words, other order, other inflection) joins",
    outlets: {
      wire: "“Seriously discussing questions of port safety without the dockworkers is an illusion,” Transport Minister Ines Okafor said.",
      broadcaster:
        "“Any serious discussion of safety issues at the port without the dockworkers is an illusion,” Okafor told the station.",
    },
    expected: [["broadcaster:Any serious discussion", "wire:Seriously discussing questions"]],
  },
  {
    name: "a reordered list joins",
    outlets: {
      wire: "“Our members want safe cranes, fair pay and a contract that lasts,” union leader Pieter Vos said.",
      paper: "“Our members want a contract that lasts, fair pay and safe cranes,” Vos said.",
    },
    expected: [["paper:Our members want", "wire:Our members want"]],
  },
  {
    name: "partial quotes of the catchphrase hang under the full statement",
    outlets: {
      wire: "“Closing the terminal for a week is a road to nowhere for this city,” Transport Minister Ines Okafor said.",
      paper: "Okafor called the closure a “road to nowhere.”",
      radio: "Okafor said the shutdown was “a road to nowhere” and left without taking questions.",
    },
    expected: [["paper:road to nowhere.", "radio:a road to", "wire:Closing the terminal"]],
  },
  {
    name: "a name corrected inside the quote marks still joins",
    outlets: {
      transcript: "“Minister Okafur has not once sat down with us,” union leader Pieter Vos said.",
      paper: "“Minister Okafor has not once sat down with us,” Vos said.",
    },
    expected: [["paper:Minister Okafor has", "transcript:Minister Okafur has"]],
  },
  {
    name: "two statements of one speaker stay apart, and a broken quote running over both links to both",
    outlets: {
      wire: "“The terminal reopens on Monday,” Transport Minister Ines Okafor said. “The crane operators will get a fair offer.”",
      paper: "“The terminal reopens on Monday,” Okafor said on Tuesday.",
      radio: "“The crane operators will get a fair offer,” Okafor said.",
    },
    expected: [
      ["paper:The terminal reopens", "wire:The terminal reopens"],
      ["radio:The crane operators", "wire:The crane operators"],
    ],
  },
  {
    name: "one phrase used by two speakers is not one statement",
    outlets: {
      ministry: "“This strike is a road to nowhere,” Transport Minister Ines Okafor said.",
      union: "Union leader Pieter Vos dismissed the ministry's plan as “a road to nowhere.”",
    },
    expected: [],
  },
  {
    name: "the halves of a broken quote are read as one statement",
    outlets: {
      wire: "“We cannot allow a handful of crane operators,” Transport Minister Ines Okafor said, “to hold the entire economy hostage.”",
      paper:
        "“We cannot allow a handful of crane operators to hold the entire economy hostage,” Okafor said.",
    },
    expected: [["paper:We cannot allow", "wire:We cannot allow"]],
  },
  {
    name: "the same words credited to two people are one statement (for the next stage to flag)",
    outlets: {
      wire: "“The terminal reopens on Monday, with or without an agreement,” Transport Minister Ines Okafor said.",
      paper:
        "“The terminal reopens on Monday, with or without an agreement,” said harbour master Lena Brandt.",
    },
    expected: [["paper:The terminal reopens", "wire:The terminal reopens"]],
  },
  {
    name: "an outlet that credits the office and one that names the spokeswoman carry one statement",
    outlets: {
      left: "“We will veto any bill that cuts Medicare by a single dollar,” the White House said in a statement.",
      right:
        "“We will veto any bill that cuts Medicare by a single dollar,” press secretary Dana Whitfield told reporters.",
      centre:
        "Whitfield said the administration would “veto any bill that cuts Medicare,” and took no questions.",
    },
    expected: [["centre:veto any bill", "left:We will veto", "right:We will veto"]],
  },
  {
    name: "a survivor's words, reworded and trimmed, are one statement",
    outlets: {
      wire: "“The whole building just came down like a pancake, floor after floor,” said resident Ana Lopez, 54.",
      local: "“It came down like a pancake,” Lopez said.",
      national: "Lopez, a resident, said the building came down “like a pancake.”",
    },
    expected: [["local:It came down", "national:like a pancake.", "wire:The whole building"]],
  },
  {
    name: "a short statement with one word swapped is one statement misquoted",
    outlets: {
      wire: "“This board has chosen to rule by surprise,” Harbour Commissioner Ines Okafor said.",
      paper: "“This board has decided to rule by surprise,” Okafor said.",
    },
    expected: [["paper:This board has", "wire:This board has"]],
  },
  {
    name: "a short statement with one word changed at its end is one statement misquoted",
    outlets: {
      wire: "“We broke faith with our riders, and I regret it,” transit chief Pieter Vos said.",
      paper: "“We broke faith with our commuters, and I regret it,” Vos said.",
      radio: "“We broke faith with our riders, and I regret it,” Vos told the station.",
    },
    expected: [["paper:We broke faith", "radio:We broke faith", "wire:We broke faith"]],
  },
  {
    name: "one word apart from two different speakers is not one statement",
    outlets: {
      wire: "“This board has chosen to rule by surprise,” Harbour Commissioner Ines Okafor said.",
      paper: "“This board has decided to rule by surprise,” union leader Pieter Vos said.",
    },
    expected: [],
  },
  {
    name: "different statements that share a topic stay apart",
    outlets: {
      wire: "“The crane operators will get a fair offer before the weekend,” Transport Minister Ines Okafor said.",
      paper: "“Our crane operators were never offered a fair deal,” union leader Pieter Vos said.",
    },
    expected: [],
  },
];

function offsetsHold(group: QuoteGroup, bodies: Map<string, string>): void {
  for (const variant of group.variants) {
    const body = bodies.get(variant.articleId) ?? "";
    for (const piece of variant.pieces) expect(body.slice(piece.start, piece.end)).toBe(piece.text);
  }
  for (const row of group.alignment.rows) {
    const body = bodies.get(row.articleId) ?? "";
    for (const cell of row.cells)
      if (cell) expect(body.slice(cell.start, cell.end)).toBe(cell.text);
  }
  const rootArticle = group.variants[group.alignment.root]?.articleId ?? "";
  for (const difference of group.alignment.differences) {
    const body = bodies.get(difference.articleId) ?? "";
    expect(body.slice(difference.start, difference.end)).toBe(difference.text);
    const rootBody = bodies.get(rootArticle) ?? "";
    expect(rootBody.slice(difference.rootStart, difference.rootEnd)).toBe(difference.rootText);
  }
}

describe("alignQuotes", () => {
  it.each(cases)("$name", ({ outlets, expected }) => {
    const groups = alignStory(outlets);
    expect(multiOutletGroups(groups)).toEqual(expected);
    const bodies = new Map(Object.entries(outlets));
    for (const group of groups) {
      expect(QuoteGroupSchema.safeParse(group).success).toBe(true);
      offsetsHold(group, bodies);
    }
  });

  it("roots a group at its fullest version and reports the trimmed words as dropped", () => {
    const [group] = alignStory(cases[0]?.outlets ?? {}).filter(
      (found) => found.articleIds.length > 1,
    );
    expect(group?.variants.map((variant) => [variant.articleId, variant.role])).toEqual([
      ["wire", "root"],
      ["paper", "variant"],
    ]);
    expect(
      group?.alignment.differences.map((difference) => [difference.kind, difference.rootText]),
    ).toEqual([["dropped", "and every shift will be staffed"]]);
  });

  it.each([
    ["a corrected name", 5, [["replaced", "Okafur", "Okafor"]]],
    [
      "reordered words",
      3,
      [
        ["moved", "safe cranes", "safe cranes"],
        ["moved", "fair pay and", "fair pay and"],
      ],
    ],
  ])("reports the word differences of %s", (_name, caseIndex, expected) => {
    const groups = alignStory(cases[caseIndex]?.outlets ?? {});
    const group = groups.find((found) => found.articleIds.length > 1);
    const differences = group?.alignment.differences.map((difference) => [
      difference.kind,
      difference.text,
      difference.rootText,
    ]);
    expect(differences).toEqual(expected);
  });
});

describe("alignQuotes output", () => {
  const outlets = cases[6]?.outlets ?? {};

  it("links a quote that spans two statements to both groups", () => {
    const groups = alignStory(outlets).filter((group) => group.articleIds.length > 1);
    const wire = groups.map((group) =>
      group.variants.find((variant) => variant.articleId === "wire"),
    );
    expect(wire.map((variant) => variant?.text)).toEqual([
      "The terminal reopens on Monday,",
      "The crane operators will get a fair offer.",
    ]);
    expect(wire[0]?.linkedGroupIds).toEqual([groups[1]?.id]);
    expect(wire[1]?.linkedGroupIds).toEqual([groups[0]?.id]);
  });

  it("gives each variant its outlet's speaker with the cross-outlet key", () => {
    const [group] = alignStory(outlets).filter((found) => found.articleIds.length > 1);
    expect(group?.variants.map((variant) => [variant.speaker?.name, variant.speaker?.key])).toEqual(
      [
        ["Ines Okafor", "ines okafor"],
        ["Okafor", "ines okafor"],
      ],
    );
    expect(group?.variants[0]?.speaker?.castId).toBe(group?.variants[1]?.speaker?.castId);
  });

  it("keeps the different speakers of the same words apart in the variants", () => {
    const [group] = alignStory(cases[9]?.outlets ?? {});
    expect(group?.variants.map((variant) => variant.speaker?.key)).toEqual([
      "ines okafor",
      "lena brandt",
    ]);
  });

  it("leaves out statements only one article quotes when includeSingles is false", () => {
    const all = alignStory(cases[7]?.outlets ?? {});
    expect(all).toHaveLength(2);
    expect(alignStory(cases[7]?.outlets ?? {}, { includeSingles: false })).toEqual([]);
  });

  it("is deterministic plain JSON that the exported schema validates", () => {
    const first = alignStory(outlets);
    const second = alignStory(outlets);
    expect(second).toEqual(first);
    const roundTrip = JSON.parse(JSON.stringify(first)) as unknown;
    expect(z.array(QuoteGroupSchema).parse(roundTrip)).toEqual(first);
  });

  it("groups the stories itself, and uses facts it is given", () => {
    const articles = storyArticles(outlets);
    const stories = oneStory(articles);
    const given = alignQuotes(articles, { stories });
    const self = alignQuotes(articles);
    expect(multiOutletGroups(self)).toEqual(multiOutletGroups(given));
    const facts = Object.fromEntries(
      articles.map((article) => [article.id, { ...emptyFacts, quotes: [] }]),
    );
    expect(alignQuotes(articles, { stories, facts })).toEqual([]);
  });

  it("refuses options out of range and stories naming unknown articles", () => {
    const articles = storyArticles(outlets);
    expect(() => alignQuotes(articles, { minContainment: 2 })).toThrow(CorroborateError);
    expect(() =>
      alignQuotes(articles, {
        stories: [{ id: "s", articleIds: ["missing"], kind: "single", reasons: [] }],
      }),
    ).toThrow(/missing/u);
    expect(defaultAlignOptions.minContainment).toBe(0.5);
  });
});

const emptyFacts = { people: [], organizations: [], places: [], dates: [], numbers: [] };
