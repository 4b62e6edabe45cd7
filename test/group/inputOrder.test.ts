import { describe, expect, it } from "vitest";
import { groupStories } from "../../src/group/index.js";
import type { Article, StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

// Near copies of one short story, one of them carrying a stray line, and an unrelated story
// carrying a line like it: whichever copy is read first must not decide whether the stray
// line ties the unrelated story to the copies.
// Short stories in the words of test/reliability/copies.test.ts.
const ferry = [
  "Ferry crews in Haldenby voted on Tuesday to end a two-week strike.",
  "Union secretary Marit Olsen said 412 members backed the deal.",
  "The first sailing leaves at 6:15 a.m. on Wednesday.",
].join("\n\n");

const quake = [
  "A magnitude 5.9 earthquake struck under the Colca valley on Sunday.",
  "The Arequipa observatory said no damage was reported.",
  "Residents of Chivay spent the night outdoors.",
].join("\n\n");

/** The corpus, with the copy that carries the stray line under `strayCopyId`. */
function corpus(strayCopyId: string): Article[] {
  const copies = ["c1", "c2", "c3", "c4", "c5"].map((id) => articleFromBody(ferry, { id }));
  return [
    ...copies,
    articleFromBody(`${ferry}\n\nStray note number 5 about the weather.`, {
      id: strayCopyId,
    }),
    articleFromBody(`${quake}\n\nStray note number 6 about the weather.`, {
      id: "other",
    }),
  ];
}

/** Every rotation of the list, forwards and reversed. */
function orders<T>(items: readonly T[]): T[][] {
  return items.flatMap((_, shift) => {
    const rotated = [...items.slice(shift), ...items.slice(0, shift)];
    return [rotated, [...rotated].reverse()];
  });
}

const partition = (groups: readonly StoryGroup[]) =>
  groups
    .map((group) => [...group.articleIds].sort().join(","))
    .sort()
    .join(" | ");

describe("groupStories gives one partition whatever the input order", () => {
  it.each([
    // stray copy's id, sorting among and after the other copies
    ["c3-stray", "c1,c2,c3,c3-stray,c4,c5 | other"],
    ["z-stray", "c1,c2,c3,c4,c5,z-stray | other"],
  ])("copies with one stray-line copy named %s: %s", (strayCopyId, expected) => {
    const partitions = new Set(
      orders(corpus(strayCopyId)).map((order) => partition(groupStories(order))),
    );
    expect([...partitions]).toEqual([expected]);
  });

  it("keeps members and groups in the caller's order", () => {
    const articles = corpus("z-stray").reverse();
    const groups = groupStories(articles);
    expect(groups.map((group) => group.articleIds)).toEqual([
      ["other"],
      ["z-stray", "c5", "c4", "c3", "c2", "c1"],
    ]);
  });
});
