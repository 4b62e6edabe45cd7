import type { Discrepancy } from "../types.js";
import type { CompareRuleOptions } from "./compareOptions.js";
import { discrepancyId } from "./discrepancyId.js";
import type { DiscrepancyRule, RuleOptions } from "./discrepancyRule.js";
import { discrepancyRules } from "./discrepancyRules.js";
import type { StoryContext } from "./storyContext.js";

/**
 * Runs every enabled rule on each story, in the documented order, and gives each finding
 * its story, kind and stable id (a repeated id, two findings alike in every value, gets a
 * suffix).
 *
 * @param contexts - the stories
 * @param rules - every rule's options
 * @returns the findings, story by story, rule by rule
 */
export function runRules(
  contexts: readonly StoryContext[],
  rules: CompareRuleOptions,
): Discrepancy[] {
  const found: Discrepancy[] = [];
  const seen = new Map<string, number>();
  for (const context of contexts) {
    for (const rule of discrepancyRules) {
      const options = rules[rule.name as keyof CompareRuleOptions] as RuleOptions;
      if (!options.enabled) continue;
      const drafts = (rule as unknown as DiscrepancyRule).check(context, options);
      for (const draft of drafts) {
        const base = discrepancyId(context.story.id, draft);
        const count = (seen.get(base) ?? 0) + 1;
        seen.set(base, count);
        found.push({
          id: count === 1 ? base : `${base}-${count}`,
          storyId: context.story.id,
          kind: rule.kind,
          ...draft,
        });
      }
    }
  }
  return found;
}
