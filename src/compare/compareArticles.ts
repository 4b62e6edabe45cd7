import { CorroborateError } from "../errors.js";
import { parseArticle } from "../parse/parseArticle.js";
import type { Article, ArticleInput, Comparison } from "../types.js";
import { type CompareOptions, resolveCompareOptions } from "./compareOptions.js";
import { COMPARISON_VERSION } from "./comparisonVersion.js";
import { prepareComparison } from "./prepareComparison.js";
import { runRules } from "./runRules.js";
import { storyExclusives } from "./storyExclusives.js";

/** An object that is already an {@link Article}: it has a body and paragraphs, not text or html. */
function isArticle(input: unknown): input is Article {
  if (typeof input !== "object" || input === null) return false;
  const candidate = input as Partial<Article> & { text?: unknown; html?: unknown };
  return (
    typeof candidate.body === "string" &&
    Array.isArray(candidate.paragraphs) &&
    typeof candidate.id === "string" &&
    candidate.text === undefined &&
    candidate.html === undefined
  );
}

/**
 * Compares how several outlets report the same events, in one call: parses whatever is
 * not yet an `Article`, extracts each article's facts, groups the articles into stories,
 * links the people across outlets, aligns the statements they quote, finds the
 * discrepancies (see {@link findDiscrepancies}) and lists what only one outlet reports
 * (see {@link findExclusives}). The result is plain JSON that {@link ComparisonSchema}
 * validates, ready for `renderMarkdown` and `renderHtml`.
 *
 * @param inputs - articles as plain text (a string), `ArticleInput`s or parsed `Article`s;
 *   ids must be unique (without one, an input's id is a hash of its content)
 * @param options - rules to turn off and thresholds (see {@link defaultCompareOptions}),
 *   options for parsing, grouping and alignment, or stories to compare within
 * @returns the comparison: articles with their facts, stories, cast, quote groups,
 *   discrepancies and exclusives
 * @throws CorroborateError `invalid-input` (and the other parse codes) for an input that
 *   does not parse or two inputs with one id; `invalid-options` for bad options
 * @example
 * ```ts
 * const comparison = compareArticles([
 *   { id: "tass", text: tassText, published: "2025-08-20" },
 *   { id: "reuters", html: reutersPage, url: "https://www.reuters.com/…" },
 *   nytArticle, // already parsed
 * ]);
 * for (const finding of comparison.discrepancies) console.log(finding.severity, finding.message);
 * // difference The outlets spell Sergey Lavrov's name differently: “Sergey Lavrov” (tass); “Sergei Lavrov” (reuters).
 * ```
 */
export function compareArticles(
  inputs: readonly (string | ArticleInput | Article)[],
  options: CompareOptions = {},
): Comparison {
  if (!Array.isArray(inputs)) {
    throw new CorroborateError("invalid-input", "compareArticles expects an array of articles");
  }
  const resolved = resolveCompareOptions(options);
  const articles = inputs.map((input) =>
    isArticle(input) ? input : parseArticle(input, resolved.parse),
  );
  const prepared = prepareComparison(articles, resolved);
  return {
    version: COMPARISON_VERSION,
    articles: articles.map((article) => ({
      ...article,
      facts: prepared.facts[article.id] ?? {
        people: [],
        organizations: [],
        places: [],
        dates: [],
        numbers: [],
        quotes: [],
      },
    })),
    stories: prepared.stories,
    cast: prepared.cast,
    quoteGroups: prepared.quoteGroups,
    discrepancies: runRules(prepared.contexts, resolved.rules),
    exclusives: prepared.contexts.map(storyExclusives),
  };
}
