import { describe, expect, it } from "vitest";
import { dateFromUrl } from "../../../src/parse/html/dateFromUrl.js";

describe("dateFromUrl", () => {
  const cases: [string, string | undefined][] = [
    ["https://news.example/2025/08/20/ferry-resumes/", "2025-08-20"],
    ["https://news.example/2025/8/3/ferry", "2025-08-03"],
    ["https://news.example/world/2025-08-20-ferry-resumes", "2025-08-20"],
    ["https://news.example/story/20250820/ferry", "2025-08-20"],
    ["https://news.example/meldungen/29-10-2021", "2021-10-29"],
    ["https://news.example/2023/dec/21/ferry-resumes", "2023-12-21"],
    ["https://news.example/2025/08/ferry-resumes", undefined],
    ["https://news.example/2025/13/45/ferry", undefined],
    ["https://news.example/article/123456789", undefined],
  ];
  it.each(cases)("%s", (url, expected) => {
    expect(dateFromUrl(url)?.date).toBe(expected);
  });
});
