// The demo behind `npm run demo`: parses the sample articles in docs/examples/articles
// (three outlets on one invented event, written for this repo) and prints what corroborate
// makes of each (metadata, people, dates, numbers, quotes with their speakers), then
// groups them into stories.
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { extractFacts, groupStories, parseArticle } from "corroborate";

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

  const facts = extractFacts(article);
  const people = facts.people.map((person) => {
    const roles = person.roles.map((role) => role.text);
    return roles.length > 0 ? `${person.name} (${roles.join("; ")})` : person.name;
  });
  console.log(`people:    ${people.join(", ") || "(none)"}`);
  const dates = facts.dates.map((date) => `"${date.text}" = ${date.value ?? "unresolved"}`);
  console.log(`dates:     ${dates.join(", ") || "(none)"}`);
  const numbers = facts.numbers.map(
    (number) => `"${number.text}" = ${number.value}${number.counts ? ` ${number.counts}` : ""}`,
  );
  console.log(`numbers:   ${numbers.join(", ") || "(none)"}`);
  for (const quote of facts.quotes) {
    console.log(
      `quote:     [${quote.kind}] ${quote.speaker?.name ?? "(no speaker)"}: “${quote.text}”`,
    );
  }
}

console.log("\n## stories");
for (const story of groupStories(articles)) {
  console.log(`${story.kind}: ${story.articleIds.join(", ")}`);
}
