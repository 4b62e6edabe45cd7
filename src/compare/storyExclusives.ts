import type { Exclusive, StoryExclusives } from "../types.js";
import { type Count, readCounts } from "./rules/number/readCounts.js";
import type { StoryContext } from "./storyContext.js";

// A partial quote this short is a phrase, not a statement of its own.
const MIN_PARTIAL_WORDS = 4;

function people(story: StoryContext): Exclusive[] {
  const found: Exclusive[] = [];
  for (const member of story.cast) {
    if (member.appearances.length !== 1) continue;
    const appearance = member.appearances[0];
    const entry = story.articles.find(
      (candidate) => candidate.article.id === appearance?.articleId,
    );
    const person = entry?.facts.people.find((candidate) => candidate.id === appearance?.personId);
    const mention = person?.mentions.find((candidate) => candidate.via === "name");
    if (!entry || !mention) continue;
    found.push({
      kind: "person",
      articleId: entry.article.id,
      value: member.name,
      text: mention.text,
      start: mention.start,
      end: mention.end,
      castId: member.id,
    });
  }
  return found;
}

function numbers(story: StoryContext): Exclusive[] {
  const bySubject = new Map<string, Count[]>();
  for (const entry of story.articles) {
    for (const count of readCounts(entry)) {
      const list = bySubject.get(count.subject) ?? [];
      list.push(count);
      bySubject.set(count.subject, list);
    }
  }
  const found: Exclusive[] = [];
  for (const counts of bySubject.values()) {
    if (new Set(counts.map((count) => count.entry)).size !== 1) continue;
    const seen = new Set<string>();
    for (const count of counts) {
      if (seen.has(count.shown)) continue;
      seen.add(count.shown);
      found.push({
        kind: "number",
        articleId: count.entry.article.id,
        value: count.text,
        text: count.text,
        start: count.start,
        end: count.end,
      });
    }
  }
  return found;
}

function statements(story: StoryContext): Exclusive[] {
  const found: Exclusive[] = [];
  for (const group of story.quoteGroups) {
    if (group.articleIds.length !== 1) continue;
    const root = group.variants[group.alignment.root];
    if (!root || root.kind === "scare") continue;
    if (root.kind === "partial" && root.text.split(/\s+/u).length < MIN_PARTIAL_WORDS) continue;
    const entry = story.articles.find((candidate) => candidate.article.id === root.articleId);
    if (!entry) continue;
    found.push({
      kind: "statement",
      articleId: root.articleId,
      value: root.text,
      text: entry.article.body.slice(root.start, root.end),
      start: root.start,
      end: root.end,
      quoteGroupId: group.id,
    });
  }
  return found;
}

/**
 * What only one outlet of a story reports: people no other outlet names, counts of things
 * no other outlet counts, and statements no other outlet quotes (full quotes, and partial
 * ones of four words or more). Listed beside the findings, never as discrepancies.
 *
 * @param story - the story
 * @returns the exclusives, article by article in input order, then in text order
 */
export function storyExclusives(story: StoryContext): StoryExclusives {
  const order = new Map(story.articles.map((entry) => [entry.article.id, entry.order]));
  const items = [...people(story), ...numbers(story), ...statements(story)].sort(
    (a, b) =>
      (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return { storyId: story.story.id, items };
}
