import { describe, expect, it } from "vitest";
import type { TextBlock } from "../../../src/parse/html/blockParagraphs.js";
import { cleanParagraphs } from "../../../src/parse/html/cleanParagraphs.js";
import type { RemovedBlock } from "../../../src/types.js";

const paragraph = (text: string): TextBlock => ({ text, tag: "P", linkLength: 0 });
const heading = (text: string): TextBlock => ({ text, tag: "H3", linkLength: 0 });
const link = (text: string): TextBlock => ({ text, tag: "LI", linkLength: text.length });

// Four paragraphs of a story, long enough that a heading after them stands in its lower part.
const STORY = [
  "The city council voted on Monday to keep the night buses running through the winter, reversing a plan to cut the service from November.",
  "Drivers' representatives had warned that hospital and hotel staff who finish late would be left without a way home once the trams stop.",
  "The transport office said the extra cost would be covered by parking fees, which rise next month for the first time in six years.",
  "Councillor Ana Reyes, who proposed the change, said the buses carried more than two thousand people on a typical weekend night.",
].map(paragraph);

// Long enough to read as the story going on after a heading.
const MORE_STORY = paragraph(
  "Passengers interviewed at the central stop on Tuesday night said the decision had come as a relief. Several work in kitchens and cleaning crews that finish after midnight, and said a taxi home would cost them a large part of a shift's pay. The council will review the timetable again in the spring, once it has counted the winter's passengers.",
);

function clean(blocks: TextBlock[]): { kept: string[]; removed: RemovedBlock[] } {
  const removed: RemovedBlock[] = [];
  const kept = cleanParagraphs(blocks, { authors: [] }, removed);
  return { kept, removed };
}

const storyTexts = STORY.map((block) => block.text);

describe("cleanParagraphs: a list of other stories after the story", () => {
  it.each([
    [
      "Related",
      [
        heading("Related"),
        link("Bus fares to rise in March"),
        paragraph("Tram works close the bridge for a week."),
      ],
    ],
    [
      "Editors' Recommendations",
      [
        heading("Editors' Recommendations"),
        paragraph("Ferry crews plan a strike."),
        paragraph("A teaser that sums up another story in a few words."),
      ],
    ],
    [
      "More from Local News",
      [
        heading("More from Local News"),
        link("Library hours extended"),
        paragraph("The library opens on Sundays."),
      ],
    ],
    [
      "You might also like:",
      [heading("You might also like:"), paragraph("Ten walks along the river this autumn.")],
    ],
    ["Read next", [heading("Read next"), paragraph("How the harbour got its new cranes.")]],
    ["Mehr zum Thema", [heading("Mehr zum Thema"), paragraph("Neue Buslinien ab Dezember.")]],
  ])("drops %s and everything after it", (_heading, tail) => {
    const { kept, removed } = clean([...STORY, ...tail]);
    expect(kept).toEqual(storyTexts);
    expect(removed.some((block) => block.reason === "promo")).toBe(true);
  });

  it.each([
    [
      "a heading over a box inside the story",
      [heading("More from City Hall"), link("Budget vote delayed"), MORE_STORY],
    ],
    [
      "a related-story heading followed by the story's next paragraph",
      [heading("Related stories:"), MORE_STORY],
    ],
    [
      "a box of links followed by short story paragraphs",
      [
        heading("Read also:"),
        link("Night buses return to the old depot"),
        link("What the new parking fees cost"),
        paragraph(
          "The bus company's director said fewer riders usually mean fewer buses, but that this winter the night routes would keep their full timetable.",
        ),
      ],
    ],
  ])("keeps the story after %s, dropping only the heading", (_case, middle) => {
    const { kept } = clean([...STORY, ...middle]);
    const after = middle.filter((block) => block.tag === "P").map((block) => block.text);
    expect(kept).toEqual([...storyTexts, ...after]);
  });

  it.each([
    ["a section heading of the story", heading("Late shifts and early trains")],
    [
      "a sentence that mentions related news",
      paragraph("Related news from the region suggests other councils will follow."),
    ],
    ["a heading that only starts like one", heading("Latest figures show rising demand")],
  ])("keeps %s", (_case, block) => {
    const { kept } = clean([...STORY, block, MORE_STORY]);
    expect(kept).toEqual([...storyTexts, block.text, MORE_STORY.text]);
  });

  it("keeps a related heading near the top, where it can label the story's own section", () => {
    const latest = heading("Latest");
    const { kept } = clean([STORY[0] ?? paragraph(""), latest, ...STORY.slice(1)]);
    expect(kept).toEqual([storyTexts[0], "Latest", ...storyTexts.slice(1)]);
  });
});

