import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { alignQuotes } from "../../src/align/index.js";
import { extractFacts } from "../../src/extract/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, ArticleFacts, QuoteGroup, StoryGroup } from "../../src/types.js";
import { hasShared, sharedDir } from "../helpers/shared.js";

// Quote alignment over the ECB+ development topics. ECB+ has no quote-level truth, so the
// evaluation puts each topic's two events (two earthquakes, two pirate attacks…) into one
// story, as a story grouper that failed would, and checks what can be checked: no group
// may mix the two events (their quotes are different statements by construction), and
// groups across outlets must form. It prints how many multi-outlet groups form and how
// big they are, over all topics and over each half of them.
const corpusDir = join(sharedDir, "corpora", "ecbplus");

interface Figures {
  topics: number;
  articles: number;
  groups: number;
  multiOutlet: number;
  mixed: number;
  sizes: Map<number, number>;
  variants: number;
  milliseconds: number;
}

function topicOf(label: string): number {
  return Number.parseInt(label, 10);
}

function measure(
  articles: readonly Article[],
  facts: Record<string, ArticleFacts>,
  labels: Record<string, string>,
  topics: readonly number[],
): { figures: Figures; groups: QuoteGroup[] } {
  const chosen = articles.filter((article) => topics.includes(topicOf(labels[article.id] ?? "")));
  const stories: StoryGroup[] = topics.map((topic) => ({
    id: `topic-${topic}`,
    articleIds: chosen
      .filter((article) => topicOf(labels[article.id] ?? "") === topic)
      .map((article) => article.id),
    kind: "same-story",
    reasons: [],
  }));
  const started = performance.now();
  const groups = alignQuotes(chosen, { stories, facts });
  const milliseconds = performance.now() - started;
  const multi = groups.filter((group) => group.articleIds.length > 1);
  const sizes = new Map<number, number>();
  for (const group of multi) {
    const size = Math.min(group.articleIds.length, 5);
    sizes.set(size, (sizes.get(size) ?? 0) + 1);
  }
  const mixed = multi.filter(
    (group) => new Set(group.articleIds.map((id) => labels[id])).size > 1,
  ).length;
  return {
    groups,
    figures: {
      topics: topics.length,
      articles: chosen.length,
      groups: groups.length,
      multiOutlet: multi.length,
      mixed,
      sizes,
      variants: multi.reduce((total, group) => total + group.variants.length, 0),
      milliseconds,
    },
  };
}

function row(name: string, figures: Figures): string {
  const size = (n: number) => figures.sizes.get(n) ?? 0;
  return `| ${name} | ${figures.topics} | ${figures.articles} | ${figures.groups} | ${figures.multiOutlet} | ${size(2)} / ${size(3)} / ${size(4)} / ${size(5)} | ${(figures.variants / Math.max(1, figures.multiOutlet)).toFixed(1)} | ${figures.mixed} | ${figures.milliseconds.toFixed(0)} ms |`;
}

describe.skipIf(!hasShared)("ECB+ quote alignment (development topics)", () => {
  it("forms multi-outlet groups and never mixes a topic's two events", () => {
    const labels = JSON.parse(readFileSync(join(corpusDir, "labels.json"), "utf8")) as Record<
      string,
      string
    >;
    const articles = Object.keys(labels)
      .sort()
      .map((file) => parseArticle({ id: file, text: readFileSync(join(corpusDir, file), "utf8") }));
    // Facts are read once, as compareArticles would: the time below is alignment alone.
    const facts = Object.fromEntries(
      articles.map((article) => [article.id, extractFacts(article)]),
    );
    const topics = [...new Set(Object.values(labels).map(topicOf))].sort((a, b) => a - b);
    const half = Math.ceil(topics.length / 2);
    const all = measure(articles, facts, labels, topics);
    const first = measure(articles, facts, labels, topics.slice(0, half));
    const second = measure(articles, facts, labels, topics.slice(half));
    console.log(
      [
        "\nECB+ quote alignment (each topic's two events in one story)",
        "| topics | n | articles | groups | multi-outlet groups | of 2 / 3 / 4 / 5+ articles | variants per group | mixing events | time |",
        "|---|---:|---:|---:|---:|---|---:|---:|---:|",
        row("all", all.figures),
        row(`topics ${topics[0]}–${topics[half - 1]}`, first.figures),
        row(`topics ${topics[half]}–${topics[topics.length - 1]}`, second.figures),
      ].join("\n"),
    );
    // A topic's two events are different stories: a group joining them is wrong.
    expect(all.figures.mixed).toBe(0);
    // Outlets of one event quote the same officials: 126 groups form (87 and 39 by half).
    expect(all.figures.multiOutlet).toBeGreaterThanOrEqual(110);
    expect(first.figures.multiOutlet).toBeGreaterThanOrEqual(75);
    expect(second.figures.multiOutlet).toBeGreaterThanOrEqual(32);
    // Splitting the topics does not change a topic's groups.
    expect(first.figures.multiOutlet + second.figures.multiOutlet).toBe(all.figures.multiOutlet);
  });
});
