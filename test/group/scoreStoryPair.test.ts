import { describe, expect, it } from "vitest";
import { scoreStoryPair } from "../../src/group/index.js";
import type { Article } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { storyArticles } from "./storyFixtures.js";

// Rarest first; ties in rarity keep a fixed (hash) order.
const PEOPLE = "shared names: Eleni, Petros, Thessaloniki, Vlachos, Institute and 6 more";

function renamed(article: Article, id: string): Article {
  return { ...article, id };
}

describe("scoreStoryPair", () => {
  const { wire, newLead, trimmed, reworded, arequipa, harbour } = storyArticles;
  it.each([
    {
      name: "identical text",
      a: wire,
      b: renamed(wire, "copy"),
      sameStory: true,
      nearDuplicate: true,
    },
    {
      name: "wire copy with a new lead",
      a: wire,
      b: newLead,
      sameStory: true,
      nearDuplicate: true,
    },
    { name: "trimmed copy", a: wire, b: trimmed, sameStory: true, nearDuplicate: true },
    {
      name: "reworded write-up of the same quake",
      a: wire,
      b: reworded,
      sameStory: true,
      nearDuplicate: false,
    },
    {
      name: "same topic, different quake",
      a: wire,
      b: arequipa,
      sameStory: false,
      nearDuplicate: false,
    },
    {
      name: "reworded story against the other quake",
      a: reworded,
      b: arequipa,
      sameStory: false,
      nearDuplicate: false,
    },
    { name: "unrelated story", a: wire, b: harbour, sameStory: false, nearDuplicate: false },
  ])(
    "$name: sameStory $sameStory, nearDuplicate $nearDuplicate",
    ({ a, b, sameStory, nearDuplicate }) => {
      const score = scoreStoryPair(a, b);
      expect({ sameStory: score.sameStory, nearDuplicate: score.nearDuplicate }).toEqual({
        sameStory,
        nearDuplicate,
      });
    },
  );

  it("scores identical text 1 with wording, terms, names, numbers and the quote as reasons", () => {
    const score = scoreStoryPair(wire, renamed(wire, "copy"));
    expect(score.similarity).toBe(1);
    expect(score.reasons.map((reason) => reason.kind).sort()).toEqual([
      "number",
      "person",
      "place",
      "quote",
      "term",
      "wording",
    ]);
  });

  it("shows no post, people's adjective or number pair as a shared name, place or date", () => {
    const first = articleFromBody(
      "European envoys met. The Minister said Security was tight. Minister Ivo Lind spoke in Kastoria on 02-20.",
      { id: "first" },
    );
    const second = articleFromBody(
      "European officials gathered. Security Council members and the Minister spoke. Minister Ivo Lind visited Kastoria on 02-20.",
      { id: "second" },
    );
    const reasons = scoreStoryPair(first, second).reasons;
    expect(reasons.find((reason) => reason.kind === "person")?.detail).toBe(
      "shared names: Ivo, Lind",
    );
    expect(reasons.find((reason) => reason.kind === "place")?.detail).toBe(
      "shared places: Kastoria",
    );
    expect(reasons.some((reason) => reason.kind === "date")).toBe(false);
  });

  it("explains a reworded pair by the names and numbers both carry", () => {
    const score = scoreStoryPair(wire, reworded);
    const numbers = score.reasons.find((reason) => reason.kind === "number");
    expect(numbers?.detail).toBe("shared numbers: 6.1, 4.3, 30, 9");
    const people = score.reasons.find((reason) => reason.kind === "person");
    expect(people?.detail).toBe(PEOPLE);
  });

  it("finds nothing in common between two empty articles", () => {
    const score = scoreStoryPair(
      articleFromBody("", { id: "a" }),
      articleFromBody("", { id: "b" }),
    );
    expect(score).toEqual({ similarity: 0, sameStory: false, nearDuplicate: false, reasons: [] });
  });

  it("counts publication days far apart against the pair", () => {
    const early = {
      ...reworded,
      published: { date: "2025-03-04", text: "", source: "input" as const, confidence: 1 },
    };
    const late = {
      ...wire,
      published: { date: "2025-09-30", text: "", source: "input" as const, confidence: 1 },
    };
    const score = scoreStoryPair(early, late);
    expect(score.reasons.find((reason) => reason.weight < 0)?.detail).toBe(
      "published 210 days apart, outside the 30-day window",
    );
    // Grouping proposes no such pair by its terms: the pair score says the same.
    expect(score.similarity).toBeLessThan(0.01);
    expect(score.sameStory).toBe(false);
  });

  it("counts publication years far apart as years the articles speak of", () => {
    const early = {
      ...reworded,
      published: { date: "2019-03-04", text: "", source: "input" as const, confidence: 1 },
    };
    const late = {
      ...wire,
      published: { date: "2024-09-30", text: "", source: "input" as const, confidence: 1 },
    };
    const details = scoreStoryPair(early, late).reasons.map((reason) => reason.detail);
    expect(details).toContain("the latest years mentioned are 5 years apart");
  });

  it("counts two detailed reports that share no number against the pair", () => {
    const otherFigures = {
      ...reworded,
      id: "other-figures",
      body: reworded.body
        .replace("6.1-magnitude", "5.2-magnitude")
        .replace("9 km", "21 km")
        .replace("30 aftershocks", "12 aftershocks")
        .replace("one of 4.3", "one of 3.8"),
    };
    const score = scoreStoryPair(wire, otherFigures);
    expect(score.reasons.find((reason) => reason.weight < 0)?.detail).toBe(
      "no number in common (6 and 4 numbers)",
    );
  });

  it("refuses options out of range", () => {
    expect(() => scoreStoryPair(wire, reworded, { sameStoryThreshold: 2 })).toThrow(
      expect.objectContaining({ code: "invalid-options" }),
    );
  });
});

