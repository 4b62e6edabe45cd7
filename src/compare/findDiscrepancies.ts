import type { Article, Discrepancy } from "../types.js";
import { type CompareOptions, resolveCompareOptions } from "./compareOptions.js";
import { prepareComparison } from "./prepareComparison.js";
import { runRules } from "./runRules.js";

/**
 * Finds where outlets telling one story disagree: dates, numbers, name spellings, roles,
 * quote wordings and attributions, each finding with every outlet's version and the text
 * it came from. The articles are grouped into stories (or the given stories are used);
 * each story of two or more articles is checked by every enabled rule in order (`date`,
 * `number`, `name`, `role`, `quote`, `attribution`; see {@link discrepancyRules}).
 * Compatible versions — a short and a full name, synonymous titles, a rounded number, a
 * trimmed quote, a report published a day later — are never findings.
 *
 * @param articles - parsed articles (from `parseArticle`), ids unique
 * @param options - rules to turn off and thresholds (see {@link defaultCompareOptions}), and
 *   results of earlier stages to reuse (`stories`, `facts`, `cast`, `quoteGroups`)
 * @returns the findings, story by story in story order, rule by rule in rule order
 * @throws CorroborateError `invalid-options` for unknown or out-of-range options or a story
 *   naming an article not given; `invalid-input` for two articles with one id
 * @example
 * ```ts
 * const findings = findDiscrepancies([tass, reuters, nyt]);
 * findings[0];
 * // { id: "d-…", storyId: "story-…", kind: "name", severity: "difference", rule: "name/spelling",
 * //   subject: "Sergey Lavrov's name", message: "The outlets spell Sergey Lavrov's name differently: …",
 * //   values: [{ articleId: "tass", value: "Sergey Lavrov", text: "Sergey Lavrov", start: 120, end: 133 },
 * //            { articleId: "reuters", value: "Sergei Lavrov", text: "Sergei Lavrov", start: 88, end: 101 }] }
 * ```
 */
export function findDiscrepancies(
  articles: readonly Article[],
  options: CompareOptions = {},
): Discrepancy[] {
  const resolved = resolveCompareOptions(options);
  const prepared = prepareComparison(articles, resolved);
  return runRules(prepared.contexts, resolved.rules);
}
