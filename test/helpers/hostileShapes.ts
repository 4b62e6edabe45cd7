/**
 * Hostile inputs of a chosen size, one per pathological shape of issue 13, written by us.
 * The scaling bench (test/bench/hostile.bench.ts) doubles their sizes and prints how the
 * time grows; the reliability tests feed them at 1 MB and rely on the runner's timeout.
 */
import { extractFacts, extractQuotes } from "../../src/extract/index.js";
import { groupStories, StoryIndex } from "../../src/group/index.js";
import { parseArticle } from "../../src/parse/index.js";
import { articleFromBody } from "./article.js";

/** One hostile shape: how to build `size` characters of it, and the public call it aims at. */
export interface HostileShape {
  /** Short name, as the bench prints it. */
  name: string;
  /** The issue item it reproduces. */
  item: string;
  /** Who owns the code it hits (`reliability` or the team rewriting that folder). */
  owner: string;
  /** Builds an input of about `size` characters. */
  build: (size: number) => string;
  /** Runs the public function the shape aims at. */
  run: (input: string) => unknown;
}

function repeatTo(unit: string, size: number): string {
  return unit.repeat(Math.max(1, Math.floor(size / unit.length)));
}

const LEAD =
  "Crews on the Haldenby ferry voted on Tuesday to return to work after a two-week strike.";

function page(head: string, body: string): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

const parseHtml = (html: string) => parseArticle({ html });
const parseText = (text: string) => parseArticle({ text });

/** Every shape of issue 13, items 2 and 3, plus the sibling-node page of item 4. */
export const hostileShapes: readonly HostileShape[] = [
  {
    name: "meta author with a long non-letter run",
    item: "2",
    owner: "reliability",
    build: (size) =>
      page(
        `<meta name="author" content="Ann Lee ${repeatTo("1", size)}x">`,
        `<article><p>${LEAD}</p></article>`,
      ),
    run: parseHtml,
  },
  {
    name: "headline followed by many spaces",
    item: "2",
    owner: "reliability",
    build: (size) => `Ferry strike ends${repeatTo(" ", size)}x\n\n${LEAD}`,
    run: parseText,
  },
  {
    name: "byline line followed by many spaces",
    item: "2",
    owner: "reliability",
    build: (size) => `Ferry strike ends\nAnn Lee${repeatTo(" ", size)}/x\n\n${LEAD}`,
    run: parseText,
  },
  {
    name: "quote ending in a long run of commas",
    item: "2",
    owner: "src/extract/quotes (others)",
    build: (size) => `Ann Lee said: “We will sail again${repeatTo(",", size)}x” on Monday.`,
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "quotes each pointed back at by the next sentence",
    item: "issue 14",
    owner: "generalise",
    build: (size) => repeatTo("“We waited.” That is how that is how the words of ", size),
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "according to a source that never ends",
    item: "issue 14",
    owner: "generalise",
    build: (size) => `“We waited,” according to the ${repeatTo("coast ", size)}guard.`,
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "a quote before a long chain of capitalised words",
    item: "issue 14",
    owner: "generalise",
    build: (size) => `“We waited,” ${repeatTo("Haldenby MLA ", size)}Ann Lee says.`,
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "description heads one after another",
    item: "issue 14",
    owner: "generalise",
    build: (size) => `“We waited,” the ${repeatTo("council party union ", size)}leader said.`,
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "headline labels and bare descriptions around quotes",
    item: "issue 14",
    owner: "generalise",
    build: (size) => repeatTo("Carney: “We will respond,” striking nurses tell\n", size),
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "titles joined by 'of' before a name",
    item: "issue 14",
    owner: "generalise",
    build: (size) => `“We waited,” said ${repeatTo("Superintendent of Police ", size)}Ann Lee.`,
    run: (text) => extractQuotes(articleFromBody(text)),
  },
  {
    name: "thousands of unclosed elements",
    item: "2",
    owner: "reliability",
    build: (size) => page("", repeatTo("<div><span>word ", size)),
    run: parseHtml,
  },
  {
    name: "unterminated tags in an unclosed page",
    item: "2",
    owner: "reliability",
    build: (size) => `<html><body>${"<div>".repeat(6000)}${repeatTo("<a ", size)}`,
    run: parseHtml,
  },
  {
    name: "dense dates and numbers",
    item: "3",
    owner: "src/extract (others)",
    build: (size) => repeatTo("On 20 August 2025 at 14:05, 12 of 300 boats left. ", size),
    run: (text) => extractFacts(articleFromBody(text, { published: "2025-08-21" })),
  },
  {
    name: "many short paragraphs",
    item: "3",
    owner: "reliability",
    build: (size) => page("", `<article>${repeatTo("<p>Ab</p>", size)}<p>${LEAD}</p></article>`),
    run: parseHtml,
  },
  {
    name: "a long run of capitalised non-names, indexed",
    item: "3",
    owner: "src/group/storyEvidence.ts (others)",
    build: (size) => repeatTo("The And ", size),
    run: (text) => new StoryIndex().add(articleFromBody(text, { id: "lines" })),
  },
  {
    name: "deeply nested closed divs",
    item: "3",
    owner: "reliability",
    build: (size) => {
      const depth = Math.floor(size / 11);
      return page("", `${"<div>".repeat(depth)}${LEAD}${"</div>".repeat(depth)}`);
    },
    run: parseHtml,
  },
  {
    name: "a page of sibling nodes",
    item: "4",
    owner: "reliability",
    build: (size) => page("", `<article>${repeatTo("<i>a</i>", size)}</article>`),
    run: parseHtml,
  },
  {
    name: "a page of sibling comments",
    item: "4",
    owner: "reliability",
    build: (size) => page("", `<article><p>${LEAD}</p>${repeatTo("a<!---->", size)}</article>`),
    run: parseHtml,
  },
  {
    name: "wire copies grouped",
    item: "1",
    owner: "reliability",
    build: (size) => repeatTo(`${LEAD} `, size),
    run: (text) => {
      // One article of `size` characters cut into 2,000-character copies of one story.
      const copies = Math.max(2, Math.floor(text.length / 2000));
      const body = text.slice(0, 2000);
      return groupStories(
        Array.from({ length: copies }, (_, index) => articleFromBody(body, { id: `c${index}` })),
      );
    },
  },
];
