import { describe, expect, it } from "vitest";
import { findingsOf, type Outlet, summary } from "./compareCase.js";

// The same words credited to different speakers; a short form of the name, a body the
// speaker speaks for, or two speakers credited together are not findings.
const quote = "The strike will end on Monday and every crane will be working again by noon";
const byVos: Outlet = {
  id: "a",
  body: `\u201C${quote},\u201D union leader Pieter Vos said on Friday.`,
};

function credited(id: string, attribution: string): Outlet {
  return { id, body: `\u201C${quote},\u201D ${attribution}.` };
}

// The same words credited, in one outlet, to an epithet ("the Lagos Liberal") that
// another outlet sets beside a name.
function byEpithet(epithet: string): Outlet {
  return {
    id: "b",
    body: `Transport Minister Ines Okafor was not convinced. \u201C${quote},\u201D ${epithet} said.`,
  };
}
function introduces(text: string): Outlet {
  return { id: "c", body: `${text} \u201C${quote},\u201D Vos said.` };
}

const cases: [string, Outlet[], string[]][] = [
  [
    "the same words credited to two people are a conflict",
    [byVos, credited("b", "Transport Minister Ines Okafor said on Friday")],
    ["conflict attribution/speaker a=Pieter Vos b=Ines Okafor"],
  ],
  [
    "a short form of the same name agrees",
    [
      byVos,
      { id: "b", body: `Union leader Pieter Vos spoke on Friday. \u201C${quote},\u201D Vos said.` },
    ],
    [],
  ],
  [
    "a body speaking for the person is not a second speaker",
    [byVos, credited("b", "the union said")],
    [],
  ],
  [
    "two speakers credited together are not a disagreement",
    [byVos, credited("b", "said Ines Okafor and Pieter Vos")],
    [],
  ],
  [
    "a partial quote of a whole clause credited to another person is a conflict",
    [
      {
        id: "a",
        body: "Councillor Imke Sorensen said the plan \u201Cwould pave over the last green corner of the harbour.\u201D",
      },
      {
        id: "b",
        body: "Mayor Dov Lindqvist warned that the plan \u201Cwould pave over the last green corner of the harbour.\u201D",
      },
    ],
    ["conflict attribution/speaker a=Imke Sorensen b=Dov Lindqvist"],
  ],
  [
    "a short partial quote may be words taken up from someone else",
    [
      {
        id: "a",
        body: "Councillor Imke Sorensen called the plan \u201Ca concrete desert.\u201D",
      },
      {
        id: "b",
        body: "Mayor Dov Lindqvist rejected talk of \u201Ca concrete desert.\u201D",
      },
    ],
    [],
  ],
  [
    "an epithet another outlet sets beside a name is that person (a conflict when it is another)",
    [
      byVos,
      byEpithet("the Lagos Liberal"),
      introduces("Ines Okafor, the Lagos Liberal who runs the ministry, spoke after Vos."),
    ],
    ["conflict attribution/speaker a=Pieter Vos b=Ines Okafor (the Lagos Liberal) c=Vos"],
  ],
  [
    "an epithet set before the name reads the same way",
    [
      byVos,
      byEpithet("the Lagos Liberal"),
      introduces("Lagos Liberal Ines Okafor spoke after Vos."),
    ],
    ["conflict attribution/speaker a=Pieter Vos b=Ines Okafor (the Lagos Liberal) c=Vos"],
  ],
  [
    "an epithet of the same person agrees",
    [
      byVos,
      byEpithet("the Rotterdam Socialist"),
      introduces("Pieter Vos, the Rotterdam Socialist, spoke after Okafor."),
    ],
    [],
  ],
  [
    "an epithet no outlet sets beside a name stays a description",
    [byVos, byEpithet("the Lagos Liberal"), introduces("Ines Okafor spoke after Vos.")],
    [],
  ],
  [
    "an epithet set beside two people stands for no one",
    [
      byVos,
      byEpithet("the Lagos Liberal"),
      introduces(
        "Ines Okafor, the Lagos Liberal, spoke after Vos. So did Ada Bello, a Lagos Liberal too.",
      ),
    ],
    [],
  ],
  [
    "an epithet of common nouns alone is not read (the veteran minister)",
    [
      byVos,
      byEpithet("the veteran minister"),
      introduces("Ines Okafor, the veteran minister, spoke after Vos."),
    ],
    [],
  ],
  [
    "a pronoun whose paragraph names only one person before it is that person",
    [
      byVos,
      {
        id: "b",
        body: `Transport Minister Ines Okafor, who has run the ministry since May, spoke at the pier. Speaking after the vote, she said: \u201C${quote}.\u201D`,
      },
    ],
    ["conflict attribution/speaker a=Pieter Vos b=Ines Okafor"],
  ],
  [
    "a pronoun after two people named in its paragraph is not compared",
    [
      byVos,
      {
        id: "b",
        body: `Transport Minister Ines Okafor met harbour chief Ada Bello at the pier. Speaking after the vote, she said: \u201C${quote}.\u201D`,
      },
    ],
    [],
  ],
  [
    "a pronoun whose person is named only in an earlier paragraph is not compared",
    [
      byVos,
      {
        id: "b",
        body: `Transport Minister Ines Okafor spoke at the pier.\n\nSpeaking after the vote, she said: \u201C${quote}.\u201D`,
      },
    ],
    [],
  ],
];

describe("attribution rule", () => {
  it.each(cases)("%s", (_name, items, expected) => {
    expect(findingsOf(items, "attribution").map(summary)).toEqual(expected);
  });

  it("gives the quote and its attribution as the evidence", () => {
    const [finding] = findingsOf(cases[0]?.[1] ?? [], "attribution");
    expect(finding?.values[1]?.text).toBe(`${quote},\u201D Transport Minister Ines Okafor`);
  });

  it("names each speaker once, whatever spellings the outlets use", () => {
    const [finding] = findingsOf(
      [
        byVos,
        { id: "b", body: `Union leader Pieter Vos met the board. \u201C${quote},\u201D Vos said.` },
        credited("c", "Transport Minister Ines Okafor said on Friday"),
      ],
      "attribution",
    );
    expect(finding?.message).toMatch(
      /^The outlets credit the same words to Pieter Vos and Ines Okafor: /u,
    );
  });
});
