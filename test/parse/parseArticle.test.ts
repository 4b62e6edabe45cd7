import { describe, expect, it } from "vitest";
import { CorroborateError } from "../../src/errors.js";
import { parseArticle, safeParseArticle } from "../../src/parse/index.js";

const story =
  "Harbour ferry strike ends after two weeks\nBy Ines Okafor\n\nFerry crews in Port Elspeth voted on Tuesday to return to work after a two-week strike over night-shift pay.\n\nThe operator said the first sailings would leave at 6 a.m. on Wednesday.";

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    if (error instanceof CorroborateError) return error.code;
    throw error;
  }
  return undefined;
}

describe("parseArticle input validation", () => {
  const cases: [string, unknown, string][] = [
    ["a number", 42, "invalid-input"],
    ["null", null, "invalid-input"],
    ["an array", ["text"], "invalid-input"],
    ["a non-string text", { text: 12 }, "invalid-input"],
    ["an unknown key", { text: story, title: "x" }, "invalid-input"],
    ["both text and html", { text: story, html: "<p>x</p>" }, "ambiguous-input"],
    ["neither text nor html", { url: "https://example.org/a" }, "ambiguous-input"],
    ["empty text", { text: "" }, "empty-input"],
    ["whitespace only", "   \n\t  ", "empty-input"],
    ["empty html", { html: "   " }, "empty-input"],
    ["NUL bytes", "Ferry\u0000crews\u0000voted", "binary-input"],
    ["a lone surrogate", "Ferry crews \uD800 voted", "binary-input"],
    [
      "control-character junk",
      "\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f\u0010".repeat(20),
      "binary-input",
    ],
    ["a day that does not exist", { text: story, published: "2025-02-30" }, "invalid-date"],
    ["a date in words", { text: story, published: "20 August 2025" }, "invalid-date"],
    ["a bad retrievedAt", { text: story, retrievedAt: "yesterday" }, "invalid-date"],
  ];
  it.each(cases)("refuses %s", (_name, input, code) => {
    expect(codeOf(() => parseArticle(input as string))).toBe(code);
  });

  it("refuses random bytes given as HTML", () => {
    let seed = 7;
    const bytes = Uint8Array.from({ length: 4096 }, () => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed & 0xff;
    });
    expect(codeOf(() => parseArticle({ html: bytes }))).toBe("binary-input");
  });

  it("refuses a 50 MB string with input-too-large, quickly", () => {
    expect(codeOf(() => parseArticle("a".repeat(50_000_000)))).toBe("input-too-large");
  });

  it("honours a smaller maxLength and validates options", () => {
    expect(codeOf(() => parseArticle(story, { maxLength: 10 }))).toBe("input-too-large");
    expect(codeOf(() => parseArticle(story, { maxLength: -1 }))).toBe("invalid-options");
  });

  it("carries zod issues for an invalid shape", () => {
    const result = safeParseArticle({ text: 12 });
    expect(result.success).toBe(false);
    if (!result.success) {
      expect(result.error.issues[0]?.path).toEqual(["text"]);
      expect(result.error.message).toMatch(/invalid/);
    }
  });

  it("safeParseArticle returns data on success", () => {
    const result = safeParseArticle(story);
    expect(result.success && result.data.headline).toBe(
      "Harbour ferry strike ends after two weeks",
    );
  });
});

describe("parseArticle output", () => {
  it("parses a bare string as plain text", () => {
    const article = parseArticle(story);
    expect(article.headline).toBe("Harbour ferry strike ends after two weeks");
    expect(article.authors).toEqual(["Ines Okafor"]);
    expect(article.published).toBeUndefined();
    expect(article.paragraphs).toHaveLength(2);
  });

  it("gives paragraph offsets into the body", () => {
    const article = parseArticle(story);
    for (const { start, end } of article.paragraphs) {
      expect(article.body.slice(start, end).trim()).toBe(article.body.slice(start, end));
      expect(end).toBeGreaterThan(start);
    }
    expect(article.body.slice(article.paragraphs[0]?.start, article.paragraphs[0]?.end)).toMatch(
      /^Ferry crews/,
    );
  });

  it("lets caller metadata win and keeps the publisher's day and offset", () => {
    const article = parseArticle({
      text: story,
      outlet: "Elspeth Evening Post",
      published: "2025-03-11T23:30:00-05:00",
      url: "https://example.org/ferry",
    });
    expect(article.outlet).toBe("Elspeth Evening Post");
    expect(article.url).toBe("https://example.org/ferry");
    expect(article.published).toEqual({
      date: "2025-03-11",
      time: "23:30",
      offset: "-05:00",
      text: "2025-03-11T23:30:00-05:00",
      source: "input",
      confidence: 1,
    });
  });

  it("derives a stable id from the content, and keeps a given one", () => {
    expect(parseArticle(story).id).toBe(parseArticle(story).id);
    expect(parseArticle(story).id).not.toBe(parseArticle(`${story} More.`).id);
    expect(parseArticle({ id: "ferry-1", text: story }).id).toBe("ferry-1");
  });

  it("does not mutate its input", () => {
    const input = Object.freeze({ text: story, published: "2025-03-12" });
    expect(() => parseArticle(input)).not.toThrow();
  });

  it("parses HTML given as bytes with a declared charset", () => {
    const html = `<html><head><meta charset="windows-1252"><title>Caf\u00e9 owners protest rent rise</title></head><body><article><h1>Caf\u00e9 owners protest rent rise</h1><p>Owners of six caf\u00e9s on the harbour front closed their doors on Monday to protest a rent rise of 18 percent, which they say would put half of them out of business by winter.</p><p>The landlord, a pension fund, said the new rents matched the rest of the district and that it was open to talks.</p><p>Several owners said they had run their caf\u00e9s for more than twenty years and had never seen an increase of that size.</p></article></body></html>`;
    const bytes = Uint8Array.from(html, (char) => char.charCodeAt(0));
    const article = parseArticle({ html: bytes });
    expect(article.headline).toBe("Caf\u00e9 owners protest rent rise");
    expect(article.body).toMatch(/six caf\u00e9s/);
  });

  it("answers on a megabyte of pathological text", () => {
    for (const text of [
      "By ".repeat(330_000),
      "“a".repeat(500_000),
      "1".repeat(1_000_000),
      "A. ".repeat(330_000),
    ]) {
      expect(typeof parseArticle(text).body).toBe("string");
    }
  });
});
