import { CorroborateError } from "../errors.js";
import { extractFacts } from "../extract/index.js";
import { groupStories } from "../group/index.js";
import { assertArticleList } from "../parse/validateArticle.js";
import type { Article, ArticleFacts, QuoteGroup } from "../types.js";
import { type AlignOptions, resolveAlignOptions } from "./alignOptions.js";
import { alignStory, type StoryArticle } from "./alignStory.js";

/**
 * Finds the statements that several outlets quote in each story and lines their versions
 * up word by word. Within a story, quotes are compared only where they share pairs of
 * nearby content words (an n-gram index, never all pairs); candidate pairs are aligned
 * with Smith–Waterman over light stems, so that a trimmed, extended, reordered or
 * translated rendering meets the others, and judged sentence by sentence so that a quote
 * running over two statements links to both. A partial quote joins the statement that
 * contains it when its speaker agrees; the halves of a broken quote are read as one. Each
 * group is rooted at its fullest version and carries a CollateX-style alignment table and
 * the added, dropped, replaced and moved words of every variant, with offsets.
 *
 * @param articles - parsed articles (from `parseArticle`)
 * @param options - the stories (else `groupStories` groups the articles), facts already
 *   extracted (else `extractFacts` runs), and thresholds; see {@link defaultAlignOptions}
 * @returns the quote groups of every story, stories in the given order, groups in the
 *   order of their first quote; plain JSON data that {@link QuoteGroupSchema} validates
 * @throws CorroborateError with code `invalid-options` when an option is out of range or a
 *   story names an article that is not given
 * @example
 * ```ts
 * const groups = alignQuotes([reuters, nyt, politico]);
 * const statement = groups.find((group) => group.articleIds.length > 1);
 * statement?.variants.map((variant) => [variant.articleId, variant.role, variant.text]);
 * // [["reuters", "variant", "Seriously discussing security issues without the Russian Federation is a utopia."],
 * //  ["nyt", "root", "Seriously discussing issues of ensuring security without the Russian Federation is a utopia, a road to nowhere,"],
 * //  ["politico", "partial", "road to nowhere"]]
 * statement?.alignment.differences[0];
 * // { kind: "replaced", articleId: "reuters", text: "security issues", rootText: "issues of ensuring security", … }
 * ```
 *
 * @group Align
 */
export function alignQuotes(
  articles: readonly Article[],
  options: AlignOptions = {},
): QuoteGroup[] {
  assertArticleList(articles, "alignQuotes");
  const resolved = resolveAlignOptions(options);
  const byId = new Map<string, { article: Article; order: number }>();
  for (const [order, article] of articles.entries()) {
    if (!byId.has(article.id)) byId.set(article.id, { article, order });
  }
  const stories = resolved.stories ?? groupStories(articles);
  const factsCache = new Map<string, ArticleFacts>();
  const factsOf = (article: Article): ArticleFacts => {
    const given = resolved.facts?.[article.id];
    if (given) return given;
    let found = factsCache.get(article.id);
    if (!found) {
      found = extractFacts(article);
      factsCache.set(article.id, found);
    }
    return found;
  };
  const groups: QuoteGroup[] = [];
  for (const story of stories) {
    const members: StoryArticle[] = [];
    for (const id of story.articleIds) {
      const entry = byId.get(id);
      if (!entry) {
        throw new CorroborateError(
          "invalid-options",
          `story ${story.id} names article ${id}, which is not among the articles given`,
          [{ path: ["stories"], message: `unknown article id: ${id}` }],
        );
      }
      members.push({ article: entry.article, facts: factsOf(entry.article), order: entry.order });
    }
    members.sort((a, b) => a.order - b.order);
    groups.push(...alignStory(story.id, members, resolved));
  }
  return groups;
}
