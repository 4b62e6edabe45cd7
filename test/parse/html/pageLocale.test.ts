import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { readsDayFirst } from "../../../src/parse/html/pageLocale.js";
import { readMetaTags } from "../../../src/parse/html/readMetaTags.js";

describe("readsDayFirst", () => {
  const cases: [string, string, string, string | undefined, boolean][] = [
    // German writes 2.10.2020: a slashed date on a German page comes from software.
    ["a German page", `lang="de"`, "", undefined, false],
    ["a French page", `lang="fr"`, "", undefined, true],
    ["an Indian English page", `lang="en-IN"`, "", undefined, true],
    ["a Canadian English page", `lang="en-CA"`, "", undefined, false],
    ["a Dutch page (2-10-2020)", `lang="nl"`, "", undefined, false],
    ["a Brazilian page", `lang="pt-BR"`, "", undefined, true],
    ["a British English page", `lang="en-GB"`, "", undefined, true],
    ["an American English page", `lang="en-US"`, "", undefined, false],
    ["an English page on a .co.uk domain", `lang="en"`, "", "https://news.example.co.uk/a", true],
    ["an English page on a .com domain", `lang="en"`, "", "https://news.example.com/a", false],
    ["an English page on a .io domain", `lang="en"`, "", "https://news.example.io/a", false],
    ["a page with no language on a .fr domain", "", "", "https://journal.example.fr/a", true],
    ["a page with no language on a .de domain", "", "", "https://zeitung.example.de/a", false],
    ["an English page on a .com.au domain", `lang="en"`, "", "https://news.example.com.au/a", true],
    [
      "an English page that names its region in og:locale",
      `lang="en"`,
      `<meta property="og:locale" content="en_GB">`,
      undefined,
      true,
    ],
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
