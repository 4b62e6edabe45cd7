import { z } from "zod";
import { QuoteGroupSchema } from "../align/quoteGroupSchema.js";
import {
  ArticleFactsSchema,
  CastMemberSchema,
  keysOf,
  offset,
  PUBLISHED_SOURCES,
} from "../extract/factsSchema.js";
import { StoryGroupSchema } from "../group/storyGroupSchema.js";
import type { Comparison } from "../types.js";
import { DiscrepancySchema } from "./discrepancySchema.js";
import { ExclusiveSchema } from "./exclusiveSchema.js";

const PublishedDateSchema = z
  .object({
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u),
    time: z.string().exactOptional(),
    offset: z.string().exactOptional(),
    text: z.string(),
    source: z.enum(keysOf(PUBLISHED_SOURCES)),
    confidence: z.number().min(0).max(1),
  })
  .strict();

const ComparedArticleSchema = z
  .object({
    id: z.string(),
    url: z.string().exactOptional(),
    outlet: z.string().exactOptional(),
    headline: z.string().exactOptional(),
    authors: z.array(z.string()),
    dateline: z
      .object({ place: z.string().exactOptional(), text: z.string() })
      .strict()
      .exactOptional(),
    published: PublishedDateSchema.exactOptional(),
    body: z.string(),
    paragraphs: z.array(z.object({ start: offset, end: offset }).strict()),
    removed: z.array(z.object({ text: z.string(), reason: z.string() }).strict()),
    facts: ArticleFactsSchema,
  })
  .strict();

const StoryExclusivesSchema = z
  .object({ storyId: z.string(), items: z.array(ExclusiveSchema) })
  .strict();

/**
 * The zod schema of a {@link Comparison}, as `compareArticles` returns it, composed of the
 * schemas of its parts (the articles with their facts, the stories, the cast, the quote
 * groups by `QuoteGroupSchema`, the discrepancies by `DiscrepancySchema`, the exclusives).
 * Besides shapes it checks what ties the parts together: every article id a story, finding
 * or exclusive names is one of the articles, and every offset lies inside its article's
 * body with `body.slice(start, end) === text`.
 *
 * @example
 * ```ts
 * const comparison = ComparisonSchema.parse(JSON.parse(readFileSync("comparison.json", "utf8")));
 * ```
 */
export const ComparisonSchema: z.ZodType<Comparison> = z
  .object({
    version: z.string(),
    articles: z.array(ComparedArticleSchema),
    stories: z.array(StoryGroupSchema),
    cast: z.array(CastMemberSchema),
    quoteGroups: z.array(QuoteGroupSchema),
    discrepancies: z.array(DiscrepancySchema),
    exclusives: z.array(StoryExclusivesSchema),
  })
  .strict()
  .superRefine((comparison, context) => {
    const bodies = new Map(comparison.articles.map((article) => [article.id, article.body]));
    const checkArticle = (path: (string | number)[], id: string) => {
      if (!bodies.has(id)) context.addIssue({ code: "custom", path, message: `no article ${id}` });
    };
    const checkSpan = (
      path: (string | number)[],
      articleId: string,
      span: { text: string; start?: number | undefined; end?: number | undefined },
    ) => {
      const body = bodies.get(articleId);
      if (body === undefined || span.start === undefined || span.end === undefined) return;
      if (body.slice(span.start, span.end) !== span.text) {
        context.addIssue({ code: "custom", path, message: "text is not body.slice(start, end)" });
      }
    };
    for (const [index, story] of comparison.stories.entries()) {
      for (const id of story.articleIds) checkArticle(["stories", index, "articleIds"], id);
    }
    for (const [index, finding] of comparison.discrepancies.entries()) {
      for (const [valueIndex, value] of finding.values.entries()) {
        const path = ["discrepancies", index, "values", valueIndex];
        checkArticle([...path, "articleId"], value.articleId);
        checkSpan(path, value.articleId, value);
      }
    }
    for (const [index, story] of comparison.exclusives.entries()) {
      for (const [itemIndex, item] of story.items.entries()) {
        const path = ["exclusives", index, "items", itemIndex];
        checkArticle([...path, "articleId"], item.articleId);
        checkSpan(path, item.articleId, item);
      }
    }
  });
