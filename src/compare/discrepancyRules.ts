import { attributionRule } from "./rules/attributionRule.js";
import { dateRule } from "./rules/dateRule.js";
import { nameRule } from "./rules/nameRule.js";
import { numberRule } from "./rules/numberRule.js";
import { quoteRule } from "./rules/quoteRule.js";
import { roleRule } from "./rules/roleRule.js";

/**
 * Every discrepancy rule, in the order they run on each story and their findings are
 * listed: dates, numbers, names, roles, quotes, attributions (from when and how many to who
 * and what was said).
 *
 * @example
 * ```ts
 * discrepancyRules.map((rule) => [rule.name, rule.description]);
 * ```
 */
export const discrepancyRules = Object.freeze([
  dateRule,
  numberRule,
  nameRule,
  roleRule,
  quoteRule,
  attributionRule,
] as const);
