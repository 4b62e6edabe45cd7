import { z } from "zod";
import { WordDifferenceSchema } from "../align/quoteGroupSchema.js";
import { offset } from "../extract/factsSchema.js";
import type { Discrepancy } from "../types.js";

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
