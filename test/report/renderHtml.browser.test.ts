import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import type { BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { compareArticles } from "../../src/compare/index.js";
import { renderHtml } from "../../src/report/index.js";
import type { Comparison } from "../../src/types.js";
import { chromiumMissing, hasChromium, launchChromium } from "../helpers/chromium.js";
import { ferryComparison, hostileComparison } from "../helpers/comparison.js";
import { hasShared, sharedDir } from "../helpers/shared.js";

// The HTML report opened as a user opens it (a file in Debian's headless Chromium): every
// section visible, no console error (a CSP violation is one), a click from a finding to
// its sentence, and no article text run as script. The screenshot is kept in .ci-out.
const inCi = process.env.CI === "true";
if (!hasChromium && !inCi) console.warn(chromiumMissing);

// The seeds compared by the library itself: what `corroborate compare` writes for them.
function seedsComparison(): Comparison {
  const directory = join(sharedDir, "seeds");
  return compareArticles(
    readdirSync(directory)
      .filter((name) => name.endsWith(".txt"))
      .sort()
      .map((name) => ({ id: name.slice(0, 3), text: readFileSync(join(directory, name), "utf8") })),
  );
}

describe.skipIf(!hasChromium && !inCi)("the HTML report in headless Chromium", () => {
  const folder = mkdtempSync(join(tmpdir(), "corroborate-report-"));
  let browser: { context: BrowserContext; close: () => Promise<void> } | undefined;
  beforeAll(async () => {
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(name: string, html: string) {
    const file = join(folder, `${name}.html`);
    writeFileSync(file, html);
    const page = (await browser?.context.newPage()) as Page;
    const problems: string[] = [];
    page.on("console", (message) => {
      if (message.type() === "error" || message.type() === "warning")
        problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on("pageerror", (error) => problems.push(`pageerror: ${error.message}`));
    page.on("dialog", (dialog) => {
      problems.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    page.on("request", (request) => {
      if (!request.url().startsWith("file:")) problems.push(`request: ${request.url()}`);
    });
    await page.goto(pathToFileURL(file).href);
    return { page, problems };
  }

  it(`renders the ${hasShared ? "seeds'" : "ferry story's"} report with every section visible, no console error, and a click to the source`, async () => {
    const comparison = hasShared ? seedsComparison() : ferryComparison();
    const { page, problems } = await open("report", renderHtml(comparison));
    const stories = await page.locator("section.story").count();
    expect(stories).toBe(comparison.stories.length);
    for (const selector of [
      "header.page h1",
      "section.outlets",
      "section.timeline svg.timeline-chart",
      "section.findings",
      "section.quotes",
      "section.exclusives",
      "article.outlet .sentence",
    ]) {
      const first = page.locator(selector).first();
      await first.scrollIntoViewIfNeeded();
      expect(await first.isVisible(), selector).toBe(true);
      const box = await first.boundingBox();
      expect(box?.width ?? 0, selector).toBeGreaterThan(0);
      expect(box?.height ?? 0, selector).toBeGreaterThan(0);
    }
    mkdirSync(".ci-out", { recursive: true });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: join(".ci-out", "report.png"), fullPage: true });

    // A click on the first finding's evidence goes to its sentence and highlights the words.
    const link = page.locator("li.finding a.source").first();
    const words = await link.locator("mark.evidence").textContent();
    const href = (await link.getAttribute("href")) ?? "";
    await link.click();
    expect(new URL(page.url()).hash).toBe(href);
    const sentence = page.locator(href);
    expect(await sentence.getAttribute("class")).toContain("hit");
    expect(await sentence.isVisible()).toBe(true);
    const highlighted = await page.evaluate(() => {
      const registry = CSS.highlights as unknown as Map<string, Set<Range>>;
      const highlight = registry.get("evidence");
      const range = highlight ? Array.from(highlight)[0] : undefined;
      return range?.toString();
    });
    expect(highlighted).toBe(words);
    expect(problems).toEqual([]);
    await page.close();
  });

  it("shows hostile headlines, og:titles and bodies as text and runs none of them", async () => {
    const { page, problems } = await open("hostile", renderHtml(hostileComparison()));
    await page.locator("li.finding a.source").first().click();
    expect(
      await page.evaluate(() => (window as unknown as { pwned?: string }).pwned),
    ).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator("script").count()).toBe(1);
    const headline = page.locator("article.outlet h4", { hasText: "window.pwned = 'headline'" });
    expect(await headline.textContent()).toBe(
      "<script>window.pwned = 'headline'</script>Kessby ferry grounding",
    );
    expect(problems).toEqual([]);
    await page.close();
  });
});
