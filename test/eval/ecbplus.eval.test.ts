import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/group/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article } from "../../src/types.js";
import { hasShared, sharedDir } from "../helpers/shared.js";
import { bCubed } from "./bCubed.js";
import { evenOddHalves } from "./halves.js";

const corpusDir = join(sharedDir, "corpora", "ecbplus");

// All topics at once: 0.9319 with the cohesion rule (threshold 0.06, ratio 0.5); the bar
// keeps 0.007 of margin. Each half of the topics grouped on its own must hold the issue's
// bar for topics not seen, 0.90: today 0.9411 (even positions) and 0.9414 (odd), so the
// all-topics bar cannot sit higher on the strength of one lucky half.
const F1_BAR = 0.925;
const HALF_BAR = 0.9;

describe.skipIf(!hasShared)("ECB+ story grouping (development half)", () => {
  it(`groups one event's articles together and keeps a topic's two events apart (B-cubed F1 >= ${F1_BAR}, each half >= ${HALF_BAR})`, () => {
    const labels = JSON.parse(readFileSync(join(corpusDir, "labels.json"), "utf8")) as Record<
      string,
      string
    >;
    // Each file goes through parseArticle as a user's would: the URL and "Updated:" lines
    // that only one sub-collection has become metadata or removed clutter, so the score
    // cannot lean on layout. (Fed as raw text with those lines the grouping scores 0.93;
    // the layout words alone are worth about 0.01 of that.)
    const articles = Object.keys(labels)
      .sort()
      .map((file) => parseArticle({ id: file, text: readFileSync(join(corpusDir, file), "utf8") }));
    const started = performance.now();
    const groups = groupStories(articles);
    const elapsed = performance.now() - started;
    const score = bCubed(groups, labels);
    const events = new Set(Object.values(labels)).size;
    console.log(
      `ECB+ dev: ${articles.length} articles, ${events} events -> ${groups.length} groups in ${elapsed.toFixed(0)} ms; ` +
        `B-cubed P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(4)}`,
    );
    // Each half of the topics (even and odd positions in topic order) grouped on its own: a
    // rule fitted to some topics shows as a gap between the halves.
    const topicOf = (article: Article) => Number.parseInt(labels[article.id] ?? "", 10);
    const topics = [...new Set(articles.map(topicOf))].sort((a, b) => a - b);
    const halves = evenOddHalves(topics).map((chosen) => {
      const members = articles.filter((article) => chosen.includes(topicOf(article)));
      const memberLabels = Object.fromEntries(
        members.map((article) => [article.id, labels[article.id] ?? ""]),
      );
      return bCubed(groupStories(members), memberLabels);
    });
    console.log(
      `ECB+ dev halves (topics at even / odd positions): F1 ${halves.map((half) => half.f1.toFixed(4)).join(" / ")} (bar ${HALF_BAR} each; all topics bar ${F1_BAR})`,
    );
    expect(groups.flatMap((group) => group.articleIds).sort()).toEqual(Object.keys(labels).sort());
    expect(score.f1).toBeGreaterThanOrEqual(F1_BAR);
    for (const half of halves) expect(half.f1).toBeGreaterThanOrEqual(HALF_BAR);
  });
});
