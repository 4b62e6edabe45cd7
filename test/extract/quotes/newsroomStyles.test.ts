import { describe, expect, it } from "vitest";
import { extractQuotes } from "../../../src/extract/index.js";
import { articleFromBody } from "../../helpers/article.js";

// Speakers in the house styles of other newsrooms, written for this project: Canadian and
// British copy (present tense, the speaker after the quote or in the next sentence, a
// role instead of a name), Indian copy (long titles, "stated"), and wire copy ("in a
// statement", "according to"). [body, the speaker of each non-scare quote in order]
const cases: [string, (string | null)[]][] = [
  // Canadian: present tense, "says" after the name or before it.
  [
    "“We are not going to close the rink this winter,” says Coun. Marie Tremblay, who chairs the parks committee.",
    ["Marie Tremblay"],
  ],
  [
    "Dr. Anil Mehta, the province's chief medical officer, says hospitals are “at capacity but holding.”",
    ["Anil Mehta"],
  ],
  [
    "Halifax Mayor Joanne Cormier tells CBC News the ferry will return. “It is a matter of weeks,” she adds.",
    ["Joanne Cormier"],
  ],
  // The speaker in the next sentence.
  [
    "“There was no warning at all.”\n\nThat is how Priya Sandhu, who lives on the third floor, describes the night the pipe burst.",
    ["Priya Sandhu"],
  ],
  [
    "“The numbers don't add up.” So says Gareth Lloyd, an economist at the University of Leeds.",
    ["Gareth Lloyd"],
  ],
  // A role instead of a name.
  [
    "“The road will stay shut until the bridge is inspected,” a spokesperson for the Ministry of Transport said.",
    ["a spokesperson for the Ministry of Transport"],
  ],
  [
    "Council met on Tuesday night. “We have heard the residents loud and clear,” the mayor said.",
    ["the mayor"],
  ],
  // Wire copy: "in a statement", "according to".
  [
    "The company said in a statement that the recall was “a precaution taken out of an abundance of care.”",
    ["The company"],
  ],
  [
    "“Rescue teams reached the village before dawn,” according to a statement from the Red Cross.",
    ["Red Cross"],
  ],
  [
    "Police Chief Ola Brandt said in a statement: “Two officers were hurt, neither seriously.”",
    ["Ola Brandt"],
  ],
  // Indian copy: long titles and "stated".
  [
    "Union Minister of Road Transport Nitin Rao stated, “The expressway will open by March.”",
    ["Nitin Rao"],
  ],
  [
    "“Farmers will get the compensation within a week,” Chief Minister K. Suresh Reddy told reporters in Hyderabad.",
    ["K. Suresh Reddy"],
  ],
  // British: "told the BBC", the name after the verb.
  [
    "“We have been let down by everybody,” said Margaret Owusu, 67, whose flat was flooded.",
    ["Margaret Owusu"],
  ],
  [
    "Health Secretary Tom Ellery told the BBC: “Waiting lists will fall this year.”",
    ["Tom Ellery"],
  ],
  // A pronoun chain over paragraphs.
  [
    "Lena Fischer has run the bakery for thirty years.\n\nShe says the rent doubled in March. “I cannot pass that on to my customers,” she says.\n\n“Something has to give.”",
    ["Lena Fischer", "Lena Fischer"],
  ],
  // Organisations as speakers.
  ["“Service will resume on Monday,” Metrolink said in an email.", ["Metrolink"]],
  ["The union said the offer was “an insult to every driver.”", ["The union"]],
];

describe("extractQuotes: speakers in other newsrooms' styles", () => {
  it.each(cases)("%s", (body, expected) => {
    const quotes = extractQuotes(articleFromBody(body)).filter((quote) => quote.kind !== "scare");
    expect(quotes.map((quote) => quote.speaker?.name ?? null)).toEqual(expected);
  });
});
