import { z } from "zod";
import { QuoteGroupSchema } from "../align/quoteGroupSchema.js";
import type {
  Comparison,
  DateCertainty,
  DateRule,
  NumberKind,
  PublishedSource,
  StoryGroup,
} from "../types.js";
import { DiscrepancySchema } from "./discrepancySchema.js";
import { ExclusiveSchema } from "./exclusiveSchema.js";

const offset = z.number().int().nonnegative();
const SpanSchema = z.object({ text: z.string(), start: offset, end: offset }).strict();

// Each union written as a record first, so that the compiler says when a member is missing.
const PUBLISHED_SOURCES: Record<PublishedSource, true> = {
  input: true,
  "json-ld": true,
  meta: true,
  "time-element": true,
  url: true,
  dateline: true,
  byline: true,
  banner: true,
  text: true,
};
const DATE_RULES: Record<DateRule, true> = {
  "absolute-day": true,
  "month-year": true,
  year: true,
  "year-in-words": true,
  "range-year": true,
  "month-day": true,
  "month-day-nearest-year": true,
  "month-day-past-tense": true,
  "month-day-future-tense": true,
  "month-day-weekday-year": true,
  month: true,
  "month-nearest": true,
  "month-past-tense": true,
  "month-future-tense": true,
  holiday: true,
  weekday: true,
  "weekday-news-rule": true,
  "weekday-future-tense": true,
  "weekday-last": true,
  "weekday-next": true,
  "weekday-until": true,
  "weekday-planned": true,
  "weekday-of-date": true,
  "relative-day": true,
  ago: true,
  "relative-week": true,
  "relative-month": true,
  "relative-year": true,
  "relative-weekend": true,
  "month-last": true,
  "month-next": true,
  "month-this-year": true,
  "month-relative-year": true,
  "current-year": true,
  "previous-year": true,
  "year-end": true,
  "time-of-day": true,
  anchored: true,
};
const DATE_CERTAINTIES: Record<DateCertainty, true> = {
  stated: true,
  "year-implied": true,
  relative: true,
  "weak-reference": true,
  unresolved: true,
};
const NUMBER_KINDS: Record<NumberKind, true> = {
  cardinal: true,
  ordinal: true,
  money: true,
  percent: true,
  measure: true,
  year: true,
  phone: true,
  score: true,
};

function keysOf<T extends string>(record: Record<T, true>): [T, ...T[]] {
  return Object.keys(record) as [T, ...T[]];
}

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

const PersonSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    mentions: z.array(
      SpanSchema.extend({ via: z.enum(["name", "pronoun", "description"]) }).strict(),
    ),
    roles: z.array(SpanSchema),
  })
  .strict();

const NameSchema = z.object({ name: z.string(), mentions: z.array(SpanSchema) }).strict();

const DateMentionSchema = SpanSchema.extend({
  value: z.string().exactOptional(),
  resolved: z.boolean(),
  rule: z.enum(keysOf(DATE_RULES)),
  certainty: z.enum(keysOf(DATE_CERTAINTIES)),
}).strict();

const NumberMentionSchema = SpanSchema.extend({
  value: z.number(),
  kind: z.enum(keysOf(NUMBER_KINDS)),
  unit: z.string().exactOptional(),
  counts: z.string().exactOptional(),
  countsText: z.string().exactOptional(),
  approximate: z.boolean(),
}).strict();

const QuoteSchema = z
  .object({
    id: z.string(),
    text: z.string(),
    start: offset,
    end: offset,
    kind: z.enum(["direct", "partial", "scare"]),
    speaker: z
      .object({
        name: z.string(),
        personId: z.string().exactOptional(),
        kind: z.enum(["person", "organization", "place", "description"]),
        via: z.enum(["name", "pronoun", "description", "inherited"]),
        start: offset.exactOptional(),
        end: offset.exactOptional(),
      })
      .strict()
      .exactOptional(),
    verb: z.string().exactOptional(),
    continues: z.string().exactOptional(),
  })
  .strict();

const ArticleFactsSchema = z
  .object({
    people: z.array(PersonSchema),
    organizations: z.array(NameSchema),
    places: z.array(NameSchema),
    dates: z.array(DateMentionSchema),
    numbers: z.array(NumberMentionSchema),
    eventDate: SpanSchema.extend({ date: z.string() }).strict().exactOptional(),
    quotes: z.array(QuoteSchema),
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

const StoryGroupSchema: z.ZodType<StoryGroup> = z
  .object({
    id: z.string(),
    articleIds: z.array(z.string()).min(1),
    kind: z.enum(["near-duplicate", "same-story", "single"]),
    reasons: z.array(
      z.object({ kind: z.string(), detail: z.string(), weight: z.number() }).strict(),
    ),
  })
  .strict();

const CastMemberSchema = z
  .object({
    id: z.string(),
    key: z.string(),
    name: z.string(),
    appearances: z.array(
      z
        .object({
          articleId: z.string(),
          personId: z.string(),
          name: z.string(),
          spellings: z.array(z.string()),
          roles: z.array(SpanSchema),
        })
        .strict(),
    ),
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
