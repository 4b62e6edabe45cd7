import type { Article, StoryExclusives } from "../types.js";
import { type CompareOptions, resolveCompareOptions } from "./compareOptions.js";
import { prepareComparison } from "./prepareComparison.js";
import { storyExclusives } from "./storyExclusives.js";

/**
 * Lists, for each story of two or more articles, what only one outlet reports: the people
 * no other outlet names, the counts of things no other outlet counts, and the statements no
 * other outlet quotes. These are listed beside the discrepancies, never as discrepancies:
 * one outlet knowing more is not a disagreement.
 *
 * @param articles - parsed articles, ids unique
 * @param options - the same options as {@link findDiscrepancies} (stories, facts, cast and
 *   quote groups to reuse)
 * @returns one entry per story of two or more articles, in story order
 * @throws CorroborateError as {@link findDiscrepancies} does
 * @example
 * ```ts
 * findExclusives([tass, reuters, nyt])[0]?.items;
 * // [{ kind: "person", articleId: "nyt", value: "Samuel Charap", text: "Samuel Charap", start: 2210, end: 2223, castId: "c-…" },
 * //  { kind: "statement", articleId: "reuters", value: "Priority continues to be a just, credible and durable peace,", … }]
 * ```
 */
export function findExclusives(
  articles: readonly Article[],
  options: CompareOptions = {},
): StoryExclusives[] {
  const resolved = resolveCompareOptions(options);
  return prepareComparison(articles, resolved).contexts.map(storyExclusives);
}
