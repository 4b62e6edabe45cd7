import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  inEventList,
  inTeaser,
  isEventList,
  isTeaser,
  pathOf,
  textUpTo,
} from "../../../src/parse/html/teasers.js";

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
      name: "a list item whose headline has few but long words",
      html: `<ul><li><span class="datum">14.06.2024</span> <a href="/n/stipendien">Einhundert Stipendien vergeben</a></li></ul>`,
      teaser: true,
    },
    {
      name: "a list item whose only link is a long name",
      html: `<ul><li>Von <a href="/autor/hp">Hans-Peter Müller-Lüdenscheid</a> · 14.06.2024</li></ul>`,
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

describe("isEventList", () => {
  it.each([
    {
      name: "a box opened by a heading of coming dates",
      html: `<section><h3>Nächste Termine</h3><p>Sa, 16.03.2024, 9–12 Uhr, Marktplatz</p></section>`,
      events: true,
    },
    {
      name: "a list opened by an English heading",
      html: `<section><h2>Upcoming events</h2><ul><li>June 24 – Harbour festival</li></ul></section>`,
      events: true,
    },
    {
      name: "a French agenda",
      html: `<section><h4>Prochains rendez-vous</h4><ul><li>24 juin – Fête du port</li></ul></section>`,
      events: true,
    },
    {
      name: "a block whose class says calendar",
      html: `<section class="sidebar-kalender"><p>24.06.2024 Dorffest</p></section>`,
      events: true,
    },
    {
      name: "a block of news",
      html: `<section><h3>Aktuelles</h3><p>Neue Öffnungszeiten ab 12.03.2024</p></section>`,
      events: false,
    },
    {
      name: "a story whose headline opens with the word",
      html: `<section><h2>Events at the harbour drew record crowds</h2><p>The festival on June 24 drew 4,000 people.</p></section>`,
      events: false,
    },
    {
      name: "a block whose class says it prevents something",
      html: `<section class="prevent-scroll"><p>24.06.2024</p></section>`,
      events: false,
    },
  ])("$name: $events", ({ html, events }) => {
    expect(isEventList(first(html, "section"))).toBe(events);
  });
});

describe("inEventList", () => {
  it("finds the block a date line sits in", () => {
    const html = `<section class="termine"><ul><li><span class="datum">24.06.2024</span> Dorffest</li></ul></section>`;
    expect(inEventList(first(html, ".datum"))).toBe(true);
  });
  it("leaves a date line outside such a block", () => {
    const html = `<div class="meta"><span class="datum">24.06.2024</span></div><section class="termine"></section>`;
    expect(inEventList(first(html, ".datum"))).toBe(false);
  });
  it("answers for headings nested to doubling depth without reading each one whole", () => {
    for (const depth of [1_000, 2_000, 4_000]) {
      const html = `${"<section><h3>Termine ".repeat(depth)}${"</h3></section>".repeat(depth)}`;
      const { document } = parseHTML(`<html><body>${html}</body></html>`) as unknown as {
        document: Document;
      };
      const sections = Array.from(document.querySelectorAll("section"));
      expect(sections.filter(isEventList).length).toBeGreaterThan(0);
    }
  });
});

describe("textUpTo", () => {
  it("gives short text and gives up on long text or many nodes", () => {
    expect(textUpTo(first("<p>Ferry <b>fares</b> rise</p>", "p"), 40, 20)).toBe("Ferry fares rise");
    expect(textUpTo(first(`<p>${"word ".repeat(20)}</p>`, "p"), 40, 20)).toBeUndefined();
    expect(textUpTo(first(`<p>${"<i></i>".repeat(30)}x</p>`, "p"), 40, 20)).toBeUndefined();
  });
});
