import { describe, expect, it } from "vitest";
import {
  describeScore,
  heldoutDir,
  scoreStories,
  storyFindings,
  storyLabels,
} from "./scoreStories.js";

// Four stories written and labelled before any rule was changed for them (two US political
// votes told by five outlets from left to right, a tornado told by four, and a committee vote
// on which four outlets agree), scored like the development stories. No rule is tuned on
// them: they tell how the rules do on text they were not fitted to, as the held-out set will.
// Before tuning (main at a344084): precision 0.875 (7/8), recall 0.583 (7/12); one finding on
// the story where the outlets agree (Everett Dunmore's "Sen." against "Chairman"). The issue's
// bar (70% found, 90% right) is printed, not asserted: a held-out set that must pass would
// invite tuning on it. The test fails only if the rules get worse on it than they were.
// After the compare3 fixes to the development stories (names, roles, partitive counts): the
// same 0.875 (7/8) and 0.583 (7/12); those fixes do not reach what the held-out set misses.
describe("held-out stories", () => {
  const names = Object.keys(storyLabels(heldoutDir)).sort();
  const findings = storyFindings(names, heldoutDir);
  const all = scoreStories(names, findings, heldoutDir);
  console.log(describeScore(`held-out ${names.length} stories`, all));

  console.log(
    `held-out bar (70% found, 90% right): ${all.recall >= 0.7 && all.precision >= 0.9 ? "met" : "not met"}`,
  );

  it("does no worse than before any rule was tuned after it was written", () => {
    expect(all.precision).toBeGreaterThanOrEqual(7 / 8);
    expect(all.recall).toBeGreaterThanOrEqual(7 / 12);
  });

  it("flags almost nothing on the story where the outlets agree", () => {
    expect(findings.get("faa-committee")?.length ?? 0).toBeLessThanOrEqual(1);
  });
});
