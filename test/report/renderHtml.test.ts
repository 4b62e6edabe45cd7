import { createHash } from "node:crypto";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderHtml } from "../../src/report/index.js";
import { ferryComparison, hostileComparison } from "../helpers/comparison.js";

function sha256(text: string): string {
  return `sha256-${createHash("sha256").update(text, "utf8").digest("base64")}`;
}

function load(html: string) {
  return parseHTML(html).document;
}

describe("renderHtml on the ferry story", () => {
  const html = renderHtml(ferryComparison());
  const document = load(html);

  it("is one page with no external asset", () => {
    expect(html.startsWith("<!doctype html>")).toBe(true);
    expect(document.querySelectorAll("link, img, iframe, object, embed").length).toBe(0);
    expect(document.querySelectorAll("script[src], [href^='http'], [src]").length).toBe(0);
  });

  it("allows its inline style and script by hash and nothing else", () => {
    const policy =
      document
        .querySelector('meta[http-equiv="Content-Security-Policy"]')
        ?.getAttribute("content") ?? "";
    const scripts = Array.from(document.querySelectorAll("script"));
    const styles = Array.from(document.querySelectorAll("style"));
    expect(scripts).toHaveLength(1);
    expect(styles).toHaveLength(1);
    expect(policy.split("; ")).toEqual([
      "default-src 'none'",
      `style-src '${sha256(styles[0]?.textContent ?? "")}'`,
      `script-src '${sha256(scripts[0]?.textContent ?? "")}'`,
      "img-src data:",
      "base-uri 'none'",
      "form-action 'none'",
    ]);
  });

  const sections: [string, number][] = [
    ["section.story", 1],
    ["section.outlets article.outlet", 5],
    ["section.timeline svg", 1],
    ["section.findings li.finding", 3],
    ["section.quotes .quote-group", 3],
    ["section.exclusives li", 1],
  ];
  it.each(sections)("has %s (%i)", (selector, count) => {
    expect(document.querySelectorAll(selector).length).toBe(count);
  });

  it("links every piece of evidence to a sentence whose text holds it", () => {
    const links = Array.from(document.querySelectorAll("a.source"));
    expect(links.length).toBeGreaterThan(20);
    for (const link of links) {
      const target = document.getElementById((link.getAttribute("href") ?? "").slice(1));
      expect(target?.classList.contains("sentence")).toBe(true);
      const base = Number(target?.getAttribute("data-start"));
      const start = Number(link.getAttribute("data-start")) - base;
      expect(start).toBeGreaterThanOrEqual(0);
      expect(start).toBeLessThanOrEqual(target?.textContent?.length ?? 0);
    }
  });

  it("shows the number finding's evidence in each outlet's sentence", () => {
    const finding = document.querySelector("li.finding");
    const marks = Array.from(finding?.querySelectorAll("mark.evidence") ?? []);
    expect(marks.map((mark) => mark.textContent)).toEqual(["212", "212", "212", "221"]);
  });

  it("marks a replaced word as the root's words deleted and the outlet's inserted", () => {
    const row = Array.from(document.querySelectorAll("table.variants tr")).find((tr) =>
      tr.textContent?.startsWith("kessby-courier"),
    );
    expect(
      Array.from(row?.querySelectorAll("del, ins") ?? []).map(
        (el) => `${el.tagName}:${el.textContent}`,
      ),
    ).toEqual(["DEL:vessel", "INS:ship", "DEL:badly", "INS:seriously"]);
  });
});

describe("renderHtml on hostile text", () => {
  const html = renderHtml(hostileComparison());
  const document = load(html);

  it("builds no element and no attribute from article text", () => {
    expect(document.querySelectorAll("script")).toHaveLength(1);
    expect(document.querySelectorAll("img, svg:not(.timeline-chart), b, i")).toHaveLength(0);
    const handlers = Array.from(document.querySelectorAll("*")).flatMap((element) =>
      Array.from(element.attributes).filter((attribute) => attribute.name.startsWith("on")),
    );
    expect(handlers).toHaveLength(0);
    expect(html).not.toContain('href="javascript:');
  });

  const shown: [string, string][] = [
    ["the forged headline", "<script>window.pwned = 'headline'</script>Kessby ferry grounding"],
    ["the body's script", '<script>window.pwned = "body"</script>'],
    ["the forged outlet", `<img src=x onerror="window.pwned='outlet'">Radio Nord`],
    ["the finding's message", "<script>window.pwned='message'</script> 212 against 221"],
  ];
  it.each(shown)("shows %s as text", (_name, text) => {
    expect(document.body.textContent).toContain(text);
  });
});
