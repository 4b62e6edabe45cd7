import { describe, expect, it } from "vitest";
import { defaultQuoteOptions, extractQuotes } from "../../../src/extract/index.js";
import type { Quote } from "../../../src/types.js";
import { articleFromBody } from "../../helpers/article.js";

type Row = [text: string, kind: Quote["kind"], speaker: string | null, continues: string | null];

function rows(body: string): Row[] {
  return extractQuotes(articleFromBody(body)).map((quote) => [
    quote.text,
    quote.kind,
    quote.speaker?.name ?? null,
    quote.continues ?? null,
  ]);
}

describe("extractQuotes: quote marks", () => {
  const cases: [body: string, expected: Row[]][] = [
    [
      "“We will rebuild the bridge by spring,” said Mayor Ana Ruiz.",
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      '"We will rebuild the bridge by spring," said Mayor Ana Ruiz.',
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      "‘We will rebuild the bridge by spring,’ said Mayor Ana Ruiz.",
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      "'We will rebuild the bridge by spring,' said Mayor Ana Ruiz.",
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      "«Nous reconstruirons le pont au printemps», a dit la maire.",
      [["Nous reconstruirons le pont au printemps", "direct", null, null]],
    ],
    [
      "„Wir bauen die Brücke bis zum Frühjahr“, sagte die Bürgermeisterin.",
      [["Wir bauen die Brücke bis zum Frühjahr", "direct", null, null]],
    ],
    [
      "‚Wir bauen die Brücke bis zum Frühjahr‘, sagte die Bürgermeisterin.",
      [["Wir bauen die Brücke bis zum Frühjahr", "direct", null, null]],
    ],
    [
      "``We will rebuild the bridge by spring,'' said Mayor Ana Ruiz.",
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      "''We will rebuild the bridge by spring,'' Mayor Ana Ruiz said.",
      [["We will rebuild the bridge by spring,", "direct", "Ana Ruiz", null]],
    ],
    [
      "“He told me ‘never again’ and walked out,” Lena Ortiz said.",
      [["He told me ‘never again’ and walked out,", "direct", "Lena Ortiz", null]],
    ],
    [
      "‘He told me “never again” and walked out,’ Lena Ortiz said.",
      [["He told me “never again” and walked out,", "direct", "Lena Ortiz", null]],
    ],
  ];
  it.each(cases)("%s", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});

describe("extractQuotes: apostrophes inside single quotes", () => {
  const cases: [body: string, expected: Row[]][] = [
    [
      "‘We don’t accept Zelenskyy’s terms,’ said Tom Hale.",
      [["We don’t accept Zelenskyy’s terms,", "direct", "Tom Hale", null]],
    ],
    [
      "‘The players’ union will decide next week,’ said Tom Hale.",
      [["The players’ union will decide next week,", "direct", "Tom Hale", null]],
    ],
    [
      "'It was rock 'n' roll in the '90s, not jazz,' said Tom Hale.",
      [["It was rock 'n' roll in the '90s, not jazz,", "direct", "Tom Hale", null]],
    ],
  ];
  it.each(cases)("%s", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});

describe("extractQuotes: traps that are not quotes", () => {
  const cases: [body: string, expected: Row[]][] = [
    ["The crew said they don’t expect Zelenskyy’s convoy before noon.", []],
    ["He called it rock ’n’ roll politics, a throwback to the ’90s.", []],
    ["Fans still talk about rock 'n' roll in the '60s and the cafe's jukebox.", []],
    ["The 6'2\" forward signed a two-year contract on Monday.", []],
    ["Workers laid a 12\" pipe and a 10' fence along the road.", []],
    ["The players’ union met on Friday to discuss the owners’ offer.", []],
    ["No quotation marks appear anywhere in this sentence about rainfall.", []],
    ["", []],
  ];
  it.each(cases)("%j finds nothing", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});

describe("extractQuotes: kinds", () => {
  const cases: [body: string, expected: Row[]][] = [
    // A fragment woven into a sentence is partial.
    [
      "The ministry dismissed the union offer as a “step backwards for every driver involved.”",
      [["step backwards for every driver involved.", "partial", "The ministry", null]],
    ],
    // One to three words without a verb of saying are scare quotes.
    [
      "The so-called “peace dividend” never arrived in the region.",
      [["peace dividend", "scare", null, null]],
    ],
    // ... and partial when a verb of saying attributes them.
    [
      "Ombudsman Carla Diaz called the delays “unacceptable” on Tuesday.",
      [["unacceptable", "partial", "Carla Diaz", null]],
    ],
    // Titles of books, films and shows are scare quotes, not speech.
    [
      "She spent the summer rereading “The Lord of the Rings” and “War and Peace” at the lake.",
      [
        ["The Lord of the Rings", "scare", null, null],
        ["War and Peace", "scare", null, null],
      ],
    ],
    [
      "Mr. Holt said on the ''Evening Desk Show'' that he would run.",
      [["Evening Desk Show", "scare", null, null]],
    ],
    // A nickname between the parts of a name.
    [
      "Prosecutors said Joaquín “El Chapo” Guzmán ran the cartel for decades.",
      [["El Chapo", "scare", null, null]],
    ],
    [
      "“I am innocent,” said Joaquín “El Chapo” Guzmán.",
      [
        ["I am innocent,", "direct", "Joaquín Guzmán", null],
        ["El Chapo", "scare", null, null],
      ],
    ],
    // A short quote that stands as its own statement with a speaker is direct.
    [
      "“Never,” Judge Ellen Park said when asked about a delay.",
      [["Never,", "direct", "Ellen Park", null]],
    ],
  ];
  it.each(cases)("%s", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
  it("keeps the scare-quote length configurable", () => {
    expect(defaultQuoteOptions.maxScareWords).toBe(3);
    const body = "The agency described the leak as a “minor technical hiccup” in the pipeline.";
    expect(extractQuotes(articleFromBody(body)).map((quote) => quote.kind)).toEqual(["partial"]);
    expect(
      extractQuotes(articleFromBody(body), { maxScareWords: 0 }).map((quote) => quote.kind),
    ).toEqual(["partial"]);
    const scare = "The so-called “peace dividend” never arrived.";
    expect(
      extractQuotes(articleFromBody(scare), { maxScareWords: 1 }).map((quote) => quote.kind),
    ).toEqual(["partial"]);
  });
});

describe("extractQuotes: speakers", () => {
  const cases: [body: string, expected: Row[]][] = [
    // X said / said X / X told reporters / X wrote on X.
    [
      "“The ferry will run again on Monday,” harbour master Olaf Berg said.",
      [["The ferry will run again on Monday,", "direct", "Olaf Berg", null]],
    ],
    [
      "“The ferry will run again on Monday,” said Olaf Berg, the harbour master.",
      [["The ferry will run again on Monday,", "direct", "Olaf Berg", null]],
    ],
    [
      "“The ferry will run again on Monday,” Olaf Berg told reporters in Bergen.",
      [["The ferry will run again on Monday,", "direct", "Olaf Berg", null]],
    ],
    [
      "“Priority remains a safe crossing for every passenger,” Admiral Rosa Valdés, chair of the port board, wrote on X.",
      [["Priority remains a safe crossing for every passenger,", "direct", "Rosa Valdés", null]],
    ],
    // The fullest form of the name in the article, titles excluded.
    [
      "Transport Minister Elena Markova met the unions.\n\n“No timetable works without drivers,” Markova told reporters.",
      [["No timetable works without drivers,", "direct", "Elena Markova", null]],
    ],
    // Initials as printed, honorifics dropped.
    [
      "Peter J. Holm arrived late. “We will win,” Mr. Holm said.",
      [["We will win,", "direct", "Peter J. Holm", null]],
    ],
    // The colon form, and "said in a statement:".
    [
      "Senator Maria Olsen said in a statement: “The vote is a victory for every renter in the state.”",
      [["The vote is a victory for every renter in the state.", "direct", "Maria Olsen", null]],
    ],
    [
      "Senator Maria Olsen spoke at a press conference:\n\n“The vote is a victory for every renter in the state.”",
      [["The vote is a victory for every renter in the state.", "direct", "Maria Olsen", null]],
    ],
    // According to X.
    [
      "“We will keep talking to all sides of the conflict,” according to the White House.",
      [["We will keep talking to all sides of the conflict,", "direct", "White House", null]],
    ],
    // A demonym before the quote is an adjective, not the speaker.
    [
      // A country is not a speaker of words woven into a sentence about it.
      "Norway rejected the latest European fishing proposals, warning that such quotas were “a dead end for the coast.”",
      [["a dead end for the coast.", "partial", null, null]],
    ],
    // Organisations as speakers.
    [
      "“The alliance stands ready to defend every inch of its territory,” NATO said.",
      [
        [
          "The alliance stands ready to defend every inch of its territory,",
          "direct",
          "NATO",
          null,
        ],
      ],
    ],
    [
      "The Kremlin said the talks were “a waste of everyone’s time and effort.”",
      [["a waste of everyone’s time and effort.", "partial", "Kremlin", null]],
    ],
    // Pronouns and descriptions resolve to the person meant.
    [
      "Nurse Maria Lopez finished her shift at dawn. “He told me ‘never again’,” she said.",
      [["He told me ‘never again’,", "direct", "Maria Lopez", null]],
    ],
    [
      "Defence Minister Anna Holm visited the base on Monday. “They are ready,” the minister said.",
      [["They are ready,", "direct", "Anna Holm", null]],
    ],
    [
      "Sen. Dana Wells spoke in Iowa on Friday. “I owe nobody an apology for that vote,” the senator said.",
      [["I owe nobody an apology for that vote,", "direct", "Dana Wells", null]],
    ],
    // Honorifics tell "she" from "he"; two attributions make two statements.
    [
      "Mrs. Alvarez met Mr. Brandt on Friday. “We talked for an hour,” she said. “It went well,” he said.",
      [
        ["We talked for an hour,", "direct", "Alvarez", null],
        ["It went well,", "direct", "Brandt", null],
      ],
    ],
    // A subject with an appositive before the verb.
    [
      "Steve Wilkins, a special envoy for the president, said that the deal was “a decisive step for the region.”",
      [["a decisive step for the region.", "partial", "Steve Wilkins", null]],
    ],
    // A participle takes the subject of its clause.
    [
      "In Kyiv, chief of staff Andriy Melnyk confirmed the plan, saying work was underway in case Russia “continues to prolong the war.”",
      [["continues to prolong the war.", "partial", "Andriy Melnyk", null]],
    ],
    // An attribution clause after the quote, at the end of the sentence.
    [
      "It was 'a very hard year' for the farmers, said Tom Price.",
      [["a very hard year", "partial", "Tom Price", null]],
    ],
    // A description after the verb of saying.
    [
      "“Rents go up and wages stand still,” says a narrator.",
      [["Rents go up and wages stand still,", "direct", "a narrator", null]],
    ],
    // A name after a dash signs the quote.
    [
      "“We can build a park where the car lot stands.” ― Martha Ruiz",
      [["We can build a park where the car lot stands.", "direct", "Martha Ruiz", null]],
    ],
    // An affiliation in the possessive before the name.
    [
      "“The numbers moved a lot this week,” Gallup’s Jeffrey Moss said.",
      [["The numbers moved a lot this week,", "direct", "Jeffrey Moss", null]],
    ],
    // Lower-case words and numbers between the verb and the name.
    [
      "“The claims do not hold up,” said 2019 flood widow Nora Kiel.",
      [["The claims do not hold up,", "direct", "Nora Kiel", null]],
    ],
    // The clause before a colon, with a verb that is not a verb of saying.
    [
      "Mayor Hana Ek has since apologized for the delay: “I should have acted sooner.”",
      [["I should have acted sooner.", "direct", "Hana Ek", null]],
    ],
    [
      "As Professor Ilse Berg put it: “Borders are habits.”",
      [["Borders are habits.", "direct", "Ilse Berg", null]],
    ],
    // A question mark inside the quote does not end the attributing sentence.
    [
      "“Why now, after all these years?” Olaf Berg asked the crowd.",
      [["Why now, after all these years?", "direct", "Olaf Berg", null]],
    ],
    // The owner of an answer or a statement speaks.
    [
      "Senator Dana Wells was asked about schools. The senator’s answer was that “every family deserves a good school nearby.”",
      [["every family deserves a good school nearby.", "partial", "Dana Wells", null]],
    ],
    // A woven-in quote in a sentence that names no one continues the paragraph's speaker.
    [
      "“He is supposed to lead this city,” Ana Ruiz said. Instead, “he just hides from the press.”",
      [
        ["He is supposed to lead this city,", "direct", "Ana Ruiz", null],
        ["he just hides from the press.", "partial", "Ana Ruiz", null],
      ],
    ],
    // A quote nobody is named for.
    [
      "“The water is rising faster than last year.”",
      [["The water is rising faster than last year.", "direct", null, null]],
    ],
  ];
  it.each(cases)("%s", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
  it("returns the offsets of the attributing mention and the verb", () => {
    const body =
      "Transport Minister Elena Markova arrived.\n\n“No timetable works,” Markova told reporters.";
    const [quote] = extractQuotes(articleFromBody(body));
    expect(quote?.speaker).toEqual({
      name: "Elena Markova",
      personId: "p1",
      kind: "person",
      via: "name",
      start: body.lastIndexOf("Markova"),
      end: body.lastIndexOf("Markova") + 7,
    });
    expect(quote?.verb).toBe("told");
  });
});

describe("extractQuotes: broken quotes and quotes over paragraphs", () => {
  const cases: [body: string, expected: Row[]][] = [
    [
      "“The plan is too expensive,” Markova said. “It needs a second look.”",
      [
        ["The plan is too expensive,", "direct", "Markova", null],
        ["It needs a second look.", "direct", "Markova", "q1"],
      ],
    ],
    [
      "“The plan is too expensive,” Markova said, “and it needs a second look.”",
      [
        ["The plan is too expensive,", "direct", "Markova", null],
        ["and it needs a second look.", "direct", "Markova", "q1"],
      ],
    ],
    [
      "“If the offer is the same, nothing has moved,” said Ivo Lind, an analyst at a labour research group who studied the strikes. “It is not a shift.”",
      [
        ["If the offer is the same, nothing has moved,", "direct", "Ivo Lind", null],
        ["It is not a shift.", "direct", "Ivo Lind", "q1"],
      ],
    ],
    // Opening marks on each paragraph, the closing mark only on the last.
    [
      "“The first paragraph of the statement runs on,” the governor, Kathy Lin, said.\n\n“The second paragraph opens with a mark\n\n“and the last one closes it.”",
      [
        ["The first paragraph of the statement runs on,", "direct", "Kathy Lin", null],
        ["The second paragraph opens with a mark", "direct", "Kathy Lin", null],
        ["and the last one closes it.", "direct", "Kathy Lin", "q2"],
      ],
    ],
    // A broken quote whose second half runs on into the next paragraph; a pronoun later.
    [
      "“The storm came faster than anyone expected,” said Governor Lucia Marsh. “We had maybe two hours.\n\n“By the time the sirens sounded, the water was already in the streets.”\n\nRescue crews worked through the night, officials said.\n\n“We are not leaving anyone behind,” she told The Associated Press.",
      [
        ["The storm came faster than anyone expected,", "direct", "Lucia Marsh", null],
        ["We had maybe two hours.", "direct", "Lucia Marsh", "q1"],
        [
          "By the time the sirens sounded, the water was already in the streets.",
          "direct",
          "Lucia Marsh",
          "q2",
        ],
        ["We are not leaving anyone behind,", "direct", "Lucia Marsh", null],
      ],
    ],
    // A paragraph of quote without attribution inherits the previous speaker.
    [
      "“Nobody expected the river to rise this fast,” said Mayor Ana Ruiz.\n\n“We moved the families out before midnight.”",
      [
        ["Nobody expected the river to rise this fast,", "direct", "Ana Ruiz", null],
        ["We moved the families out before midnight.", "direct", "Ana Ruiz", null],
      ],
    ],
    // Windows line ends, one paragraph a line; a short quote of its own keeps the speaker.
    [
      "Mayor Ana Ruiz spoke.\r\n\r\n“We will rebuild,” Ruiz said.\r\n“Every house.”\r\n",
      [
        ["We will rebuild,", "direct", "Ana Ruiz", null],
        ["Every house.", "direct", "Ana Ruiz", null],
      ],
    ],
    // An unbalanced mark recovers at the paragraph end.
    [
      "“This sentence never closes, and the writer forgot the mark.\n\nThe next paragraph is plain prose about the weather.\n\n“But this one closes,” Lena Ortiz said.",
      [
        ["This sentence never closes, and the writer forgot the mark.", "direct", null, null],
        ["But this one closes,", "direct", "Lena Ortiz", null],
      ],
    ],
  ];
  it.each(cases)("%s", (body, expected) => {
    expect(rows(body)).toEqual(expected);
  });
});

describe("extractQuotes: British style", () => {
  it("reads single quotes, nested double quotes and Mr/Ms without periods", () => {
    const body = [
      "The Prime Minister, Keir Hollis, faced MPs on Wednesday.",
      "'We will not be lectured by the opposition,' Mr Hollis said. 'There is no alternative to this budget.'",
      "Labour's shadow chancellor, Rachel Moor, said the plan was 'a betrayal of working families' and called for a vote.",
      "‘It is a sad day,’ said Ms Moor. ‘People’s savings are at risk – the government’s sums don’t add up.’",
      "A Downing Street spokesman said: ‘The prime minister has been clear that the “fiscal rules” are not up for debate.’",
      "The chancellor told the BBC's Today programme that the figures were 'robust'.",
    ].join("\n\n");
    expect(rows(body)).toEqual([
      ["We will not be lectured by the opposition,", "direct", "Keir Hollis", null],
      ["There is no alternative to this budget.", "direct", "Keir Hollis", "q1"],
      ["a betrayal of working families", "partial", "Rachel Moor", null],
      ["It is a sad day,", "direct", "Rachel Moor", null],
      [
        "People’s savings are at risk – the government’s sums don’t add up.",
        "direct",
        "Rachel Moor",
        "q4",
      ],
      [
        "The prime minister has been clear that the “fiscal rules” are not up for debate.",
        "direct",
        "A Downing Street spokesman",
        null,
      ],
      ["robust", "partial", "The chancellor", null],
    ]);
  });
});

describe("extractQuotes: contract", () => {
  const body =
    "Transport Minister Elena Markova spoke in Riga.\n\n“The plan is too expensive,” Markova said. “It needs a second look.”\n\nShe called the plan a “fantasy.”";
  it("gives each quote its exact offsets, without the marks", () => {
    const quotes = extractQuotes(articleFromBody(body));
    expect(quotes.map((quote) => quote.id)).toEqual(["q1", "q2", "q3"]);
    for (const quote of quotes) {
      expect(body.slice(quote.start, quote.end)).toBe(quote.text);
      if (quote.speaker?.start !== undefined)
        expect(body.slice(quote.speaker.start, quote.speaker.end)).toMatch(/Markova|She/u);
    }
  });
  it("does not mutate its input and answers the same twice", () => {
    const article = articleFromBody(body);
    const copy = structuredClone(article);
    const first = extractQuotes(article);
    expect(article).toEqual(copy);
    expect(extractQuotes(article)).toEqual(first);
  });
  it("reads body paragraphs when the article has none listed", () => {
    const article = { ...articleFromBody("“Yes, we will,” Anna Berg said."), paragraphs: [] };
    expect(extractQuotes(article).map((quote) => quote.speaker?.name)).toEqual(["Anna Berg"]);
  });
});

describe("extractQuotes: pathological input", () => {
  const megabyte = 1 << 20;
  const inputs: [name: string, body: string][] = [
    ["straight double quotes", '"'.repeat(megabyte)],
    ["curly quotes", "“”‘’".repeat(megabyte / 4)],
    ["apostrophes between letters", "a'".repeat(megabyte / 2)],
    ["quoted words", '"a" '.repeat(megabyte / 4)],
    ["capitals", "A ".repeat(megabyte / 2)],
    ["digits and inch marks", '1" '.repeat(megabyte / 3)],
    ["one long open quote", `“${"word ".repeat(megabyte / 5)}`],
    ["said and names", "“x,” said Al Bo. ".repeat(megabyte / 16)],
  ];
  it.each(inputs)("answers on 1 MB of %s", (_name, body) => {
    const quotes = extractQuotes(articleFromBody(body));
    expect(Array.isArray(quotes)).toBe(true);
    for (const quote of quotes.slice(0, 50))
      expect(body.slice(quote.start, quote.end)).toBe(quote.text);
  });
});
