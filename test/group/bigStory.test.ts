import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/group/index.js";
import type { Article } from "../../src/types.js";
import { otherStories } from "../helpers/otherStories.js";
import { pressStory } from "../helpers/pressStory.js";

// One event told by many outlets: every generated outlet reports the same press conference
// (quoting four to seven of its nine statements, each in its own rendering), so the whole
// story is one group however many outlets tell it, and unrelated articles beside it stay out.
describe("groupStories on one story told by many outlets", () => {
  const cases: { name: string; outlets: number; others: number }[] = [
    { name: "10 outlets", outlets: 10, others: 0 },
    { name: "40 outlets", outlets: 40, others: 0 },
    { name: "200 outlets", outlets: 200, others: 0 },
    { name: "40 outlets among 100 unrelated articles", outlets: 40, others: 100 },
  ];
  it.each(cases)("$name: the story is one group", ({ outlets, others }) => {
    const story = pressStory(outlets).articles;
    const unrelated = otherStories(others);
    // The story's articles interleaved with the others, as a feed would bring them.
    const articles: Article[] = [];
    for (let index = 0; index < Math.max(story.length, unrelated.length); index++) {
      const outlet = story[index];
      const other = unrelated[index];
      if (outlet !== undefined) articles.push(outlet);
      if (other !== undefined) articles.push(other);
    }
    const storyIds = story.map((article) => article.id);
    const holding = groupStories(articles).filter((group) =>
      group.articleIds.some((id) => id.startsWith("outlet-")),
    );
    expect(holding.map((group) => group.articleIds)).toEqual([storyIds]);
  });
});
