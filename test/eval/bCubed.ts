import type { StoryGroup } from "../../src/types.js";

/**
 * B-cubed precision, recall and F1 of groups against gold labels (Bagga & Baldwin 1998),
 * over the articles the groups hold; gold sizes count those articles only, so a subset of a
 * labelled corpus (one half of its topics) is scored against its own gold.
 */
export function bCubed(
  groups: readonly StoryGroup[],
  labels: Readonly<Record<string, string>>,
): { precision: number; recall: number; f1: number } {
  const groupOf = new Map<string, string[]>();
  for (const group of groups) for (const id of group.articleIds) groupOf.set(id, group.articleIds);
  const ids = [...groupOf.keys()];
  const goldSize = new Map<string, number>();
  for (const id of ids) goldSize.set(labels[id] ?? "", (goldSize.get(labels[id] ?? "") ?? 0) + 1);
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