describe("cleanParagraphs: notes that close the article", () => {
  it.each([
    [
      "a newsletter call",
      "Want the week's council news first? Sign up for our free evening newsletter.",
    ],
    [
      "a follow call",
      "Follow Harbour Weekly on Instagram and Threads for more stories from the coast.",
    ],
    ["a comment call", "Do you ride the night bus? Let us know in the comments below."],
    ["an app call", "Download our news app to get alerts when the timetable changes."],
    ["a production credit", "This episode was produced by Lena Park and edited by Omar Said."],
    [
      "a production credit with a subject",
      "Interview with the harbour master produced by Lena Park.",
    ],
    [
      "a mission statement",
      "The Ledger's mission is to report on the coast for the people who live there.",
    ],
    [
      "a republication note",
      "This story was originally published in the Harbour Weekly and is shared with permission.",
    ],
    ["a German subscription call", "Jetzt den Newsletter abonnieren und nichts verpassen."],
    ["a styling credit", "Styling: Mara Quint. Hair and make-up: Teo Vance."],
    ["a photo credit with two crafts", "Photography and styling by Idris Gale"],
    ["a data credit", "Statistics courtesy of Northwind Transit Data"],
    ["an extra reporting credit", "Additional reporting by Pia Lund in Tromsø."],
  ])("drops %s at the end", (_case, note) => {
    const { kept, removed } = clean([...STORY, paragraph(note)]);
    expect(kept).toEqual(storyTexts);
    expect(removed.map((block) => block.text)).toContain(note);
  });

  it.each([
    [
      "a closing sentence about a subscription service",
      "Residents who subscribe to the bus pass will pay the same fare as before.",
    ],
    [
      "a story sentence about newsletters, too long for a note",
      `${"The council said its weekly newsletter, sent to forty thousand homes, would print the new timetable in full, along with a map of the night routes, the stops that close after midnight and the numbers to call when a bus does not arrive. ".repeat(2)}`.trim(),
    ],
    ["a quote about production", "“We produced the plan in six weeks,” Reyes said."],
    [
      "a short story sentence that mentions a newsletter",
      "The mayor's newsletter said the night routes would be reviewed in the spring.",
    ],
    ["a sentence that starts with a craft", "Research by the council found fares had doubled."],
    [
      "a short story sentence about downloading",
      "Residents can read and download the full timetable from the council's website.",
    ],
  ])("keeps %s", (_case, text) => {
    const { kept } = clean([...STORY, paragraph(text)]);
    expect(kept).toEqual([...storyTexts, text]);
  });

  it("keeps such a note in the middle of the story", () => {
    const middle = paragraph(
      "Readers can sign up for text alerts about service changes at the transport office.",
    );
    const { kept } = clean([STORY[0] ?? paragraph(""), middle, ...STORY.slice(1)]);
    expect(kept).toContain(middle.text);
  });

  it("drops an 'About the author' heading and the note under it", () => {
    const bio = paragraph(
      `${"Ana Okoro has reported on transport and city politics for the Ledger since 2015, and before that covered courts for a regional radio station. ".repeat(3)}`.trim(),
    );
    const { kept } = clean([...STORY, heading("About the Author"), bio]);
    expect(kept).toEqual(storyTexts);
  });
});

