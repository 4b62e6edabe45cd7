import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scorePolnear } from "../extract/quotes/polnearScore.js";
import { hasShared, sharedDir } from "../helpers/shared.js";

// Skips (with the message printed by test/helpers/shared.ts) when ../shared is absent.
// Direct quotes of PolNeAR train + dev, scored as DESIGN.md "How results are scored" says;
// the counting rules are documented on scorePolnear (test/extract/quotes/polnearScore.ts).
describe.skipIf(!hasShared)("PolNeAR direct quotes and speakers (train + dev)", () => {
  it("reaches F1 0.92 and speaker accuracy 0.87", () => {
    const root = join(sharedDir, "corpora", "polnear");
    const score = scorePolnear([join(root, "train"), join(root, "dev")]);
    console.log(
      [
        `PolNeAR direct quotes over ${score.articles} articles:`,
        `gold ${score.gold}, predicted ${score.predicted} (not scare), matched gold ${score.matchedGold}, matched predictions ${score.matchedPredicted}`,
        `precision ${score.precision.toFixed(4)}, recall ${score.recall.toFixed(4)}, F1 ${score.f1.toFixed(4)}`,
        `speaker accuracy ${score.speakerAccuracy.toFixed(4)} (${score.speakerCorrect}/${score.speakerScored} matched gold quotes with a non-pronoun source)`,
      ].join("\n"),
    );
    // Each half of the set (articles at even and at odd positions): an overfit shows as a gap.
    const halves = [0, 1].map((half) =>
      scorePolnear([join(root, "train"), join(root, "dev")], (position) => position % 2 === half),
    );
    console.log(
      halves
        .map(
          (half, index) =>
            `  half ${index + 1}: F1 ${half.f1.toFixed(4)}, speaker accuracy ${half.speakerAccuracy.toFixed(4)}`,
        )
        .join("\n"),
    );
    expect(score.articles).toBe(924);
    for (const half of halves) {
      expect(half.f1).toBeGreaterThanOrEqual(0.92);
      expect(half.speakerAccuracy).toBeGreaterThanOrEqual(0.87);
    }
    expect(score.f1).toBeGreaterThanOrEqual(0.92);
    expect(score.speakerAccuracy).toBeGreaterThanOrEqual(0.87);
  });
});
