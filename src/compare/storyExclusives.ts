import type { Exclusive, NumberMention, StoryExclusives } from "../types.js";
import { type Count, readCounts } from "./rules/number/readCounts.js";
import type { StoryArticle, StoryContext } from "./storyContext.js";

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

// Amounts looked at on each side of one, at most (a page of near-equal amounts stays linear).
const MAX_NEIGHBOURS = 50;

// Kinds of numbers that carry their own unit: compared by unit and value, not by what they count.
const UNIT_KINDS = new Set(["money", "percent", "measure"]);

/** Amounts, shares and measures no other outlet gives (within 15%, in the same unit). */
function amounts(story: StoryContext): Exclusive[] {
  // One entry per article, kind, unit and value, bucketed by kind and unit and sorted by
  // value, so that each amount looks only at its near neighbours.
  const buckets = new Map<string, { entry: StoryArticle; number: NumberMention }[]>();
  for (const entry of story.articles) {
    const seen = new Set<string>();
    for (const number of entry.facts.numbers) {
      if (!UNIT_KINDS.has(number.kind)) continue;
      const key = `${number.kind}\u0000${number.unit ?? ""}`;
      if (seen.has(`${key}\u0000${number.value}`)) continue;
      seen.add(`${key}\u0000${number.value}`);
      const list = buckets.get(key) ?? [];
      list.push({ entry, number });
      buckets.set(key, list);
    }
  }
  const found: Exclusive[] = [];
  for (const list of buckets.values()) {
    list.sort((a, b) => a.number.value - b.number.value);
    for (const [index, { entry, number }] of list.entries()) {
      const reach = 0.15 * Math.abs(number.value);
      let elsewhere = false;
      for (const step of [-1, 1]) {
        const last = index + step * MAX_NEIGHBOURS;
        for (
          let other = index + step;
          other >= 0 && other < list.length && other !== last && !elsewhere;
          other += step
        ) {
          const candidate = list[other];
          if (!candidate || Math.abs(candidate.number.value - number.value) > reach) break;
          if (candidate.entry !== entry) elsewhere = true;
        }
      }
      if (elsewhere) continue;
      found.push({
        kind: "number",
        articleId: entry.article.id,
        value: number.text,
        text: number.text,
        start: number.start,
        end: number.end,
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
    // A partial quote is a statement when it is long enough and someone is credited with it
    // ("a coalition of the willing" is a phrase).
    if (
      root.kind === "partial" &&
      (root.text.split(/\s+/u).length < MIN_PARTIAL_WORDS || root.speaker === undefined)
    )
      continue;
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
 * no other outlet counts, amounts (money, shares, measures) no other outlet gives, and
 * statements no other outlet quotes (full quotes, and partial
 * ones of four words or more). Listed beside the findings, never as discrepancies.
 *
 * @param story - the story
 * @returns the exclusives, article by article in input order, then in text order
 */
export function storyExclusives(story: StoryContext): StoryExclusives {
  const order = new Map(story.articles.map((entry) => [entry.article.id, entry.order]));
  const items = [...people(story), ...numbers(story), ...amounts(story), ...statements(story)].sort(
    (a, b) =>
      (order.get(a.articleId) ?? 0) - (order.get(b.articleId) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return { storyId: story.story.id, items };
}
