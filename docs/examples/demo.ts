// The demo behind `npm run demo`: parses the sample articles in docs/examples/articles
// (three outlets on one invented event, written for this repo) and prints what corroborate
// makes of each, then groups them into stories.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { groupStories, parseArticle } from "corroborate";

const dir = join(import.meta.dirname, "articles");
const articles = readdirSync(dir)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) =>
    parseArticle({
      id: basename(name, ".txt"),
      text: readFileSync(join(dir, name), "utf8"),
      // The page was saved on this day; "2 days ago" resolves against it.
      retrievedAt: "2025-05-14",
    }),
  );

for (const article of articles) {
  console.log(`\n## ${article.id}`);
  console.log(`headline:  ${article.headline ?? "(none on the page)"}`);
  console.log(`outlet:    ${article.outlet ?? "(not given)"}`);
  console.log(`authors:   ${article.authors.join(", ") || "(none)"}`);
  const published = article.published;
  console.log(
    `published: ${published ? `${published.date} (from ${published.source}, confidence ${published.confidence})` : "(no date on the page)"}`,
  );
  console.log(
    `body:      ${article.paragraphs.length} paragraphs, ${article.body.length} characters`,
  );
  console.log(
    `removed:   ${article.removed.map((block) => block.reason).join(", ") || "(nothing)"}`,
  );
}

console.log("\n## stories");
for (const story of groupStories(articles)) {
  console.log(`${story.kind}: ${story.articleIds.join(", ")}`);
}
