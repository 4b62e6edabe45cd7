import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { defaultGroupOptions, groupStories } from "../../src/group/index.js";
import { defaultEvidenceWeights, withEvidenceWeights } from "../../src/group/scoreProfiles.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article } from "../../src/types.js";
import { hasShared, sharedDir } from "../helpers/shared.js";
import { bCubed } from "./bCubed.js";

const corpusDir = join(sharedDir, "corpora", "ecbplus");

// The grid tried: the same-story threshold, the cohesion ratio of average linkage, and the
// weight of shared numbers, the evidence weight the choice turned on (moving the name, term,
// wording, quote or date weights by about half either way changed neither held-out figure
// by more than the number weight did, or lowered one of them). A choice is scored by the
// mean F1 over its 3x3x3 block of neighbours within the grid, so that a flat region wins
// over a narrow peak; ratios on the edge of the grid are not chosen. The threshold is
// coarse because F1 is flat from 0.04 to 0.08 on both halves.
const THRESHOLDS = [0.04, 0.06, 0.08];
const RATIOS = [0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65];
const NUMBER_WEIGHTS = [0.25, 0.4, 0.55];
// Held-out topics: the bar is 0.90 on topics not seen. Half A is flat (0.955) for
// ratios 0.35-0.40, so fitted on it the grid takes a weak ratio (0.40). Before pairs whose
// leads name different days counted against each other, two sibling events of half B
// (pirates foiled on a Saturday and on a Thursday; jewel raids on a Thursday and a Monday)
// merged at that ratio and half B held 0.876; it now holds 0.911. Fitted on half B (ratio
// 0.50, number weight 0.40), half A holds 0.946.
const HELD_OUT_FLOOR = 0.9;
// The defaults (chosen on all topics, so not held out), scored on each half: 0.9411 and
// 0.9414.
const DEFAULT_FLOOR = 0.9;

interface Setting {
  threshold: number;
  ratio: number;
  numberWeight: number;
}

function f1At(articles: Article[], labels: Record<string, string>, setting: Setting): number {
  return withEvidenceWeights({ number: setting.numberWeight }, () =>
    bCubed(
      groupStories(articles, {
        sameStoryThreshold: setting.threshold,
        cohesionRatio: setting.ratio,
      }),
      labels,
    ),
  ).f1;
}

/** Every setting of the grid, number weight outermost, then ratio, then threshold. */
const GRID: Setting[] = NUMBER_WEIGHTS.flatMap((numberWeight) =>
  RATIOS.flatMap((ratio) => THRESHOLDS.map((threshold) => ({ threshold, ratio, numberWeight }))),
);

/**
 * The setting with the best mean F1 over its neighbours in the grid (one step either way on
 * each axis, itself included; fewer at the edges of the threshold and weight axes). Ratios on
 * the edge of the grid are not chosen. `scores` follows {@link GRID}.
 */
function flatBest(scores: number[]): Setting {
  const at = (weight: number, row: number, column: number) =>
    scores[(weight * RATIOS.length + row) * THRESHOLDS.length + column];
  let best: Setting = GRID[0] ?? { threshold: 0, ratio: 0, numberWeight: 0 };
  let bestScore = -1;
  for (let weight = 0; weight < NUMBER_WEIGHTS.length; weight++) {
    for (let row = 1; row + 1 < RATIOS.length; row++) {
      for (let column = 0; column < THRESHOLDS.length; column++) {
        let sum = 0;
        let count = 0;
        for (let dWeight = -1; dWeight <= 1; dWeight++) {
          for (let dRow = -1; dRow <= 1; dRow++) {
            for (let dColumn = -1; dColumn <= 1; dColumn++) {
              const score = at(weight + dWeight, row + dRow, column + dColumn);
              if (
                score === undefined ||
                weight + dWeight < 0 ||
                weight + dWeight >= NUMBER_WEIGHTS.length ||
                column + dColumn < 0 ||
                column + dColumn >= THRESHOLDS.length
              ) {
                continue;
              }
              sum += score;
              count++;
            }
          }
        }
        if (sum / count > bestScore) {
          bestScore = sum / count;
          best = {
            threshold: THRESHOLDS[column] ?? 0,
            ratio: RATIOS[row] ?? 0,
            numberWeight: NUMBER_WEIGHTS[weight] ?? 0,
          };
        }
      }
    }
  }
  return best;
}

