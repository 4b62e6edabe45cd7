// The README's "Use" example, run by CI so the README cannot drift from the code.
import assert from "node:assert/strict";
import { CorroborateError, parseArticle, safeParseArticle } from "corroborate";

const article = parseArticle({
  text: `Crane collapse shuts Haldenby container terminal
By Jonas Ekdahl

A container crane collapsed at the port of Haldenby on Monday afternoon, injuring three dock workers.`,
  published: "2025-05-12",
});

assert.equal(article.headline, "Crane collapse shuts Haldenby container terminal");
assert.deepEqual(article.authors, ["Jonas Ekdahl"]);
assert.deepEqual(article.published, {
  date: "2025-05-12",
  text: "2025-05-12",
  source: "input",
  confidence: 1,
});
assert.deepEqual(
  article.removed.map((block) => block.reason),
  ["headline", "byline"],
);
console.log(JSON.stringify(article, null, 2));

// Bad input is a CorroborateError with a code, or a result with safeParseArticle.
const result = safeParseArticle({ text: "Both", html: "<p>at once</p>" });
assert.equal(result.success, false);
if (!result.success) {
  assert.ok(result.error instanceof CorroborateError);
  console.log(`refused: ${result.error.code}: ${result.error.message}`);
}
