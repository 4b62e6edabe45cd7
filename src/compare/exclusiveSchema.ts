import { z } from "zod";
import { offset } from "../extract/factsSchema.js";
import type { Exclusive } from "../types.js";

/**
 * The zod schema of an {@link Exclusive}: something only one outlet of a story reports.
 *
 * @example
 * ```ts
 * ExclusiveSchema.parse({ kind: "person", articleId: "nyt", value: "Samuel Charap", text: "Samuel Charap", start: 10, end: 23 });
 * ```
 */
export const ExclusiveSchema: z.ZodType<Exclusive> = z
  .object({
    kind: z.enum(["person", "number", "statement"]),
    articleId: z.string(),
    value: z.string(),
    text: z.string(),
    start: offset,
    end: offset,
    castId: z.string().exactOptional(),
    quoteGroupId: z.string().exactOptional(),
  })
  .strict();
