/**
 * Comparison across outlets: the discrepancy rules, the findings of each story, what only
 * one outlet reports, and `compareArticles`, which runs every stage in one call.
 *
 * @module
 */
export { compareArticles } from "./compareArticles.js";
export {
  type CompareOptions,
  type CompareRuleOptions,
  type CompareRuleSettings,
  defaultCompareOptions,
  type ResolvedCompareOptions,
} from "./compareOptions.js";
export { ComparisonSchema } from "./comparisonSchema.js";
export { COMPARISON_VERSION } from "./comparisonVersion.js";
export type { DiscrepancyDraft, DiscrepancyRule, RuleOptions } from "./discrepancyRule.js";
export { discrepancyRules } from "./discrepancyRules.js";
export { DiscrepancySchema } from "./discrepancySchema.js";
export { ExclusiveSchema } from "./exclusiveSchema.js";
export { findDiscrepancies } from "./findDiscrepancies.js";
export { findExclusives } from "./findExclusives.js";
export { type AttributionRuleOptions, attributionRule } from "./rules/attributionRule.js";
export { type DateRuleOptions, dateRule } from "./rules/dateRule.js";
export { type NameRuleOptions, nameRule } from "./rules/nameRule.js";
export { type NumberRuleOptions, numberRule } from "./rules/numberRule.js";
export { type QuoteRuleOptions, quoteRule } from "./rules/quoteRule.js";
export { type RoleRuleOptions, roleRule } from "./rules/roleRule.js";
export type { StoryArticle, StoryContext } from "./storyContext.js";
