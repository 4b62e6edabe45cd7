// Compare every article in a folder, as `corroborate compare <folder>` does: read the
// files, compare them, and list each story's findings with every outlet's words.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { type ArticleInput, compareArticles } from "corroborate";

const folder = join(import.meta.dirname, "ferry");
const inputs: ArticleInput[] = readdirSync(folder)
  .filter((name) => [".txt", ".md", ".html", ".htm"].includes(extname(name)))
  .sort()
  .map((name) => {
    const content = readFileSync(join(folder, name), "utf8");
    const id = basename(name, extname(name));
    return extname(name) === ".txt" || extname(name) === ".md"
      ? { id, text: content }
      : { id, html: content };
  });

const comparison = compareArticles(inputs);
assert.equal(comparison.articles.length, 5);
assert.equal(comparison.stories.length, 1);

for (const story of comparison.stories) {
  const findings = comparison.discrepancies.filter((finding) => finding.storyId === story.id);
  console.log(`${story.kind}: ${story.articleIds.join(", ")} (${findings.length} findings)`);
  for (const finding of findings) {
    console.log(`  ${finding.severity} ${finding.kind}: ${finding.message}`);
    for (const value of finding.values) {
      console.log(`    ${value.articleId}: ${value.value} (“${value.text}”)`);
    }
  }
  const statements = comparison.quoteGroups.filter(
    (group) => group.storyId === story.id && group.articleIds.length > 1,
  );
  console.log(`  ${statements.length} statements quoted by several outlets`);
  assert.ok(statements.length >= 3);
}