describe.skipIf(!hasShared)("ECB+ story grouping, cross-validated over topics", () => {
  it(`chooses the threshold, cohesion ratio and number weight on half the topics and scores it on the other half, both ways (held-out F1 >= ${HELD_OUT_FLOOR})`, () => {
    const labels = JSON.parse(readFileSync(join(corpusDir, "labels.json"), "utf8")) as Record<
      string,
      string
    >;
    const articles = Object.keys(labels)
      .sort()
      .map((file) => parseArticle({ id: file, text: readFileSync(join(corpusDir, file), "utf8") }));
    // A topic holds two events of one kind; halves take alternate topics, so a topic's two
    // events are always on the same side.
    const topicOf = (article: Article) => Number(/^\d+/u.exec(labels[article.id] ?? "")?.[0]);
    const topics = [...new Set(articles.map(topicOf))].sort((a, b) => a - b);
    const firstHalf = new Set(topics.filter((_, position) => position % 2 === 0));
    const halves = [
      articles.filter((article) => firstHalf.has(topicOf(article))),
      articles.filter((article) => !firstHalf.has(topicOf(article))),
    ] as const;
    const surfaces = halves.map((half) => GRID.map((setting) => f1At(half, labels, setting)));
    // One block per number weight: rows are ratios, columns thresholds.
    const table = (surface: number[] | undefined) =>
      NUMBER_WEIGHTS.flatMap((numberWeight, weight) => [
        `number weight ${numberWeight.toFixed(2)}: ratio \\ threshold  ${THRESHOLDS.map((threshold) => threshold.toFixed(2)).join("    ")}`,
        ...RATIOS.map((ratio, row) => {
          const start = (weight * RATIOS.length + row) * THRESHOLDS.length;
          const scores = (surface ?? []).slice(start, start + THRESHOLDS.length);
          return `  ${ratio.toFixed(2)}                               ${scores.map((score) => score.toFixed(3)).join("   ")}`;
        }),
      ]);
    const heldOut = [0, 1].map((fit) => {
      const chosen = flatBest(surfaces[fit] ?? []);
      const other = halves[1 - fit] ?? [];
      return { chosen, fitted: fit, score: f1At(other, labels, chosen) };
    });
    const defaults: Setting = {
      threshold: defaultGroupOptions.sameStoryThreshold,
      ratio: defaultGroupOptions.cohesionRatio,
      numberWeight: defaultEvidenceWeights.number,
    };
    const defaultScores = halves.map((half) => f1At(half, labels, defaults));
    const spread = Math.abs((heldOut[0]?.score ?? 0) - (heldOut[1]?.score ?? 0));
    console.log(
      [
        "ECB+ cross-validation over topics (B-cubed F1), threshold x cohesion ratio x number weight",
        "half A",
        ...table(surfaces[0]),
        "half B",
        ...table(surfaces[1]),
        ...heldOut.map(
          ({ chosen, fitted, score }) =>
            `fit on half ${fitted === 0 ? "A" : "B"} -> threshold ${chosen.threshold.toFixed(2)}, ratio ${chosen.ratio.toFixed(2)}, number weight ${chosen.numberWeight.toFixed(2)}; held-out half ${fitted === 0 ? "B" : "A"}: ${score.toFixed(4)}`,
        ),
        `held-out spread ${spread.toFixed(4)}; defaults (threshold ${defaults.threshold}, ratio ${defaults.ratio}, number weight ${defaults.numberWeight}): half A ${defaultScores[0]?.toFixed(4)}, half B ${defaultScores[1]?.toFixed(4)}`,
      ].join("\n"),
    );
    for (const { score } of heldOut) expect(score).toBeGreaterThanOrEqual(HELD_OUT_FLOOR);
    for (const score of defaultScores) expect(score).toBeGreaterThanOrEqual(DEFAULT_FLOOR);
  }, 600_000);
});
