import { describe, expect, it } from "vitest";
import { findingsOf, type Outlet, summary } from "./compareCase.js";

// One person spelled differently across outlets; never a short form against a full name,
// never two different people. Each case: two or more outlets of one story, and the name
// findings expected (one line each: severity, rule, each outlet's spelling), or none.
const cases: [string, Outlet[], string[]][] = [
  [
    "a transliteration (Sergey/Sergei) is a difference",
    [
      {
        id: "a",
        body: "Russian Foreign Minister Sergey Lavrov said on Wednesday that talks had stalled. Lavrov spoke in Moscow.",
      },
      {
        id: "b",
        body: "Foreign Minister Sergei Lavrov told reporters in Moscow that talks had stalled, he said.",
      },
    ],
    ["difference name/spelling a=Sergey Lavrov b=Sergei Lavrov"],
  ],
  [
    "a doubled letter (Zelenskyy/Zelensky) is a difference, bare surname or full",
    [
      {
        id: "a",
        body: "President Volodymyr Zelenskyy said the talks would go on. Zelenskyy spoke in Kyiv.",
      },
      { id: "b", body: "Zelensky said the talks would go on, speaking in Kyiv. He gave no date." },
    ],
    ["difference name/spelling a=Volodymyr Zelenskyy b=Zelensky"],
  ],
  [
    "an accent dropped is not a finding",
    [
      {
        id: "a",
        body: "Prime Minister José Ortega said the budget would pass. Ortega spoke in Madrid.",
      },
      {
        id: "b",
        body: "Prime Minister Jose Ortega said the budget would pass. Ortega spoke in Madrid.",
      },
    ],
    [],
  ],
  [
    "a letter changed inside the surname (Kallas/Kallis) is a conflict",
    [
      {
        id: "a",
        body: "Health Minister Kaja Kallas said the clinic would reopen. Kallas spoke on Monday.",
      },
      {
        id: "b",
        body: "Health Minister Kaja Kallis said the clinic would reopen. Kallis spoke on Monday.",
      },
    ],
    ["conflict name/spelling a=Kaja Kallas b=Kaja Kallis"],
  ],
  [
    "a bare surname against the full name is a short form",
    [
      { id: "a", body: "Lavrov said on Wednesday that the talks had stalled, speaking in Moscow." },
      {
        id: "b",
        body: "Foreign Minister Sergei Lavrov told reporters in Moscow that the talks had stalled.",
      },
    ],
    [],
  ],
  [
    "two different people (Lavrov, Lavrenko) are never compared",
    [
      {
        id: "a",
        body: "Foreign Minister Sergei Lavrov said the talks had stalled. Lavrov spoke in Moscow.",
      },
      {
        id: "b",
        body: "Deputy Minister Pavel Lavrenko said the talks had stalled. Lavrenko spoke in Kyiv.",
      },
    ],
    [],
  ],
  [
    "a nickname (Bill/William) is another form of the name, not a spelling",
    [
      {
        id: "a",
        body: "Mayor William Boyd said the bridge would stay shut. Boyd spoke on Monday.",
      },
      { id: "b", body: "Mayor Bill Boyd said the bridge would stay shut. Boyd spoke on Monday." },
    ],
    [],
  ],
  [
    "an initial stands for the given name",
    [
      { id: "a", body: "Mayor J. Boyd said the bridge would stay shut. Boyd spoke on Monday." },
      { id: "b", body: "Mayor John Boyd said the bridge would stay shut. Boyd spoke on Monday." },
    ],
    [],
  ],
  [
    "a hyphen or a space (Jong-un/Jong Un) is house style",
    [
      {
        id: "a",
        body: "North Korean leader Kim Jong-un said the test had succeeded, state media said.",
      },
      {
        id: "b",
        body: "North Korean leader Kim Jong Un said the test had succeeded, state media said.",
      },
    ],
    [],
  ],
  [
    "a surname one letter off with the same given name is one person misspelt",
    [
      {
        id: "a",
        body: "Sen. Marisol Quintero said the bill would pass. Quintero spoke on the floor.",
      },
      {
        id: "b",
        body: "Sen. Marisol Quintera said the bill would pass, she told reporters. She spoke on the floor.",
      },
    ],
    ["conflict name/spelling a=Marisol Quintero b=Marisol Quintera"],
  ],
  [
    "a given name with one letter dropped (Jalen/Jaylen) beside an age is a person's misspelling",
    [
      { id: "a", body: "Jalen Okoro, 24, scored 31 points in Game 7." },
      { id: "b", body: "Jaylen Okoro, 24, scored 31 points in Game 7." },
    ],
    ["conflict name/spelling a=Jalen Okoro b=Jaylen Okoro"],
  ],
  [
    "a word before the name that the other outlet lacks (a film title's) is no spelling",
    [
      {
        id: "a",
        body: "The Notorious Bettie Page told her story, director Mary Harron said. She spoke in 2005.",
      },
      { id: "b", body: "Bettie Page, 85, died on Thursday, her agent said. She was a model." },
    ],
    [],
  ],
  [
    "a doubled letter dropped is found though the person has no title, only an age or a part ('a 24-year-old seamer', 'Moderator')",
    [
      {
        id: "a",
        body: "Declan Quilty, a 24-year-old seamer from Carlow, took four wickets before lunch.",
      },
      { id: "b", body: "Declan Quiltty took four wickets before lunch at Malahide." },
      {
        id: "c",
        body: "Moderator Ines Tarrow opened the debate, and Declan Quilty watched from the stands.",
      },
      { id: "d", body: "Ines Tarow asked the first question of the night." },
    ],
    [
      "difference name/spelling a=Declan Quilty b=Declan Quiltty c=Declan Quilty",
      "difference name/spelling c=Ines Tarrow d=Ines Tarow",
    ],
  ],
];

describe("name rule", () => {
  it.each(cases)("%s", (_name, items, expected) => {
    expect(findingsOf(items, "name").map(summary)).toEqual(expected);
  });

  it("gives each spelling's offsets in its article and the cast member", () => {
    const [finding] = findingsOf(cases[0]?.[1] ?? [], "name");
    expect(finding?.castId).toMatch(/^c-/u);
    expect(finding?.subject).toBe("Sergey Lavrov's name");
    const [first] = finding?.values ?? [];
    expect(first).toMatchObject({ articleId: "a", text: "Sergey Lavrov", start: 25, end: 38 });
  });

  it("can be turned off", () => {
    expect(findingsOf(cases[0]?.[1] ?? [], "name", { rules: { name: false } })).toEqual([]);
  });
});
