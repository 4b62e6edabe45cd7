import { alignQuotes } from "../align/alignQuotes.js";
import { CorroborateError } from "../errors.js";
import { extractFacts } from "../extract/extractFacts.js";
import { linkPeople } from "../extract/people/linkPeople.js";
import { groupStories } from "../group/groupStories.js";
import { assertArticleList } from "../parse/validateArticle.js";
import type { Article, ArticleFacts, CastMember, QuoteGroup, StoryGroup } from "../types.js";
import type { ResolvedCompareOptions } from "./compareOptions.js";
import type { StoryArticle, StoryContext } from "./storyContext.js";

/** Everything the rules read, computed once for all stories. */
export interface PreparedComparison {
  /** Each article's facts, by id, in input order. */
  facts: Record<string, ArticleFacts>;
  /** The stories. */
  stories: StoryGroup[];
  /** The people across all articles. */
  cast: CastMember[];
  /** The aligned statements of every story. */
  quoteGroups: QuoteGroup[];
  /** One context per story of two or more articles, in story order. */
  contexts: StoryContext[];
}

function storyCast(cast: readonly CastMember[], articleIds: ReadonlySet<string>): CastMember[] {
  const members: CastMember[] = [];
  for (const member of cast) {
    const appearances = member.appearances.filter((appearance) =>
      articleIds.has(appearance.articleId),
    );
    if (appearances.length > 0) members.push({ ...member, appearances });
  }
  return members;
}

/**
 * Runs the stages before comparison, reusing whatever the caller already computed: facts,
 * stories, cast and aligned statements; then cuts them into one context per story.
 *
 * @param articles - the parsed articles, ids unique
 * @param options - checked options
 * @returns the stages' results and the story contexts
 * @throws CorroborateError `invalid-input` for two articles with one id, `invalid-options`
 *   for a story that names an article not given
 */
export function prepareComparison(
  articles: readonly Article[],
  options: ResolvedCompareOptions,
): PreparedComparison {
  assertArticleList(articles, "compare");
  const order = new Map<string, number>();
  for (const [index, article] of articles.entries()) {
    if (order.has(article.id)) {
      throw new CorroborateError(
        "invalid-input",
        `two articles have the id ${article.id}: ids must be unique`,
        [{ path: [index, "id"], message: `duplicate id: ${article.id}` }],
      );
    }
    order.set(article.id, index);
  }
  const facts: Record<string, ArticleFacts> = {};
  for (const article of articles)
    facts[article.id] = options.facts?.[article.id] ?? extractFacts(article);
  const stories = options.stories ? [...options.stories] : groupStories(articles, options.group);
  for (const story of stories) {
    for (const id of story.articleIds) {
      if (!order.has(id)) {
        throw new CorroborateError(
          "invalid-options",
          `story ${story.id} names article ${id}, which is not among the articles given`,
          [{ path: ["stories"], message: `unknown article id: ${id}` }],
        );
      }
    }
  }
  const cast = options.cast ? [...options.cast] : linkPeople(facts);
  const quoteGroups = options.quoteGroups
    ? [...options.quoteGroups]
    : alignQuotes(articles, { ...options.align, stories, facts, cast });
  const groupsByStory = new Map<string, QuoteGroup[]>();
  for (const group of quoteGroups) {
    const list = groupsByStory.get(group.storyId) ?? [];
    list.push(group);
    groupsByStory.set(group.storyId, list);
  }
  const contexts: StoryContext[] = [];
  for (const story of stories) {
    const ids = new Set(story.articleIds);
    if (ids.size < 2) continue;
    const members: StoryArticle[] = [...ids]
      .map((id) => {
        const index = order.get(id) ?? 0;
        const article = articles[index] as Article;
        return { article, facts: facts[id] as ArticleFacts, order: index };
      })
      .sort((a, b) => a.order - b.order);
    contexts.push({
      story,
      articles: members,
      cast: storyCast(cast, ids),
      quoteGroups: groupsByStory.get(story.id) ?? [],
    });
  }
  return { facts, stories, cast, quoteGroups, contexts };
}
