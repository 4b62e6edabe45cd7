import type { Article, ArticleFacts, QuoteGroup } from "../types.js";
import type { ResolvedAlignOptions } from "./alignOptions.js";
import { buildGroups } from "./buildGroups.js";
import { candidatePairs } from "./candidatePairs.js";
import { castLookup } from "./castLookup.js";
import { collectPassages, type Passage } from "./collectPassages.js";
import { linkStatements } from "./linkStatements.js";
import { weighTokens } from "./weighTokens.js";

/** An article of a story with its facts and its place in the caller's input. */
export interface StoryArticle {
  /** The article. */
  article: Article;
  /** Its facts. */
  facts: ArticleFacts;
  /** Its position in the input. */
  order: number;
}

/**
 * Aligns the quotes of one story, in the documented order of steps: passages (broken
 * quotes joined, scare quotes left out), word weights, candidate pairs from the seed
 * index, statements linked sentence by sentence, fragments attached, groups laid out.
 *
 * @param storyId - the story's id
 * @param members - the story's articles, in input order
 * @param options - resolved options
 * @returns the story's quote groups, in the order of their first quote
 */
export function alignStory(
  storyId: string,
  members: readonly StoryArticle[],
  options: ResolvedAlignOptions,
): QuoteGroup[] {
  const cast = castLookup(
    Object.fromEntries(members.map((member) => [member.article.id, member.facts])),
    options.cast,
  );
  const passages: Passage[] = [];
  const cache = { stems: new Map<string, string>(), nameKeys: new Map<string, string>() };
  for (const { article, facts, order } of members) {
    const found = collectPassages(
      article,
      order,
      facts.quotes,
      (quote) => cast.speaker(article.id, quote.speaker),
      options,
      cache,
    );
    for (const passage of found) {
      passage.index = passages.length;
      passages.push(passage);
    }
  }
  if (passages.length === 0) return [];
  weighTokens(passages);
  const candidates = candidatePairs(passages, options);
  const statementOfUnit = linkStatements(passages, candidates, cast.roles, options);
  const bodies = new Map(members.map((member) => [member.article.id, member.article.body]));
  const groups = buildGroups(
    storyId,
    passages,
    statementOfUnit,
    (articleId) => bodies.get(articleId) ?? "",
    options.rootCoverage,
    options.includeScare,
  );
  return options.includeSingles ? groups : groups.filter((group) => group.articleIds.length > 1);
}
