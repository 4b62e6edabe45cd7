import { readdirSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { compareArticles } from "../../src/compare/index.js";
import type { Discrepancy, DiscrepancyKind } from "../../src/types.js";

/**
 * Our own labelled stories (test/compare/stories): each a folder of articles written by us
 * in the style of the held-out set (US political events told by outlets from left to
 * right, a quake with a growing toll, a trial, a game), with labels.json listing the clear
 * discrepancies a careful reader finds, the compatible variants that must not be flagged,
 * and the optional ones (a finding there is right, a miss is no loss).
 */
export const storiesDir = join(dirname(fileURLToPath(import.meta.url)), "stories");

/**
 * Stories written by us in the same style but never used to tune a rule
 * (test/compare/heldout): scored only to tell how the rules do on text they were not fitted to.
 */
export const heldoutDir = join(dirname(fileURLToPath(import.meta.url)), "heldout");

/** One labelled discrepancy: its kind, a pattern its subject or message matches, and the outlets on each side. */
export interface StoryLabel {
  kind: DiscrepancyKind;
  subject: string;
  odd?: string[];
  others?: string[];
  note: string;
}

interface StoryLabels {
  about: string;
  discrepancies: StoryLabel[];
  compatible: StoryLabel[];
  optional: StoryLabel[];
}

/** How one finding was judged. */
export interface JudgedFinding {
  story: string;
  finding: Discrepancy;
  verdict: "right" | "optional" | "compatible" | "unlabelled";
  label?: StoryLabel;
}

/** Precision and recall of the findings over some stories, with each finding judged and each miss. */
export interface StoryScore {
  stories: string[];
  findings: number;
  right: number;
  labelled: number;
  found: number;
  precision: number;
  recall: number;
  judged: JudgedFinding[];
  missed: { story: string; label: StoryLabel }[];
}

function matches(finding: Discrepancy, label: StoryLabel, sides: boolean): boolean {
  if (finding.kind !== label.kind) return false;
  if (!new RegExp(label.subject, "iu").test(`${finding.subject} ${finding.message}`)) return false;
  if (!sides || !label.odd) return true;
  const ids = new Set(finding.values.map((value) => value.articleId));
  return label.odd.some((id) => ids.has(id)) && (label.others ?? []).some((id) => ids.has(id));
}

/** The labels of every story in a folder of stories. */
export function storyLabels(dir: string = storiesDir): Record<string, StoryLabels> {
  return JSON.parse(readFileSync(join(dir, "labels.json"), "utf8")) as Record<string, StoryLabels>;
}

/** Each story's findings by `compareArticles` on its articles alone (grouping included). */
export function storyFindings(
  names: readonly string[],
  dir: string = storiesDir,
): Map<string, Discrepancy[]> {
  const found = new Map<string, Discrepancy[]>();
  for (const name of names) {
    const folder = join(dir, name);
    const inputs = readdirSync(folder)
      .filter((file) => file.endsWith(".txt"))
      .sort()
      .map((file) => ({
        id: file.replace(/\.txt$/u, ""),
        text: readFileSync(join(folder, file), "utf8"),
      }));
    found.set(name, compareArticles(inputs).discrepancies);
  }
  return found;
}

/**
 * Scores findings against the labels: a finding is right when it matches a clear or an
 * optional discrepancy (kind, subject pattern, and an outlet of each side among its
 * values); anything else, a compatible variant above all, is wrong. Recall counts the
 * clear discrepancies matched.
 */
export function scoreStories(
  names: readonly string[],
  findings: ReadonlyMap<string, readonly Discrepancy[]>,
  dir: string = storiesDir,
): StoryScore {
  const labels = storyLabels(dir);
  const judged: JudgedFinding[] = [];
  const missed: { story: string; label: StoryLabel }[] = [];
  let labelled = 0;
  let found = 0;
  for (const name of names) {
    const story = labels[name];
    if (!story) throw new Error(`no labels for story ${name}`);
    const list = findings.get(name) ?? [];
    const hit = new Set<StoryLabel>();
    for (const finding of list) {
      const clear = story.discrepancies.find((label) => matches(finding, label, true));
      const optional = story.optional.find((label) => matches(finding, label, true));
      const compatible = story.compatible.find((label) => matches(finding, label, false));
      if (clear) hit.add(clear);
      if (clear) judged.push({ story: name, finding, verdict: "right", label: clear });
      else if (optional)
        judged.push({ story: name, finding, verdict: "optional", label: optional });
      else if (compatible)
        judged.push({ story: name, finding, verdict: "compatible", label: compatible });
      else judged.push({ story: name, finding, verdict: "unlabelled" });
    }
    labelled += story.discrepancies.length;
    found += hit.size;
    for (const label of story.discrepancies)
      if (!hit.has(label)) missed.push({ story: name, label });
  }
  const right = judged.filter(
    (item) => item.verdict === "right" || item.verdict === "optional",
  ).length;
  return {
    stories: [...names],
    findings: judged.length,
    right,
    labelled,
    found,
    precision: judged.length === 0 ? 1 : right / judged.length,
    recall: labelled === 0 ? 1 : found / labelled,
    judged,
    missed,
  };
}

/** A score in a few lines: the figures, every wrong finding and every miss. */
export function describeScore(title: string, score: StoryScore, figuresOnly = false): string {
  const lines = [
    `${title}: precision ${score.precision.toFixed(3)} (${score.right}/${score.findings}), recall ${score.recall.toFixed(3)} (${score.found}/${score.labelled})`,
  ];
  // A set still held out prints its figures only: reading its misses would invite tuning.
  if (figuresOnly) return lines[0] ?? "";
  for (const item of score.judged) {
    if (item.verdict === "right" || item.verdict === "optional") continue;
    const values = item.finding.values
      .map((value) => `${value.articleId}=${value.value}`)
      .join(" ");
    lines.push(
      `  wrong (${item.verdict}${item.label ? `: ${item.label.note}` : ""}) [${item.story}] ${item.finding.rule} ${item.finding.subject}: ${values}`,
    );
  }
  for (const miss of score.missed)
    lines.push(`  missed [${miss.story}] ${miss.label.kind}: ${miss.label.note}`);
  return lines.join("\n");
}
