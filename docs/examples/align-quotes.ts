// One statement, every outlet's version lined up word by word.
import assert from "node:assert/strict";
import { alignQuotes, parseArticle, QuoteGroupSchema } from "corroborate";

// Three outlets report one press conference (an invented port strike) in their own words.
const wire = parseArticle({
  id: "wire",
  published: "2025-03-19",
  text: `Minister sets Monday deadline in Haldenby port strike

Transport Minister Ines Okafor said the terminal would reopen next week.

“Seriously discussing questions of port safety without the dockworkers is an illusion, a road to nowhere,” Okafor told reporters on Wednesday. “The terminal reopens on Monday.”`,
});
const paper = parseArticle({
  id: "paper",
  published: "2025-03-19",
  text: `Haldenby strike: minister says talks without dockworkers are an illusion

“Any serious discussion of port safety issues without the dockworkers is an illusion,” Transport Minister Ines Okafor said on Wednesday.

Union leader Pieter Vos said his members would not return under threats.`,
});
const radio = parseArticle({
  id: "radio",
  published: "2025-03-19",
  text: `Okafor called the union's plan “a road to nowhere.”

“The terminal reopens on Monday,” she said.`,
});

const groups = alignQuotes([wire, paper, radio], {
  stories: [
    { id: "strike", articleIds: ["wire", "paper", "radio"], kind: "same-story", reasons: [] },
  ],
});

// The statement three outlets carry is one group: the fullest version is its root, the
// other rendering a variant, the catchphrase a partial quote hanging under it.
const statement = groups.find((group) => group.articleIds.length === 3);
assert.ok(statement, "the illusion statement forms one group across the three outlets");
assert.deepEqual(
  statement.variants.map((variant) => [variant.articleId, variant.role]),
  [
    ["wire", "root"],
    ["paper", "variant"],
    ["radio", "partial"],
  ],
);
// Every outlet credits Ines Okafor; the cross-outlet key says so.
assert.deepEqual(
  [...new Set(statement.variants.map((variant) => variant.speaker?.key))],
  ["ines okafor"],
);

// The alignment table, one row per variant, one column per aligned word.
for (const row of statement.alignment.rows) {
  console.log(
    `${row.articleId.padEnd(6)} | ${row.cells.map((cell) => cell?.text ?? "–").join(" | ")}`,
  );
}
// The differences a person reads, each with offsets into the variant's body.
for (const difference of statement.alignment.differences) {
  const body = [wire, paper, radio].find((article) => article.id === difference.articleId)?.body;
  assert.equal(body?.slice(difference.start, difference.end), difference.text);
  console.log(
    `${difference.articleId}: ${difference.kind} “${difference.rootText}” → “${difference.text}”`,
  );
}
assert.ok(statement.alignment.differences.some((difference) => difference.kind === "dropped"));

// The wire's broken quote runs over two statements: its second half is the one the radio
// quotes, a group of its own that the wire's variant links to.
const reopening = groups.find((group) =>
  group.variants.some((variant) => variant.text.startsWith("The terminal reopens")),
);
assert.deepEqual(reopening?.articleIds, ["wire", "radio"]);
assert.deepEqual(statement.variants[0]?.linkedGroupIds, [reopening?.id]);

// The result is plain JSON, checked by the exported schema.
assert.equal(QuoteGroupSchema.safeParse(JSON.parse(JSON.stringify(statement))).success, true);
