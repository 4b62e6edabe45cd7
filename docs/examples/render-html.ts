// Render a comparison as one self-contained HTML page and write it to a file: open it in
// any browser, offline. Article text is escaped, so a hostile headline is shown, not run.
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { type ArticleInput, compareArticles, renderHtml } from "corroborate";

const folder = join(import.meta.dirname, "ferry");
const inputs: ArticleInput[] = readdirSync(folder)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => ({ id: basename(name, ".txt"), text: readFileSync(join(folder, name), "utf8") }));
// A sixth outlet whose name and text try to run script.
inputs.push({
  id: "prankster",
  outlet: '<img src=x onerror="alert(1)">Prank Radio',
  text: `Ferry aground at Kessby

The ferry Solvang ran aground outside Kessby harbour on Tuesday with 212 passengers and 31 crew on board, and a listener texted <script>alert("gotcha")</script> to the studio.`,
});

const html = renderHtml(compareArticles(inputs));
const file = join(mkdtempSync(join(tmpdir(), "corroborate-")), "report.html");
writeFileSync(file, html);
console.log(`wrote ${html.length} characters to ${file}`);

assert.ok(html.startsWith("<!doctype html>"));
assert.ok(html.includes("&lt;script&gt;alert(&quot;gotcha&quot;)&lt;/script&gt;"));
assert.ok(html.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;Prank Radio"));
assert.equal(html.match(/<script>/gu)?.length, 1); // the page's own script, nothing else
assert.ok(!/<[a-z][^<>]*\ssrc=|<link\b/iu.test(html)); // no external asset
