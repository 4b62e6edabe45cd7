import { z } from "zod";
import { offset, QuoteSpeakerSchema, SpanSchema } from "../extract/factsSchema.js";
import type { QuoteGroup } from "../types.js";

const VariantSpeakerSchema = QuoteSpeakerSchema.extend({
  key: z.string().exactOptional(),
  castId: z.string().exactOptional(),
}).strict();

const QuoteVariantSchema = z
  .object({
    articleId: z.string(),
    quoteId: z.string(),
    text: z.string(),
    start: offset,
    end: offset,
    pieces: z.array(SpanSchema.extend({ quoteId: z.string() }).strict()).min(1),
    kind: z.enum(["direct", "partial", "scare"]),
    role: z.enum(["root", "variant", "partial"]),
    speaker: VariantSpeakerSchema.exactOptional(),
    similarity: z.number().min(0).max(1),
    linkedGroupIds: z.array(z.string()).exactOptional(),
  })
  .strict();

/** One word that differs between a variant and its group's root. */
export const WordDifferenceSchema = z
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

const QuoteAlignmentSchema = z
  .object({
    root: z.number().int().nonnegative(),
    columns: z.number().int().nonnegative(),
    rows: z.array(
      z
        .object({
          articleId: z.string(),
          quoteId: z.string(),
          cells: z.array(SpanSchema.nullable()),
        })
        .strict(),
    ),
    differences: z.array(WordDifferenceSchema),
  })
  .strict();

/**
 * The zod schema of a {@link QuoteGroup}, as {@link alignQuotes} returns it: use it to
 * check groups read back from JSON, or stored by an older version.
 *
 * @example
 * ```ts
 * const groups = z.array(QuoteGroupSchema).parse(JSON.parse(saved));
 * ```
 *
 * @group Align
 */
export const QuoteGroupSchema: z.ZodType<QuoteGroup> = z
  .object({
    id: z.string(),
    storyId: z.string(),
    speaker: VariantSpeakerSchema.exactOptional(),
    articleIds: z.array(z.string()).min(1),
    variants: z.array(QuoteVariantSchema).min(1),
    alignment: QuoteAlignmentSchema,
  })
  .strict()
  .superRefine((group, context) => {
    const { alignment, variants } = group;
    if (alignment.root >= variants.length) {
      context.addIssue({ code: "custom", path: ["alignment", "root"], message: "no such variant" });
    }
    if (alignment.rows.length !== variants.length) {
      context.addIssue({
        code: "custom",
        path: ["alignment", "rows"],
        message: "one row per variant",
      });
    }
    for (const [index, row] of alignment.rows.entries()) {
      if (row.cells.length !== alignment.columns) {
        context.addIssue({
          code: "custom",
          path: ["alignment", "rows", index, "cells"],
          message: `expected ${alignment.columns} cells`,
        });
      }
    }
  });
