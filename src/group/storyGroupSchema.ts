import { z } from "zod";
import type { StoryGroup } from "../types.js";

/**
 * The zod schema of a {@link StoryGroup}, as `groupStories` and `StoryIndex.groups` return
 * it: use it to check groups read back from JSON.
 *
 * @example
 * ```ts
 * const stories = z.array(StoryGroupSchema).parse(JSON.parse(saved));
 * ```
 *
 * @group Group
 */
export const StoryGroupSchema: z.ZodType<StoryGroup> = z
  .object({
    id: z.string(),
    articleIds: z.array(z.string()).min(1),
    kind: z.enum(["near-duplicate", "same-story", "single"]),
    reasons: z.array(
      z.object({ kind: z.string(), detail: z.string(), weight: z.number() }).strict(),
    ),
  })
  .strict();
