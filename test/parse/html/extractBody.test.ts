import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { extractBody } from "../../../src/parse/html/extractBody.js";

// A story long enough for Readability to take it as the page's article. `inside` is
// placed after the second paragraph, `after` after the last one, both inside the story's
// container.
const STORY = [
  "Harbour officials in Port Ellis said on Tuesday that the ferry pier would reopen next month, two weeks earlier than the council had planned after the storm.",
  "Repair crews replaced forty timber piles and rebuilt the ramp that carries cars onto the boats, the harbour master told reporters at a briefing on the quay.",
  "Commuters have driven the long way round the bay since August, adding almost an hour to each trip, and local shops say trade has fallen by a third.",
  "The council will run extra sailings in the first week so that regular passengers can renew their season tickets without queuing at the terminal.",
  "Some residents said they would wait for calmer autumn weather before trying the crossing again, while others said they had missed the view from the deck.",
];

function storyPage(inside: string, after = ""): string {
  const [first, second, ...rest] = STORY.map((text) => `<p>${text}</p>`);
  return `<!doctype html><html><head><title>Ferry pier to reopen</title></head><body>
    <header><a href="/">The Coastal Ledger</a></header>
    <main><article><h1>Ferry pier to reopen early</h1>
      <div class="story-body">${first}${second}${inside}${rest.join("")}${after}</div>
    </article></main>
  </body></html>`;
}

function bodyOf(html: string): string[] {
  const { document } = parseHTML(html) as unknown as { document: Document };
  return extractBody(document, { authors: [], headline: "Ferry pier to reopen early" }).paragraphs;
}

describe("extractBody keeps the story", () => {
  it("returns the story's paragraphs in order", () => {
    expect(bodyOf(storyPage(""))).toEqual(STORY);
  });
});

describe("extractBody removes captions inside the story", () => {
  it.each([
    [
      "a paragraph with a caption class",
      '<p class="imageCaption">Crews lower a new pile into place beside the old ramp</p>',
      "Crews lower a new pile",
    ],
    [
      "a span with a caption class",
      '<div class="photo"><span class="caption">The rebuilt ramp at low tide</span></div>',
      "The rebuilt ramp",
    ],
    [
      "a figure's credit outside its figcaption",
      '<figure><img src="pier.jpg" alt=""><span class="source">Marta Lindqvist/Ledger</span></figure>',
      "Marta Lindqvist/Ledger",
    ],
    [
      "a figure's figcaption",
      '<figure><img src="pier.jpg" alt=""><figcaption>The pier in August</figcaption></figure>',
      "The pier in August",
    ],
  ])("drops %s", (_case, clutter, text) => {
    const body = bodyOf(storyPage(clutter)).join("\n");
    expect(body).not.toContain(text);
    expect(body).toContain(STORY[2]);
  });

  it.each([
    [
      "a paragraph whose class names no caption",
      '<p class="lead-in">The ferry will carry cyclists free of charge during the first week.</p>',
      "The ferry will carry cyclists free of charge during the first week.",
    ],
    [
      "a span inside a paragraph with a plain class",
      '<p><span class="highlight">Tickets go on sale on Monday at the terminal office.</span></p>',
      "Tickets go on sale on Monday at the terminal office.",
    ],
  ])("keeps %s", (_case, html, text) => {
    expect(bodyOf(storyPage(html))).toContain(text);
  });
});

describe("extractBody ends the story where other stories begin", () => {
  it.each([
    [
      "a related-stories heading with teasers",
      '<h3>More from the Ledger</h3><p><a href="/a">Bus fares rise in March</a></p><p>Passengers will pay ten cents more from the spring.</p>',
      "Bus fares rise in March",
    ],
    [
      "an author's note under its heading",
      "<h4>About the author</h4><p>Lena Park has covered the harbour for the Ledger since 2019.</p>",
      "Lena Park has covered",
    ],
  ])("drops %s", (_case, after, text) => {
    const body = bodyOf(storyPage("", after));
    expect(body).toEqual(STORY);
    expect(body.join("\n")).not.toContain(text);
  });
});
