import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  describeScore,
  heldoutDir,
  scoreStories,
  storyFindings,
  storyLabels,
} from "./scoreStories.js";

/**
 * Seven sets of stories written and labelled blind (by sessions that never read the
 * comparison rules), each scored once before any rule was changed for it: that first
 * score is the honest estimate of how the rules do on text they were not fitted to. A set
 * whose misses were then worked on is development from that commit, and its later score is
 * printed as such. The bar (70% found, 90% right) is printed, not asserted: a set
 * that must pass would invite tuning on it. Each test fails only if the rules get worse on
 * a set than they were.
 */
interface HeldoutSet {
  name: string;
  dir: string;
  /** The score at first contact, before any rule was changed for the set. */
  firstContact: string;
  /** Since when rules have been worked on its misses, if they have. */
  developmentSince?: string;
  /** Floors: the figures this set must not fall below. */
  floor: { precision: number; recall: number };
  /** The story on which the outlets agree, and how many findings it may draw. */
  agreeing: { story: string; most: number };
}

const sets: HeldoutSet[] = [
  {
    name: "held-out set 1",
    dir: heldoutDir,
    firstContact: "a344084: precision 0.875 (7/8), recall 0.583 (7/12)",
    developmentSince: "00661f4",
    floor: { precision: 1, recall: 1 },
    agreeing: { story: "faa-committee", most: 1 },
  },
  {
    name: "held-out set 2",
    dir: join(heldoutDir, "..", "heldout2"),
    firstContact:
      "9cb3601: precision 0.818 (9/11), recall 0.444 (8/18); the same after set 1's fixes (00661f4)",
    developmentSince: "43ae837",
    floor: { precision: 1, recall: 1 },
    agreeing: { story: "broadband-bill", most: 0 },
  },
  {
    name: "held-out set 3",
    dir: join(heldoutDir, "..", "heldout3"),
    firstContact: "212338c: precision 0.769 (10/13), recall 0.417 (10/24)",
    developmentSince: "5ca787c",
    floor: { precision: 1, recall: 23 / 24 },
    agreeing: { story: "school-start", most: 1 },
  },
  {
    name: "held-out set 4",
    dir: join(heldoutDir, "..", "heldout4"),
    firstContact: "3589668: precision 0.824 (14/17), recall 0.524 (11/21)",
    developmentSince: "1e221bb",
    floor: { precision: 1, recall: 17 / 21 },
    agreeing: { story: "village-flood", most: 0 },
  },
  {
    name: "held-out set 5",
    dir: join(heldoutDir, "..", "heldout5"),
    firstContact:
      "4ddcf7b: precision 0.923 (12/13), recall 0.480 (12/25); still held out after the fixes for sets 2-4 (branches roleattr and numdate): precision 0.933 (14/15), recall 0.560 (14/25)",
    developmentSince: "4711bfb",
    floor: { precision: 1, recall: 15 / 25 },
    agreeing: { story: "housing-vote", most: 1 },
  },
  {
    name: "held-out set 6",
    dir: join(heldoutDir, "..", "heldout6"),
    firstContact:
      "74189b5 (with the merge of the set): precision 0.700 (14/20), recall 0.419 (13/31)",
    developmentSince: "3a60e57",
    floor: { precision: 22 / 25, recall: 21 / 31 },
    agreeing: { story: "bridge-reopening", most: 1 },
  },
  {
    name: "held-out set 7",
    dir: join(heldoutDir, "..", "heldout7"),
    firstContact:
      "9a3f513 (with the merge of the set): precision 0.818 (18/22), recall 0.581 (18/31)",
    developmentSince: "165afe4",
    floor: { precision: 25 / 27, recall: 25 / 31 },
    agreeing: { story: "museum-reopening", most: 1 },
  },
  {
    name: "held-out set 8",
    dir: join(heldoutDir, "..", "heldout8"),
    firstContact:
      "3618219 (with the merge of the set): precision 0.933 (28/30), recall 0.839 (26/31); the agreeing story drew 1 finding",
    floor: { precision: 28 / 30, recall: 26 / 31 },
    agreeing: { story: "railcar-plant", most: 1 },
  },
  {
    name: "held-out set 9",
    dir: join(heldoutDir, "..", "heldout9"),
    firstContact:
      "after the merge of set 9 on d47eadb: precision 0.905 (19/21), recall 0.548 (17/31); the agreeing story drew no finding",
    // Its misses were read for the two-digit misprints, seats, masthead dates and weekdays
    // named days apart (4441fe6 on).
    developmentSince: "4441fe6",
    // 26/28 -> 25/27 when "the Aldermoor Racing rider said" came to stand for Pengelly, the
    // person named just before: the optional attribution finding that credited his words to
    // his team is gone, rightly.
    floor: { precision: 25 / 27, recall: 24 / 31 },
    agreeing: { story: "nurses-strike", most: 1 },
  },
  {
    name: "held-out set 10",
    dir: join(heldoutDir, "..", "heldout10"),
    firstContact:
      "932bd35 (the merge of the set, on ac38bdf): precision 0.960 (24/25), recall 0.677 (21/31); the agreeing story drew 1 finding",
    // Its misses were read for accents, thousands after a name and millimetres (60afb74 on).
    developmentSince: "60afb74",
    floor: { precision: 26 / 26, recall: 23 / 31 },
    agreeing: { story: "plant-closure", most: 1 },
  },
  {
    name: "held-out set 11",
    dir: join(heldoutDir, "..", "heldout11"),
    firstContact:
      "dd7a779 (the merge of the set, on b39cf63): precision 0.846 (22/26), recall 0.677 (21/31); no finding on the story where the outlets agree",
    // Its misses were read for company cues, downward pairs of shares and named zones
    // (70e550b on).
    developmentSince: "70e550b",
    floor: { precision: 22 / 22, recall: 21 / 31 },
    agreeing: { story: "hospital-merger", most: 1 },
  },
  {
    name: "held-out set 12",
    dir: join(heldoutDir, "..", "heldout12"),
    firstContact:
      "3e1ea89 (the merge of the set, on ea411bf): precision 0.963 (26/27), recall 0.839 (26/31); no finding on the story where the outlets agree",
    // Its misses were read for counts of the missing and reconciling descriptions (7f9cae9 on).
    developmentSince: "7f9cae9",
    floor: { precision: 27 / 27, recall: 27 / 31 },
    agreeing: { story: "telecom-outage", most: 1 },
  },
  {
    name: "held-out set 13",
    dir: join(heldoutDir, "..", "heldout13"),
    firstContact:
      "441112b (the merge of the set, on d1ef980): precision 0.786 (22/28), recall 0.645 (20/31); the agreeing story drew 1 finding",
    // Its misses were read for versions of one report, marks on words and 'Cr' (ef9863f on).
    developmentSince: "ef9863f",
    floor: { precision: 21 / 22, recall: 20 / 31 },
    agreeing: { story: "panda-escape", most: 1 },
  },
  {
    name: "held-out set 14",
    dir: join(heldoutDir, "..", "heldout14"),
    firstContact:
      "722bda3 (the merge of the set, on 1b58215): precision 0.900 (18/20), recall 0.581 (18/31); no finding on the story where the outlets agree",
    // Its misses were read for doubled letters and persons evident from an age (587824f).
    developmentSince: "587824f",
    floor: { precision: 20 / 22, recall: 20 / 31 },
    agreeing: { story: "drought-declaration", most: 1 },
  },
  {
    name: "held-out set 15",
    dir: join(heldoutDir, "..", "heldout15"),
    firstContact:
      "4aba3e6 (the merge of the set, on 587824f): precision 0.929 (26/28), recall 0.774 (24/31); the agreeing story drew 2 findings",
    // Its misses were read for other countries' clocks and side leaders (5d24db0 on).
    developmentSince: "5d24db0",
    floor: { precision: 27 / 28, recall: 25 / 31 },
    agreeing: { story: "emergency-landing", most: 2 },
  },
  {
    name: "held-out set 16",
    dir: join(heldoutDir, "..", "heldout16"),
    firstContact:
      "5abd1b4 (the merge of the set, on 98a2944): precision 0.960 (24/25), recall 0.774 (24/31); no finding on the story where the outlets agree",
    floor: { precision: 24 / 25, recall: 24 / 31 },
    agreeing: { story: "tasman-row", most: 1 },
  },
  {
    name: "held-out set 17",
    dir: join(heldoutDir, "..", "heldout17"),
    firstContact:
      "cc69884 (the merge of the set, on 100d9f4): precision 0.923 (24/26), recall 0.742 (23/31); no finding on the story where the outlets agree",
    floor: { precision: 24 / 26, recall: 23 / 31 },
    agreeing: { story: "airline-fine", most: 1 },
  },
  {
    name: "held-out set 18",
    dir: join(heldoutDir, "..", "heldout18"),
    firstContact:
      "38d6a0c (the merge of the set, on 567db71): precision 0.955 (21/22), recall 0.645 (20/31); no finding on the story where the outlets agree",
    floor: { precision: 21 / 22, recall: 20 / 31 },
    agreeing: { story: "hailstorm", most: 1 },
  },
  {
    name: "held-out set 19",
    dir: join(heldoutDir, "..", "heldout19"),
    firstContact:
      "c1c4b83 (the merge of the set, on 26cc993): precision 0.941 (16/17), recall 0.516 (16/31); no finding on the story where the outlets agree",
    // Its misses were read after first contact (a description before the verb naming the
    // speaker came of it, 197629c): spent.
    developmentSince: "197629c",
    floor: { precision: 16 / 17, recall: 16 / 31 },
    agreeing: { story: "exam-paper-leak", most: 0 },
  },
  {
    name: "held-out set 20",
    dir: join(heldoutDir, "..", "heldout20"),
    firstContact:
      "the merge of the set, on 6b24a47: precision 0.913 (21/23), recall 0.677 (21/31); no finding on the story where the outlets agree",
    floor: { precision: 21 / 23, recall: 21 / 31 },
    agreeing: { story: "flood-warning", most: 0 },
  },
];

for (const set of sets) {
  describe(set.name, () => {
    const names = Object.keys(storyLabels(set.dir)).sort();
    const findings = storyFindings(names, set.dir);
    const score = scoreStories(names, findings, set.dir);
    const status = set.developmentSince
      ? `development since ${set.developmentSince}`
      : "held out: no rule tuned on it";
    console.log(
      [
        describeScore(
          `${set.name} (${names.length} stories, ${status})`,
          score,
          set.developmentSince === undefined,
        ),
        `  first contact at ${set.firstContact}`,
        `  bar (70% found, 90% right): ${score.recall >= 0.7 && score.precision >= 0.9 ? "met" : "not met"}`,
      ].join("\n"),
    );

    it("does no worse than it did", () => {
      expect(score.precision).toBeGreaterThanOrEqual(set.floor.precision - 1e-9);
      expect(score.recall).toBeGreaterThanOrEqual(set.floor.recall - 1e-9);
    });

    it("flags almost nothing on the story where the outlets agree", () => {
      expect(findings.get(set.agreeing.story)?.length ?? 0).toBeLessThanOrEqual(set.agreeing.most);
    });
  });
}
