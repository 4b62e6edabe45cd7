import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { findStandfirst } from "../../../src/parse/html/findStandfirst.js";
import type { MetaTags } from "../../../src/parse/html/readMetaTags.js";

const FIRST_PARAGRAPH =
  "<p>Harbour officials in Port Ellis said on Tuesday that the ferry pier would reopen next month, two weeks earlier than planned.</p>";

function standfirstOf(body: string, meta: MetaTags = new Map()): string | undefined {
  const { document } = parseHTML(
    `<!doctype html><html><head></head><body>${body}</body></html>`,
  ) as unknown as { document: Document };
  return findStandfirst(document, [], meta);
}

describe("findStandfirst under the headline", () => {
  it.each([
    [
      "a paragraph in the article's header",
      `<article><header><h1>Ferry pier to reopen early</h1><p>Repairs finished two weeks ahead of schedule after a mild autumn.</p></header>${FIRST_PARAGRAPH}</article>`,
      "Repairs finished two weeks ahead of schedule after a mild autumn.",
    ],
    [
      "a subheading after a byline",
      `<article><header><h1>Ferry pier to reopen early</h1><div class="byline">Lena Park</div><h2>Commuters will save an hour a day once the boats run again.</h2></header>${FIRST_PARAGRAPH}</article>`,
      "Commuters will save an hour a day once the boats run again.",
    ],
    [
      "an element with a standfirst class outside any header",
      `<main><h1>Ferry pier to reopen early</h1><div class="sub-headline">The council says the rebuilt ramp can carry twice the old load.</div>${FIRST_PARAGRAPH}</main>`,
      "The council says the rebuilt ramp can carry twice the old load.",
    ],
  ])("finds %s", (_case, body, expected) => {
    expect(standfirstOf(body)).toBe(expected);
  });

  it.each([
    [
      "the story's first paragraph outside the header",
      `<article><header><h1>Ferry pier to reopen early</h1></header>${FIRST_PARAGRAPH}</article>`,
    ],
    [
      "a promotion box after the headline",
      `<article><h1>Ferry pier to reopen early</h1><div class="promo-box">Our newsroom turns twenty this year. Thank you for reading.</div>${FIRST_PARAGRAPH}</article>`,
    ],
    [
      "a byline in the header",
      `<article><header><h1>Ferry pier to reopen early</h1><p>By Lena Park, transport reporter for the Coastal Ledger.</p></header>${FIRST_PARAGRAPH}</article>`,
    ],
    [
      "a label without sentence punctuation",
      `<article><header><h1>Ferry pier to reopen early</h1><p>Transport and infrastructure in the coastal towns</p></header>${FIRST_PARAGRAPH}</article>`,
    ],
    ["a page without a headline", FIRST_PARAGRAPH],
  ])("finds nothing in %s", (_case, body) => {
    expect(standfirstOf(body)).toBeUndefined();
  });

  it("prefers the element that repeats the description", () => {
    const description = "The ferry returns to Port Ellis two weeks early, the council says.";
    const meta: MetaTags = new Map([["og:description", [description]]]);
    const body = `<article><header><h1>Ferry pier to reopen early</h1><p>Another line printed in the header of the page.</p></header><p class="dek">${description}</p>${FIRST_PARAGRAPH}</article>`;
    expect(standfirstOf(body, meta)).toBe(description);
  });
});
