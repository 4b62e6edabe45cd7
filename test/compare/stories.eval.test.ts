import { describe, expect, it } from "vitest";
import { describeScore, scoreStories, storyFindings, storyLabels } from "./scoreStories.js";

// Our own labelled stories, written before the rules were tuned on them, scored the way the
// held-out set is: at least 90% of the findings right, at least 70% of the clear
// discrepancies found, and almost nothing flagged where the outlets agree. The two halves
// (alternate stories) are printed too, so that a rule fitted to one story shows up as a gap.
// These stories have been tuned on (precision 1.000, recall 1.000 after compare3; 0.810
// before): the honest figure is test/compare/heldout.eval.test.ts.
describe("labelled development stories", () => {
  const names = Object.keys(storyLabels()).sort();
  const findings = storyFindings(names);
  const all = scoreStories(names, findings);
  const first = scoreStories(
    names.filter((_, index) => index % 2 === 0),
    findings,
  );
  const second = scoreStories(
    names.filter((_, index) => index % 2 === 1),
    findings,
  );
  console.log(
    [
      describeScore(`all ${names.length} stories`, all),
      describeScore(`half A (${first.stories.join(", ")})`, first),
      describeScore(`half B (${second.stories.join(", ")})`, second),
    ].join("\n"),
  );

  it("finds at least 70% of the clear discrepancies with at least 90% of its findings right", () => {
    expect(all.precision).toBeGreaterThanOrEqual(0.9);
    expect(all.recall).toBeGreaterThanOrEqual(0.7);
  });

  it("flags nothing on the story where the outlets agree", () => {
    expect(findings.get("budget-signing")).toEqual([]);
  });
});
