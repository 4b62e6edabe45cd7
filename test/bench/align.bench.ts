/**
 * Quote alignment time for one story of 50 articles (DESIGN: under 200 ms), on generated
 * outlets quoting one invented press conference (test/helpers/pressStory.ts: whole,
 * trimmed, extended, broken, catchphrase and translated renderings of nine statements).
 * Compared with what a user would reach for: string-similarity (Dice of bigrams) over all
 * pairs of quotes, joined at 0.5. Both are scored against the planted statements
 * (B-cubed precision and recall over the quotes).
 *
 * Run: npm run bench -- align   (or npx tsx test/bench/align.bench.ts [--sizes 50,200])
 */
import stringSimilarity from "string-similarity";
import { alignQuotes } from "../../src/align/index.js";
import { extractFacts, linkPeople } from "../../src/extract/index.js";
import type { ArticleFacts, QuoteGroup, StoryGroup } from "../../src/types.js";
import { type PressStory, pressStory } from "../helpers/pressStory.js";
import { argument, timeIt } from "./benchArgs.js";

const BUDGET_MS = 200;
const ROUNDS = 9;

const sizes = argument("sizes", "50,200").split(",").map(Number);

interface LabelledQuote {
  key: string;
  text: string;
  statement: number;
}

/** Every non-scare quote that renders a planted statement, keyed `article/quote`. */
function labelledQuotes(story: PressStory, facts: Record<string, ArticleFacts>): LabelledQuote[] {
  const quotes: LabelledQuote[] = [];
  for (const [articleId, found] of Object.entries(facts)) {
    for (const quote of found.quotes) {
      if (quote.kind === "scare") continue;
      const plant = story.planted.find(
        (entry) =>
          entry.articleId === articleId && entry.start < quote.end && quote.start < entry.end,
      );
      if (plant)
        quotes.push({
          key: `${articleId}/${quote.id}`,
          text: quote.text,
          statement: plant.statement,
        });
    }
  }
  return quotes;
}

/** B-cubed precision and recall of a clustering of the labelled quotes. */
function bCubed(quotes: LabelledQuote[], clusterOf: Map<string, number>) {
  let precision = 0;
  let recall = 0;
  for (const quote of quotes) {
    const cluster = clusterOf.get(quote.key);
    const same = quotes.filter((other) => clusterOf.get(other.key) === cluster);
    const truth = quotes.filter((other) => other.statement === quote.statement);
    const correct = same.filter((other) => other.statement === quote.statement).length;
    precision += correct / same.length;
    recall += correct / truth.length;
  }
  return { precision: precision / quotes.length, recall: recall / quotes.length };
}

/** The group of each quote: a broken quote's halves share their group; a spanning quote takes its first. */
function alignClusters(
  groups: QuoteGroup[],
  quotes: LabelledQuote[],
  facts: Record<string, ArticleFacts>,
) {
  const clusterOf = new Map<string, number>();
  for (const [index, group] of groups.entries()) {
    for (const variant of group.variants) {
      for (const piece of variant.pieces) {
        const key = `${variant.articleId}/${piece.quoteId}`;
        if (!clusterOf.has(key)) clusterOf.set(key, index);
      }
    }
  }
  // Quotes alignment leaves out (none but scare quotes) each form their own cluster.
  let next = groups.length;
  for (const quote of quotes) if (!clusterOf.has(quote.key)) clusterOf.set(quote.key, next++);
  void facts;
  return clusterOf;
}

function stringSimilarityClusters(quotes: LabelledQuote[]) {
  const parent = quotes.map((_, index) => index);
  const find = (index: number): number => {
    let root = index;
    while (parent[root] !== root) root = parent[root] ?? root;
    return root;
  };
  for (let i = 0; i < quotes.length; i++) {
    for (let j = i + 1; j < quotes.length; j++) {
      if (stringSimilarity.compareTwoStrings(quotes[i]?.text ?? "", quotes[j]?.text ?? "") >= 0.5) {
        parent[find(i)] = find(j);
      }
    }
  }
  return new Map(quotes.map((quote, index) => [quote.key, find(index)]));
}

console.log("### alignQuotes: one story, generated outlets\n");
console.log(
  "| articles | quotes | alignQuotes, facts + cast given (wall / CPU) | cast linked inside | facts extracted inside | budget | multi-outlet groups | B-cubed P / R | string-similarity all pairs | its B-cubed P / R |",
);
console.log("|---:|---:|---:|---:|---:|---|---:|---|---:|---|");
for (const size of sizes) {
  const story = pressStory(size, 1);
  const { articles } = story;
  const stories: StoryGroup[] = [
    {
      id: "story",
      articleIds: articles.map((article) => article.id),
      kind: "same-story",
      reasons: [],
    },
  ];
  const facts = Object.fromEntries(articles.map((article) => [article.id, extractFacts(article)]));
  const cast = linkPeople(facts);
  let groups: QuoteGroup[] = [];
  const given = timeIt(() => {
    groups = alignQuotes(articles, { stories, facts, cast });
  }, ROUNDS);
  const linked = timeIt(() => alignQuotes(articles, { stories, facts }), ROUNDS);
  const extracted = timeIt(() => alignQuotes(articles, { stories }), 3);
  const quotes = labelledQuotes(story, facts);
  const ours = bCubed(quotes, alignClusters(groups, quotes, facts));
  let baseline = new Map<string, number>();
  const baselineMs = timeIt(() => {
    baseline = stringSimilarityClusters(quotes);
  }, 3);
  const theirs = bCubed(quotes, baseline);
  const multi = groups.filter((group) => group.articleIds.length > 1).length;
  const verdict =
    size === 50
      ? given.wall <= BUDGET_MS
        ? `≤ ${BUDGET_MS} ms: ok`
        : `> ${BUDGET_MS} ms: OVER`
      : "";
  console.log(
    `| ${size} | ${quotes.length} | ${given.wall.toFixed(1)} / ${given.cpu.toFixed(1)} ms | ${linked.wall.toFixed(1)} ms | ${extracted.wall.toFixed(0)} ms | ${verdict} | ${multi} | ${ours.precision.toFixed(3)} / ${ours.recall.toFixed(3)} | ${baselineMs.wall.toFixed(1)} ms | ${theirs.precision.toFixed(3)} / ${theirs.recall.toFixed(3)} |`,
  );
}
console.log(
  "\nTimes are medians of several runs on one core (CPU time includes the garbage collector's threads). The story has nine statements; a perfect grouping scores 1.000 / 1.000.",
);
