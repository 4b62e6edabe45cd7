import { z } from "zod";
import type { Discrepancy } from "../types.js";

const offset = z.number().int().nonnegative();

const DiscrepancyValueSchema = z
  .object({
    articleId: z.string(),
    value: z.string(),
    text: z.string(),
    start: offset.exactOptional(),
    end: offset.exactOptional(),
    source: z.string().exactOptional(),
    confidence: z.number().min(0).max(1).exactOptional(),
    label: z.string().exactOptional(),
    certainty: z
      .enum(["stated", "year-implied", "relative", "weak-reference", "unresolved"])
      .exactOptional(),
    outlier: z.boolean().exactOptional(),
  })
  .strict();

const WordDifferenceSchema = z
  .object({
    kind: z.enum(["added", "dropped", "replaced", "moved"]),
    articleId: z.string(),
    quoteId: z.string(),
    text: z.string(),
    start: offset,
    end: offset,
    rootText: z.string(),
    rootStart: offset,
    rootEnd: offset,
  })
  .strict();

/**
 * The zod schema of a {@link Discrepancy}: use it to check findings read back from JSON.
 *
 * @example
 * ```ts
 * const findings = z.array(DiscrepancySchema).parse(JSON.parse(saved));
 * ```
 */
export const DiscrepancySchema: z.ZodType<Discrepancy> = z
  .object({
    id: z.string(),
    storyId: z.string(),
    kind: z.enum(["date", "number", "name", "role", "quote", "attribution"]),
    severity: z.enum(["conflict", "difference"]),
    rule: z.string(),
    subject: z.string(),
    message: z.string(),
    values: z.array(DiscrepancyValueSchema).min(1),
    castId: z.string().exactOptional(),
    quoteGroupId: z.string().exactOptional(),
    differences: z.array(WordDifferenceSchema).exactOptional(),
  })
  .strict();
