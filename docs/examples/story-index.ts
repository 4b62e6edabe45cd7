// Build a StoryIndex article by article, as a crawler would, ask which stories a new
// article belongs to, save the index as JSON and load it again in another process.
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { parseArticle, StoryIndex } from "corroborate";

const folder = join(import.meta.dirname, "ferry");
const [first, ...rest] = readdirSync(folder)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) =>
    parseArticle({ id: basename(name, ".txt"), text: readFileSync(join(folder, name), "utf8") }),
  );
assert.ok(first !== undefined);

// An unrelated article arrives first; the ferry reports come in one at a time.
const index = new StoryIndex();
index.add(
  parseArticle({
    id: "council-budget",
    published: "2025-06-10",
    text: `Kessby council approves school budget

The Kessby council approved next year's school budget on Tuesday after a three-hour debate, adding two teachers at the harbour primary school and a new roof for the sports hall.`,
  }),
);
index.add(first);
for (const article of rest) {
  // query() before add(): which indexed articles tell the same story as this one?
  const matches = index.query(article);
  console.log(
    `${article.id}: ${matches.map((match) => `${match.articleId} (${match.similarity.toFixed(2)})`).join(", ") || "a new story"}`,
  );
  assert.ok(matches.some((match) => match.articleId === first.id));
  index.add(article);
}

const stories = index.groups();
console.log(stories.map((story) => `${story.kind}: ${story.articleIds.join(", ")}`).join("\n"));
assert.equal(stories.length, 2);

// The index is plain JSON: store it anywhere, load it later and keep adding.
const saved = JSON.stringify(index.toJSON());
const loaded = StoryIndex.fromJSON(JSON.parse(saved));
assert.deepEqual(loaded.groups(), stories);
loaded.remove("council-budget");
assert.equal(loaded.groups().length, 1);
console.log(
  `saved ${saved.length} characters; reloaded with ${loaded.groups().length} story after removing one article`,
);