describe("scoreStoryPair: the days the leads name", () => {
  // Raids of one kind on one coast, each told by two writers who name the cutter, the
  // officer and the smugglers' home port of that raid, and a later report of the first raid
  // that names its people.
  interface Raid {
    day: string;
    boats: number;
    cutter: string;
    officer: string;
    home: string;
  }
  const first: Raid = {
    day: "Saturday",
    boats: 4,
    cutter: "Aoibhinn",
    officer: "Brid Hanley",
    home: "Ballytore",
  };
  const second: Raid = {
    day: "Thursday",
    boats: 6,
    cutter: "Saoirse",
    officer: "Ruairi Tansey",
    home: "Rathmoy",
  };
  const third: Raid = {
    day: "Saturday",
    boats: 6,
    cutter: "Niamh",
    officer: "Cathal Breen",
    home: "Inchmore",
  };
  const told = ({ day, boats, cutter, officer, home }: Raid) =>
    `Coastguard cutters led by the ${cutter} on ${day} intercepted ${boats} smuggling boats from ${home} off the Corran headland, seizing fuel drums and outboard engines. The boats were towed to the harbour at Dunmere, where customs officers took the crews ashore. Patrols along the headland will continue through the month, station officer ${officer} said.`;
  const retold = ({ day, boats, cutter, officer, home }: Raid) =>
    `Smugglers from ${home} lost ${boats} boats to the coastguard off Corran headland on ${day}, when the ${cutter} and two other cutters cornered them near the rocks with fuel drums and engines aboard. Customs officers at Dunmere harbour questioned the crews after the boats were towed in. ${officer}, the station officer, said patrols of the headland would go on.`;
  const pairs = [
    {
      name: "two raids whose leads name different days",
      a: articleFromBody(told(first), { id: "a" }),
      b: articleFromBody(retold(second), { id: "b" }),
      reason: "the leads name different days: Saturday, Thursday",
    },
    {
      name: "one raid, both leads on Saturday",
      a: articleFromBody(told(first), { id: "a" }),
      b: articleFromBody(retold(first), { id: "b" }),
      reason: undefined,
    },
    {
      name: "one Saturday seen from a Sunday and a Tuesday paper",
      a: articleFromBody(told(first), { id: "a", published: "2025-05-11" }),
      b: articleFromBody(retold(first), { id: "b", published: "2025-05-13" }),
      reason: undefined,
    },
    {
      name: "two Saturdays a week apart",
      a: articleFromBody(told(first), { id: "a", published: "2025-05-11" }),
      b: articleFromBody(retold(third), { id: "b", published: "2025-05-18" }),
      reason: "the leads name different Saturdays",
    },
    {
      name: "a later hearing of the same raid, naming its people",
      a: articleFromBody(
        `${told(first)} Skippers Tomas Ferrall and Oisin Mulqueen were among those held.`,
        { id: "a" },
      ),
      b: articleFromBody(
        "Skippers Tomas Ferrall and Oisin Mulqueen appeared in court on Wednesday over the four smuggling boats intercepted off the Corran headland. Tomas Ferrall and Oisin Mulqueen were remanded in custody at Dunmere.",
        { id: "b" },
      ),
      reason: undefined,
    },
  ];
  it.each(pairs)("$name", ({ a, b, reason }) => {
    const found = scoreStoryPair(a, b).reasons.find((entry) =>
      entry.detail.startsWith("the leads"),
    );
    expect(found?.detail).toBe(reason);
    if (reason !== undefined) expect(found?.weight).toBeLessThan(0);
  });
});
