import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";
import { alignQuotes } from "../../src/align/index.js";
import { extractFacts, linkPeople } from "../../src/extract/index.js";
import { groupStories } from "../../src/group/index.js";
import { parseArticle } from "../../src/parse/index.js";
import type { Article, Comparison, Discrepancy, StoryExclusives } from "../../src/types.js";

/**
 * A Comparison composed from the stages that exist (parse, facts, groups, cast, quotes),
 * with findings and exclusives written by the test, for testing the report without the
 * compare rules.
 */
export function composeComparison(
  articles: Article[],
  discrepancies: Discrepancy[] = [],
  exclusives: StoryExclusives[] = [],
): Comparison {
  const facts = Object.fromEntries(articles.map((article) => [article.id, extractFacts(article)]));
  const stories = groupStories(articles);
  const cast = linkPeople(facts);
  return {
    version: "1",
    articles: articles.map((article) => ({ ...article, facts: facts[article.id] ?? emptyFacts() })),
    stories,
    cast,
    quoteGroups: alignQuotes(articles, { stories, facts, cast }),
    discrepancies,
    exclusives,
  };
}

function emptyFacts() {
  return { people: [], organizations: [], places: [], dates: [], numbers: [], quotes: [] };
}

/** The demo story's five articles (docs/examples/ferry), parsed, ids from the file names. */
export function ferryArticles(): Article[] {
  const dir = new URL("../../docs/examples/ferry/", import.meta.url).pathname;
  return readdirSync(dir)
    .filter((name) => name.endsWith(".txt"))
    .sort()
    .map((name) =>
      parseArticle({ id: basename(name, ".txt"), text: readFileSync(join(dir, name), "utf8") }),
    );
}

/** Evidence for a finding: the first occurrence of `text` in the article's body. */
export function evidence(article: Article | undefined, text: string, value = text) {
  const start = article?.body.indexOf(text) ?? -1;
  if (article === undefined || start < 0) throw new Error(`"${text}" is not in the article`);
  return { articleId: article.id, value, text, start, end: start + text.length };
}

/**
 * The ferry story as a Comparison, with two findings written by hand the way the compare
 * rules will give them: a number conflict and a date conflict.
 */
export function ferryComparison(): Comparison {
  const articles = ferryArticles();
  const byId = new Map(articles.map((article) => [article.id, article]));
  const stories = groupStories(articles);
  const storyId = stories[0]?.id ?? "story";
  const discrepancies: Discrepancy[] = [
    {
      id: "d-passengers",
      storyId,
      kind: "number",
      severity: "conflict",
      rule: "number/count",
      subject: "passengers",
      message: "Three outlets say 212 passengers, one says 221.",
      values: [
        evidence(byId.get("kessby-courier"), "212"),
        evidence(byId.get("northern-wire"), "212"),
        evidence(byId.get("harbour-herald"), "212"),
        evidence(byId.get("coastline-daily"), "221"),
      ],
    },
    {
      id: "d-day",
      storyId,
      kind: "date",
      severity: "conflict",
      rule: "date/event",
      subject: "the grounding",
      message: "Four outlets put the grounding on 10 June, one on 9 June.",
      values: [
        evidence(byId.get("kessby-courier"), "Tuesday afternoon", "2025-06-10"),
        evidence(byId.get("harbour-herald"), "Monday, June 9", "2025-06-09"),
      ],
    },
    {
      id: "d-published",
      storyId,
      kind: "date",
      severity: "difference",
      rule: "date/published",
      subject: "publication",
      message: "The Harbour Herald was published two days later.",
      values: [
        {
          articleId: "harbour-herald",
          value: "2025-06-12",
          text: "June 12, 2025",
          source: "text",
          confidence: 0.7,
        },
      ],
    },
  ];
  const exclusives: StoryExclusives[] = [
    {
      storyId,
      items: [{ ...evidence(byId.get("northern-wire"), "Jonas Ekstrom"), kind: "person" }],
    },
  ];
  return composeComparison(articles, discrepancies, exclusives);
}

/**
 * A page built to attack the report: markup in the title, og:title, site name, author and
 * body text, and a second article whose headline and outlet carry script. Each attempt
 * sets `window.pwned`; a safe report leaves it unset.
 */
export const HOSTILE_PAGE = `<!doctype html><html><head>
<title><script>window.pwned = "title"</script> Ferry grounded</title>
<meta property="og:title" content="&lt;script&gt;window.pwned = 'og'&lt;/script&gt;&lt;img src=x onerror=&quot;window.pwned='og-img'&quot;&gt; Ferry grounded off Kessby">
<meta property="og:site_name" content="&lt;img src=x onerror=&quot;window.pwned='site'&quot;&gt;Kessby Courier">
<meta name="author" content="&lt;b onmouseover=&quot;window.pwned='author'&quot;&gt;Marta Holm&lt;/b&gt;">
</head><body><article>
<h1>Ferry grounded off Kessby</h1>
<p>The ferry Solvang ran aground outside Kessby harbour on Tuesday with 212 passengers on board, and the coast guard wrote &lt;script&gt;window.pwned = "body"&lt;/script&gt; in its log.</p>
<p>Harbour master Katarina Lindqvist said: "Every passenger was off the ship before midnight &lt;img src=x onerror=window.pwned='quote'&gt; and not one of them was seriously hurt."</p>
</article></body></html>`;

/** The hostile page and a hand-built article with script in its headline, outlet and author. */
export function hostileComparison(): Comparison {
  const page = parseArticle({ id: "page", html: HOSTILE_PAGE, published: "2025-06-10" });
  const body =
    'The ferry Solvang ran aground outside Kessby harbour on Tuesday with 221 passengers on board.\n\nHarbour master Katarina Lindqvist said: "Every passenger was off the ship before midnight and not one of them was seriously hurt."';
  const forged: Article = {
    id: "<script>window.pwned='id'</script>",
    outlet: `<img src=x onerror="window.pwned='outlet'">Radio Nord`,
    headline: "<script>window.pwned = 'headline'</script>Kessby ferry grounding",
    authors: ["<svg onload=\"window.pwned='svg'\"></svg>Per Aune"],
    url: "javascript:window.pwned='url'",
    published: { date: "2025-06-11", text: "<i>June 11</i>", source: "text", confidence: 0.7 },
    body,
    paragraphs: [
      { start: 0, end: body.indexOf("\n\n") },
      { start: body.indexOf("\n\n") + 2, end: body.length },
    ],
    removed: [],
  };
  const articles = [page, forged];
  const comparison = composeComparison(articles);
  const story = comparison.stories.find((item) => item.articleIds.length === 2);
  const storyId = story?.id ?? "story";
  comparison.discrepancies.push({
    id: "d-<script>",
    storyId,
    kind: "number",
    severity: "conflict",
    rule: "number/<script>",
    subject: "<script>window.pwned='subject'</script>",
    message: "<script>window.pwned='message'</script> 212 against 221",
    values: [
      evidence(page, "212", "<b>212</b>"),
      evidence(forged, "221", "<script>window.pwned='value'</script>"),
    ],
  });
  return comparison;
}
