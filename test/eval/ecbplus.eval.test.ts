import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/group/index.js";
import type { StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";
import { hasShared, sharedDir } from "../helpers/shared.js";

const corpusDir = join(sharedDir, "corpora", "ecbplus");

/** B-cubed precision, recall and F1 of groups against gold labels (Bagga & Baldwin 1998). */
function bCubed(groups: StoryGroup[], labels: Record<string, string>) {
  const groupOf = new Map<string, string[]>();
  for (const group of groups) for (const id of group.articleIds) groupOf.set(id, group.articleIds);
  const goldSize = new Map<string, number>();
  for (const label of Object.values(labels)) goldSize.set(label, (goldSize.get(label) ?? 0) + 1);
  const ids = Object.keys(labels);
  let precision = 0;
  let recall = 0;
  for (const id of ids) {
    const members = groupOf.get(id) ?? [id];
    const correct = members.filter((other) => labels[other] === labels[id]).length;
    precision += correct / members.length;
    recall += correct / (goldSize.get(labels[id] ?? "") ?? 1);
  }
  precision /= ids.length;
  recall /= ids.length;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

describe.skipIf(!hasShared)("ECB+ story grouping (development half)", () => {
  it("groups one event's articles together and keeps a topic's two events apart (B-cubed F1 >= 0.90)", () => {
    const labels = JSON.parse(readFileSync(join(corpusDir, "labels.json"), "utf8")) as Record<
      string,
      string
    >;
    // The whole file is the article: its first lines (a URL, an "Updated:" line, the
    // headline) are kept as they are, so nothing keys on one sub-collection's layout.
    const articles = Object.keys(labels)
      .sort()
      .map((file) => articleFromBody(readFileSync(join(corpusDir, file), "utf8"), { id: file }));
    const started = performance.now();
    const groups = groupStories(articles);
    const elapsed = performance.now() - started;
    const score = bCubed(groups, labels);
    const events = new Set(Object.values(labels)).size;
    console.log(
      `ECB+ dev: ${articles.length} articles, ${events} events -> ${groups.length} groups in ${elapsed.toFixed(0)} ms; ` +
        `B-cubed P ${score.precision.toFixed(3)} R ${score.recall.toFixed(3)} F1 ${score.f1.toFixed(3)}`,
    );
    expect(groups.flatMap((group) => group.articleIds).sort()).toEqual(Object.keys(labels).sort());
    expect(score.f1).toBeGreaterThanOrEqual(0.9);
  });
});
