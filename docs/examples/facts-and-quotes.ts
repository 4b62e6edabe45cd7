// Facts and quotes with their evidence: every value points back into article.body.
import assert from "node:assert/strict";
import { extractFacts, parseArticle } from "corroborate";

const article = parseArticle({
  text: `Ferry operator fined after harbour collision
By Ines Okafor

Transport Minister Teodor Varga said on Tuesday that the ferry operator would pay about $4.5 million in fines after Friday's collision in the harbour.

“Nobody was hurt, but that was luck, not seamanship,” Varga told reporters. “The rules exist for a reason.”

The operator, Haldenby Lines, called the fine “excessive” and said it would appeal next week.`,
  published: "2025-05-14",
});

const facts = extractFacts(article);

// People: the fullest name, every mention, and the role printed beside it.
const varga = facts.people.find((person) => person.name === "Teodor Varga");
assert.ok(varga, "Teodor Varga is found");
assert.deepEqual(
  varga.roles.map((role) => role.text),
  ["Transport Minister"],
);
for (const mention of varga.mentions) {
  assert.equal(article.body.slice(mention.start, mention.end), mention.text);
}

// Dates: weekdays resolve against the publication day (Wednesday 14 May 2025) with the news rule.
const tuesday = facts.dates.find((date) => date.text === "Tuesday");
assert.equal(tuesday?.value, "2025-05-13");
const friday = facts.dates.find((date) => date.text === "Friday");
assert.equal(friday?.value, "2025-05-09");

// Numbers: value, unit and whether the outlet hedged it.
const fine = facts.numbers.find((number) => number.unit === "USD");
assert.equal(fine?.value, 4_500_000);
assert.equal(fine?.approximate, true);

// Quotes: a quote broken by its attribution is two quotes, the second continuing the first.
const direct = facts.quotes.filter((quote) => quote.kind === "direct");
assert.equal(direct.length, 2);
assert.equal(direct[0]?.speaker?.name, "Teodor Varga");
assert.equal(direct[1]?.continues, direct[0]?.id);
const excessive = facts.quotes.find((quote) => quote.text === "excessive");
assert.notEqual(excessive?.kind, "direct");

for (const quote of facts.quotes) {
  console.log(`${quote.kind.padEnd(7)} ${quote.speaker?.name ?? "(no speaker)"}: “${quote.text}”`);
}
console.log(
  facts.dates
    .map((date) => `${date.text} = ${date.value ?? "unresolved"} (${date.rule})`)
    .join("\n"),
);