describe("cleanParagraphs: the author's note at the end", () => {
  it.each([
    [
      "a staff writer's note",
      "Lena Park is a Staff Writer at the Ledger, where she covers transport and housing.",
    ],
    ["a columnist's note", "Omar Said writes about city politics and the people who run it."],
  ])("drops %s", (_case, note) => {
    const { kept } = clean([...STORY, paragraph(note)]);
    expect(kept).toEqual(storyTexts);
  });

  it.each([
    [
      "an agency's report",
      "The IMO is already reporting that the eruption is weakening, though it may go on for weeks.",
    ],
    [
      "a sentence about a person's work",
      "The mayor is working on a plan for the spring timetable.",
    ],
    [
      "a word that only ends like a job word",
      "Port Authority is monitoring the station after the collision near the pier.",
    ],
  ])("keeps %s", (_case, text) => {
    const { kept } = clean([...STORY, paragraph(text)]);
    expect(kept).toEqual([...storyTexts, text]);
  });
});

describe("cleanParagraphs: short furniture lines", () => {
  it.each([
    ["an ad label between dashes", "- Advertisement -", "promo"],
    ["an ad label after a bullet", "• ADVERTISEMENT", "promo"],
    ["a time stamp with a month name", "Published March 3, 2025 6:40pm EST", "date"],
    ["an update stamp with a number", "Updated 14:05 GMT, 3 March 2025", "date"],
  ])("drops %s", (_case, line, reason) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed).toContainEqual({ text: line, reason });
  });

  it.each([
    [
      "a sentence that starts with 'Published'",
      "Published figures show the buses ran late on most nights in March.",
    ],
    ["a sentence about advertising", "Advertising on the buses pays for a fifth of the service."],
  ])("keeps %s", (_case, text) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: captions that end with a wire agency's credit", () => {
  it.each([
    ["an agency alone", "The mayor speaks at the opening of the new pier on Tuesday. (AP)"],
    [
      "an agency photographer",
      "Workers lift the last pile into place, March 3, 2025. (AP Photo/Lena Park)",
    ],
    [
      "a photographer for an agency",
      "Passengers wait at the terminal in the rain. (Omar Said/Getty Images)",
    ],
  ])("drops %s", (_case, caption) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(caption), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed).toContainEqual({ text: caption, reason: "caption" });
  });

  it.each([
    [
      "a dateline paragraph",
      "PORT ELLIS (AP) — The ferry pier reopened on Tuesday after two months of repairs.",
    ],
    [
      "a bracket that names no agency",
      "The new boats can be booked in the app (in the timetable section).",
    ],
  ])("keeps %s", (_case, text) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: shopping disclosures", () => {
  it.each([
    [
      "a revenue share",
      "Every product here was independently chosen by our team. The Ledger may get a share of the revenue if you buy through our links.",
    ],
    [
      "money from links",
      "Our reviews are editorially independent. We may make money when you click on links to retailers.",
    ],
  ])("drops %s", (_case, line) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed).toContainEqual({ text: line, reason: "disclosure" });
  });

  it("keeps a story sentence about a company's revenue", () => {
    const text = "The ferry company expects to make money on the route again by the summer.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: the site's own notices, by what they do", () => {
  it.each([
    [
      "Transit Desk is free to read thanks to our members and sponsors, who pay for the night shift.",
      "promo",
    ],
    ["Not a subscriber yet? Subscribing gives you every edition and our archive.", "subscribe"],
    [
      "We and our advertising partners use cookies to count visits and to remember your choices.",
      "cookie-notice",
    ],
  ])("drops %j as %s", (line, reason) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed).toContainEqual({ text: line, reason });
  });

  it("keeps a quote about sponsors", () => {
    const text =
      "“Our sponsors kept the night buses free for students this year,” the councillor said.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: notes about the article itself", () => {
  it.each([
    ["an update note", "This story has been updated with the council's response."],
    ["a correction note", "This article was corrected to show the pier opens on a Tuesday."],
  ])("drops %s", (_case, line) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
  });

  it("keeps a note that the article is part of a series", () => {
    const text =
      "This article is part of “Coastal Towns”, a series on the places the storms changed.";
    const { kept } = clean([paragraph(text), ...STORY]);
    expect(kept).toEqual([text, ...storyTexts]);
  });
});

describe("cleanParagraphs: reading times and labelled links", () => {
  it.each([
    ["a reading time", "4 min read"],
    ["a reading time glued to a date", "6 Min ReadMar 3, 2025"],
    ["an age stamp", "2 hours ago"],
    ["a watch label with a bar", "WATCH | The new ferry on its first crossing:"],
  ])("drops %s", (_case, line) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
  });

  it("keeps a sentence that opens with a number of days", () => {
    const text = "3 days agonising over the timetable ended with a vote.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs on pathological input", () => {
  const megabyte = 1_000_000;
  const follows = "follow ".repeat(megabyte / 7).trim();
  it.each([
    ["brackets", [...STORY, paragraph("(".repeat(megabyte))], storyTexts],
    ["follow calls", [...STORY, paragraph(follows)], [...storyTexts, follows]],
    [
      "related headings over link boxes",
      [
        ...STORY,
        ...Array.from({ length: megabyte / 20 }, (_, index) =>
          index % 10 === 0 ? heading("Related") : link("Another story here"),
        ),
      ],
      storyTexts,
    ],
  ])("answers on 1 MB of %s", (_name, blocks, expected) => {
    expect(clean(blocks).kept.slice(0, expected.length)).toEqual(expected);
  });
});

describe("cleanParagraphs: account prompts and comment counters", () => {
  it.each([
    ["a paywall prompt", "Already a subscriber? Sign in"],
    ["a login prompt", "Please log in to save this story"],
    ["a comment counter", "14 Comments"],
    ["a comment link", "View all 32 comments"],
  ])("drops %s", (_case, line) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed).toContainEqual({ text: line, reason: "account" });
  });

  it.each([
    ["a sentence about comments", "Comments from riders will be read at the next council meeting."],
    [
      "a sentence about members",
      "Already a member of the board, Reyes joined the transport panel in May.",
    ],
  ])("keeps %s", (_case, text) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: video player labels", () => {
  it.each([
    ["an unmute button", "Tap To Unmute"],
    ["a browser notice", "Please use a newer browser for a more accessible video player"],
    ["a player setting prompt", "Want us to remember this setting for all your devices?"],
    ["a missing-video notice", "Your browser does not support the video tag."],
  ])("drops %s", (_case, line) => {
    const { kept } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
  });

  it("keeps a sentence about a browser", () => {
    const text = "Please use the council's website rather than the app, the office said.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: button labels", () => {
  it.each([["Close"], ["Show more"], ["More..."], ["Back to top"], ["Currently reading"]])(
    "drops %s",
    (line) => {
      const { kept } = clean([...STORY.slice(0, 2), paragraph(line), ...STORY.slice(2)]);
      expect(kept).toEqual(storyTexts);
    },
  );

  it("keeps a sentence that starts with such a word", () => {
    const text = "Close to two thousand riders use the night buses each weekend.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toContain(text);
  });
});

describe("cleanParagraphs: labels of a sign-up box", () => {
  it.each([
    ["Skip past newsletter promotion"],
    ["Log in or create an account"],
    ["Get the evening briefing in your inbox"],
  ])("drops %s anywhere in the story", (label) => {
    const { kept, removed } = clean([...STORY.slice(0, 2), paragraph(label), ...STORY.slice(2)]);
    expect(kept).toEqual(storyTexts);
    expect(removed.map((block) => block.text)).toContain(label);
  });

  it("keeps a sentence of the story that names a newsletter", () => {
    const text = "The newsletter went out late.";
    const { kept } = clean([...STORY.slice(0, 2), paragraph(text), ...STORY.slice(2)]);
    expect(kept).toEqual([...storyTexts.slice(0, 2), text, ...storyTexts.slice(2)]);
  });
});
