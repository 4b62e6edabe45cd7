import { describe, expect, it } from "vitest";
import { findingsOf, type Outlet, summary } from "./compareCase.js";

// The same statement worded differently inside the quote marks. A trimmed quote, a
// reordering, a spelling or an elision the outlet marks are not findings.
const full: Outlet = {
  id: "a",
  body: "\u201CWe will not reopen the port to ships or trucks until the cranes are safe,\u201D Transport Minister Ines Okafor said on Monday.",
};

function outlet(id: string, quote: string): Outlet {
  return { id, body: `\u201C${quote},\u201D Transport Minister Ines Okafor told reporters.` };
}

const cases: [string, Outlet[], string[]][] = [
  [
    "a word changed inside the marks is a difference",
    [
      full,
      outlet("b", "We will not reopen the harbour to ships or trucks until the cranes are safe"),
    ],
    [
      "difference quote/wording a=We will not reopen the port to ships or trucks until the cranes are safe, b=We will not reopen the harbour to ships or trucks until the cranes are safe,",
    ],
  ],
  [
    "words dropped inside the marks without an elision mark are a difference",
    [full, outlet("b", "We will not reopen the port until the cranes are safe")],
    [
      "difference quote/wording a=We will not reopen the port to ships or trucks until the cranes are safe, b=We will not reopen the port until the cranes are safe,",
    ],
  ],
  [
    "a negation turned around is a conflict",
    [
      full,
      outlet("b", "We will soon reopen the port to ships or trucks until the cranes are safe"),
    ],
    [
      "conflict quote/wording a=We will not reopen the port to ships or trucks until the cranes are safe, b=We will soon reopen the port to ships or trucks until the cranes are safe,",
    ],
  ],
  [
    "a trimmed quote is not a finding",
    [full, outlet("b", "We will not reopen the port to ships or trucks")],
    [],
  ],
  [
    "words left out at an elision mark are not a finding",
    [full, outlet("b", "We will not reopen the port \u2026 until the cranes are safe")],
    [],
  ],
  [
    "a British spelling or a hyphen is not a finding",
    [
      {
        id: "a",
        body: "\u201CThe e-mail said the harbor was closed to every ship,\u201D union leader Pieter Vos said on Monday.",
      },
      {
        id: "b",
        body: "\u201CThe email said the harbour was closed to every ship,\u201D union leader Pieter Vos told reporters.",
      },
    ],
    [],
  ],
  [
    "a translation that only reorders words is not a finding",
    [
      {
        id: "a",
        body: "\u201COur members want safe cranes, fair pay and a contract that lasts,\u201D union leader Pieter Vos said.",
      },
      {
        id: "b",
        body: "\u201COur members want a contract that lasts, fair pay and safe cranes,\u201D union leader Pieter Vos said.",
      },
    ],
    [],
  ],
  [
    "a partial quote whose opening words differ is a difference, not an extension",
    [
      {
        id: "a",
        body: "The mayor warned the levy \u201Cwould drain the harbour fund within two winters.\u201D",
      },
      {
        id: "b",
        body: "The mayor warned the levy \u201Cwould empty the harbour fund within two winters.\u201D",
      },
      {
        id: "c",
        body: "The mayor said the levy \u201Cwould drain the harbour fund within two winters.\u201D",
      },
    ],
    [
      "difference quote/wording a=would drain the harbour fund within two winters. b=would empty the harbour fund within two winters.",
    ],
  ],
  [
    "a partial quote that starts later in the statement is a trim",
    [
      {
        id: "a",
        body: "The mayor warned the levy \u201Cwould drain the harbour fund within two winters.\u201D",
      },
      {
        id: "b",
        body: "The mayor warned it would drain \u201Cthe harbour fund within two winters.\u201D",
      },
    ],
    [],
  ],
  [
    "a word swapped before the light words that end a shorter version is a difference",
    [
      {
        id: "a",
        body: "\u201CYou closed the ferry that winter because you wanted to sell it, and the island paid for that,\u201D Judge Maren Lund said.",
      },
      {
        id: "b",
        body: "\u201CYou closed the ferry that winter because you hoped to sell it,\u201D Judge Maren Lund said.",
      },
      {
        id: "c",
        body: "\u201CYou closed the ferry that winter because you wanted to sell it,\u201D Lund told the court.",
      },
    ],
    [
      "difference quote/wording a=You closed the ferry that winter because you wanted to sell it, and the island paid for that, b=You closed the ferry that winter because you hoped to sell it,",
    ],
  ],
  [
    "the last word changed where the fullest version goes on with a further sentence",
    [
      {
        id: "a",
        body: "“Every crew on that pier worked through the night, and the town should be grateful,” harbour master Olaf Berg said. “We will rebuild the sea wall by spring.”",
      },
      {
        id: "b",
        body: "“Every crew on that pier worked through the night, and the town should be proud,” harbour master Olaf Berg said.",
      },
    ],
    [
      "difference quote/wording a=Every crew on that pier worked through the night, and the town should be grateful, We will rebuild the sea wall by spring. b=Every crew on that pier worked through the night, and the town should be proud,",
    ],
  ],
  [
    "a quote that stops where the fullest version goes on is not a finding",
    [
      {
        id: "a",
        body: "“Every crew on that pier worked through the night, and the town should be grateful,” harbour master Olaf Berg said. “We will rebuild the sea wall by spring.”",
      },
      {
        id: "b",
        body: "“Every crew on that pier worked through the night, and the town should be grateful,” harbour master Olaf Berg said.",
      },
    ],
    [],
  ],
  [
    "a magnitude shortened after its figure is not a finding (3.2bn, 3.2 billion)",
    [
      {
        id: "a",
        body: "\u201CThe new locks will cost \u00A33.2 billion over ten years,\u201D canal trust chair Maren Lund said.",
      },
      {
        id: "b",
        body: "\u201CThe new locks will cost \u00A33.2bn over ten years,\u201D canal trust chair Maren Lund said.",
      },
    ],
    [],
  ],
  [
    "a word printed without its accents is the same word (café / cafe)",
    [
      {
        id: "a",
        body: "\u201CWe will keep the harbour café open to ships' crews all winter,\u201D Transport Minister Ines Okafor said.",
      },
      {
        id: "b",
        body: "\u201CWe will keep the harbour cafe open to ships' crews all winter,\u201D Transport Minister Ines Okafor told reporters.",
      },
    ],
    [],
  ],
];

describe("quote rule", () => {
  it.each(cases)("%s", (_name, items, expected) => {
    expect(findingsOf(items, "quote").map(summary)).toEqual(expected);
  });

  it("gives the aligned words that differ, with offsets into both articles", () => {
    const [finding] = findingsOf(cases[0]?.[1] ?? [], "quote");
    expect(finding?.quoteGroupId).toMatch(/^qg-/u);
    expect(finding?.differences).toEqual([
      expect.objectContaining({
        kind: "replaced",
        articleId: "b",
        text: "harbour",
        rootText: "port",
      }),
    ]);
    expect(finding?.subject).toMatch(/^Ines Okafor: /u);
  });
});
