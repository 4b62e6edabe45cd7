import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readsDayFirst } from "../../../src/parse/html/pageLocale.js";
import { readMetaTags } from "../../../src/parse/html/readMetaTags.js";

describe("readsDayFirst", () => {
  const cases: [string, string, string, string | undefined, boolean][] = [
    ["a German page", `lang="de"`, "", undefined, true],
    ["a Brazilian page", `lang="pt-BR"`, "", undefined, true],
    ["a British English page", `lang="en-GB"`, "", undefined, true],
    ["an American English page", `lang="en-US"`, "", undefined, false],
    ["an English page on a .co.uk domain", `lang="en"`, "", "https://news.example.co.uk/a", true],
    ["an English page on a .com domain", `lang="en"`, "", "https://news.example.com/a", false],
    ["an English page on a .io domain", `lang="en"`, "", "https://news.example.io/a", false],
    ["a page with no language on a .de domain", "", "", "https://zeitung.example.de/a", true],
    ["a page with no language and no address", "", "", undefined, false],
    [
      "a page that states its locale in og:locale",
      "",
      `<meta property="og:locale" content="en_AU">`,
      undefined,
      true,
    ],
  ];
  it.each(cases)("reads %s", (_name, htmlAttributes, head, url, expected) => {
    const { document } = parseHTML(
      `<html ${htmlAttributes}><head>${head}</head><body></body></html>`,
    ) as unknown as { document: Document };
    expect(readsDayFirst(document, readMetaTags(document), url)).toBe(expected);
  });
});
