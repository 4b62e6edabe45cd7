import { z } from "zod";
import type {
  ArticleFacts,
  CastMember,
  DateCertainty,
  DateRule,
  NumberKind,
  PublishedSource,
} from "../types.js";

/**
 * The zod schemas of what the extract stage gives: an article's facts and the cast that
 * `linkPeople` makes of several articles' people, with the parts later stages' schemas
 * compose (spans, quote speakers).
 */

/** An offset into an article's body. */
export const offset = z.number().int().nonnegative();

/** A piece of an article's body: its text and where it stands. */
export const SpanSchema = z.object({ text: z.string(), start: offset, end: offset }).strict();

// Each union written as a record first, so that the compiler says when a member is missing.
export const PUBLISHED_SOURCES: Record<PublishedSource, true> = {
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

/** The members of a union written as a record, for `z.enum`. */
export function keysOf<T extends string>(record: Record<T, true>): [T, ...T[]] {
  return Object.keys(record) as [T, ...T[]];
}

/** Who a quote's outlet says is speaking. */
export const QuoteSpeakerSchema = z
  .object({
    name: z.string(),
    personId: z.string().exactOptional(),
    kind: z.enum(["person", "organization", "place", "description"]),
    via: z.enum(["name", "pronoun", "description", "inherited"]),
    start: offset.exactOptional(),
    end: offset.exactOptional(),
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
    speaker: QuoteSpeakerSchema.exactOptional(),
    verb: z.string().exactOptional(),
    continues: z.string().exactOptional(),
  })
  .strict();

/**
 * The zod schema of {@link ArticleFacts}, as `extractFacts` returns them: use it to check
 * facts read back from JSON. Offsets are not checked against a body here (the facts do not
 * carry it); `ComparisonSchema` checks them inside a comparison.
 *
 * @example
 * ```ts
 * const facts = ArticleFactsSchema.parse(JSON.parse(saved));
 * ```
 *
 * @group Extract
 */
export const ArticleFactsSchema: z.ZodType<ArticleFacts> = z
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

/**
 * The zod schema of a {@link CastMember}, one person across articles as `linkPeople`
 * returns it.
 *
 * @example
 * ```ts
 * const cast = z.array(CastMemberSchema).parse(JSON.parse(saved));
 * ```
 *
 * @group Extract
 */
export const CastMemberSchema: z.ZodType<CastMember> = z
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
