import { describe, expect, it } from "vitest";
import { CorroborateError } from "../../src/errors.js";
import { parseArticle } from "../../src/parse/index.js";
import { hostileShapes } from "../helpers/hostileShapes.js";

// Issue 13, items 2 to 4: each shape of hostile input our code owns, at 2 MB (well under
// the 5,000,000-character cap), answers with a result or a CorroborateError. Before the
// fixes each of these took minutes or overflowed the stack; the runner's timeout catches a
// return of that. How fast they answer is measured by `npm run bench -- hostile`. Shapes
// aimed at src/extract (quotes included) and storyEvidence belong to the rewrite of those folders.
const SIZE = 2_000_000;

describe.each(hostileShapes.filter((shape) => shape.owner === "reliability"))(
  "2 MB of $name (item $item)",
  ({ build, run }) => {
    it("answers with a result or a CorroborateError", () => {
      const input = build(SIZE);
      try {
        expect(run(input)).toBeDefined();
      } catch (error) {
        expect(error).toBeInstanceOf(CorroborateError);
      }
    }, 30_000);
  },
);

// Issue 14's speaker rules (the sentence pointing back at a quote, "according to" a plain
// phrase, a name at the end of a chain of capitals, a head noun before another, a title
// with "of"): each shape at doubling sizes answers; the bench prints how the time grows.
describe.each(hostileShapes.filter((shape) => shape.owner === "generalise"))(
  "$name at doubling sizes",
  ({ build, run }) => {
    it.each([250_000, 500_000, 1_000_000])(
      "answers at %i characters",
      (size) => {
        expect(run(build(size))).toBeDefined();
      },
      30_000,
    );
  },
);

describe("pages too large or too deep for the tree", () => {
  const lead =
    "Crews on the Haldenby ferry voted on Tuesday to return to work after a two-week strike.";
  const head =
    '<head><meta property="og:title" content="Ferry strike ends"><meta name="author" content="Ann Lee"></head>';

  it.each([
    ["20,001 sibling elements", `<article>${"<i>a</i>".repeat(20_001)}<p>${lead}</p></article>`],
    ["5,001 nested closed divs", `${"<div>".repeat(5001)}<p>${lead}</p>${"</div>".repeat(5001)}`],
    ["5,001 unclosed divs", `${"<div>".repeat(5001)}<p>${lead}</p>`],
  ])("reads %s as flat text, with the metadata of its head", (_name, body) => {
    const article = parseArticle({ html: `<html>${head}<body>${body}</body></html>` });
    expect(article.headline).toBe("Ferry strike ends");
    expect(article.authors).toEqual(["Ann Lee"]);
    expect(article.body).toContain(lead);
  });

  it("keeps the dates printed at the top of a flat page", () => {
    const times = '<time datetime="2025-08-20">20 Aug</time>'.repeat(21_000);
    expect(parseArticle({ html: `<html><body>${times}</body></html>` }).published?.date).toBe(
      "2025-08-20",
    );
  });

  it("cuts a page's leading labels in one step, however many there are", () => {
    const labels = "<p>Ab</p>".repeat(19_000);
    const article = parseArticle({
      html: `<html><body><article>${labels}<p>${lead}</p></article></body></html>`,
    });
    expect(article.body).toBe(lead);
  });
});
