import { contentId } from "../text/hash.js";
import type { DiscrepancyDraft } from "./discrepancyRule.js";

/**
 * A finding's stable id: `d-` and a hash of its story, rule, subject and values (sorted,
 * so that the order the articles were given in does not change it).
 *
 * @param storyId - the story's id
 * @param draft - the finding
 * @returns the id
 */
export function discrepancyId(storyId: string, draft: DiscrepancyDraft): string {
  const values = draft.values
    .map((value) =>
      [value.articleId, value.label ?? "", value.value, value.start ?? "", value.end ?? ""].join(
        "\u0001",
      ),
    )
    .sort();
  return `d-${contentId([storyId, draft.rule, draft.subject, ...values].join("\u0000"))}`;
}
