import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { inTeaser, isTeaser, pathOf } from "../../../src/parse/html/teasers.js";

function first(html: string, selector: string): Element {
  const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as {
    document: Document;
  };
  const element = document.querySelector(selector);
  if (element === null) throw new Error(`no ${selector}`);
  return element;
}

describe("isTeaser", () => {
  it.each([
    {
      name: "a list item with a headline link",
      html: `<ul><li><a href="/n/pool">Town pool to reopen after repairs</a> <em>May 2</em></li></ul>`,
      teaser: true,
    },
    {
      name: "one of a run of like cards",
      html: `<div class="card"><a href="/n/pool">Town pool to reopen after repairs</a></div><div class="card"><a href="/n/ferry">Ferry fares rise for winter</a></div>`,
      teaser: true,
    },
    {
      name: "a card with no twin",
      html: `<div class="card"><a href="/n/pool">Town pool to reopen after repairs</a></div><div class="other">x</div>`,
      teaser: false,
    },
    {
      name: "a list item whose only link is a short name",
      html: `<ul><li>By <a href="/staff/ines">Ines Varga</a></li></ul>`,
      teaser: false,
    },
    {
      name: "a list item of article text with a link in it",
      html: `<ul><li>${"The council heard from residents on both sides of the question for over an hour. ".repeat(5)}<a href="/n/plan">the full plan is here for readers</a></li></ul>`,
      teaser: false,
    },
    {
      name: "an entry that links to the page itself",
      html: `<ul><li><a href="/n/pool/">Town pool to reopen after repairs</a> <em>May 2</em></li></ul>`,
      teaser: false,
      ownPath: "/n/pool",
    },
  ])("$name: $teaser", ({ html, teaser, ownPath }) => {
    const selector = html.startsWith("<ul") ? "li" : "div";
    expect(isTeaser(first(html, selector), ownPath)).toBe(teaser);
  });

  it("finds the entry a date line sits in", () => {
    const html = `<ul><li><a href="/n/pool">Town pool to reopen after repairs</a><p><span class="meta">May 2</span></p></li></ul>`;
    expect(inTeaser(first(html, ".meta"), undefined)).toBe(true);
  });

  it("answers for nested list items of doubling depth without reading each one whole", () => {
    for (const depth of [500, 1_000, 2_000, 4_000]) {
      const html = `${"<ul><li>word ".repeat(depth)}${"</li></ul>".repeat(depth)}`;
      expect(isTeaser(first(html, "li"), undefined)).toBe(false);
    }
  });
});

describe("pathOf", () => {
  it.each([
    { url: "https://example.com/n/pool/", base: undefined, path: "/n/pool" },
    { url: "pool", base: "/n/ferry", path: "/n/pool" },
    { url: "/", base: undefined, path: "/" },
    { url: undefined, base: undefined, path: undefined },
  ])("$url against $base: $path", ({ url, base, path }) => {
    expect(pathOf(url, base)).toBe(path);
  });
});
