import { describe, expect, it } from "vitest";
import { groupStories, StoryIndex } from "../../src/group/index.js";
import type { Article, StoryGroup } from "../../src/types.js";
import { articleFromBody } from "../helpers/article.js";

// Issue 13, item 1: a wire story reprinted by thousands of papers. Before copies were
// folded, every pair of copies in a shared LSH bucket was scored and kept: 2,000 copies
// ran out of heap after two minutes. The runner's timeout catches a return of that; the
// time and memory are measured by `npm run bench -- copies`.
const wire = [
  "Ferry crews in Haldenby voted on Tuesday to end a two-week strike that had cut the island of Varnholm off from the mainland, the Haldenby Seafarers' Union said.",
  "Union secretary Marit Olsen said 412 of the 530 members who took part backed a deal that raises pay by 6.5 per cent and adds a fourth crew member on night crossings.",
  "Transport minister Ilse Brandvik welcomed the vote and said staffing rules for state-subsidised ferry routes would be reviewed before November.",
].join("\n\n");

const others = [
  "A council in Port Elspeth approved a new harbour wall after storms flooded the fish market twice in one winter.",
  "The Arequipa observatory reported a magnitude 5.9 earthquake under the Colca valley early on Sunday; no damage was reported.",
  "Kastoria's lake festival drew 40,000 visitors over three days, the town's tourism office said, a record since it began in 1998.",
  "Rail unions in Lindmark agreed to a pay offer of 4 per cent, ending a dispute that had cancelled 300 trains a week since March.",
];

const COPIES = 2000;

function corpus(): Article[] {
  const articles: Article[] = [];
  for (let index = 0; index < COPIES; index++) {
    articles.push(articleFromBody(wire, { id: `copy-${index}`, published: "2025-10-07" }));
    // Every tenth copy has an outlet's own last line: a near, not exact, copy.
    if (index % 10 === 0) {
      const last = articles.at(-1);
      if (last !== undefined)
        articles[articles.length - 1] = articleFromBody(
          `${wire}\n\nReporting by the Harbour Times desk.`,
          { id: last.id },
        );
    }
  }
  others.forEach((body, index) => {
    articles.push(articleFromBody(body, { id: `other-${index}`, published: "2025-10-07" }));
  });
  return articles;
}

function copyGroups(groups: StoryGroup[]): StoryGroup[] {
  return groups.filter((group) => group.articleIds.some((id) => id.startsWith("copy-")));
}

describe(`${COPIES} copies of one wire story`, () => {
  it("come back from groupStories as one near-duplicate group, the other stories apart", () => {
    const groups = groupStories(corpus());
    const [copies] = copyGroups(groups);
    expect(copyGroups(groups)).toHaveLength(1);
    expect(copies?.articleIds).toHaveLength(COPIES);
    expect(copies?.kind).toBe("near-duplicate");
    expect(groups.filter((group) => group.kind === "single")).toHaveLength(others.length);
  });

  it("come back from a StoryIndex as one group, and a query lists a bounded number", () => {
    const index = new StoryIndex();
    for (const article of corpus()) index.add(article);
    const [copies] = copyGroups(index.groups());
    expect(copies?.articleIds).toHaveLength(COPIES);
    const matches = index.query(articleFromBody(wire, { id: "incoming" }));
    expect(matches.length).toBeGreaterThan(0);
    expect(matches.length).toBeLessThanOrEqual(16 * 50);
  });
});
