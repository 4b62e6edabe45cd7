import { z } from "zod";
import { CorroborateError, type CorroborateIssue } from "../errors.js";
import type { Article } from "../types.js";

const offset = z.number().int().min(0);

const PublishedDateSchema = z.object({
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/u, "expected a day as YYYY-MM-DD"),
  time: z.string().optional(),
  offset: z.string().optional(),
  text: z.string(),
  source: z.enum([
    "input",
    "json-ld",
    "meta",
    "time-element",
    "url",
    "dateline",
    "byline",
    "banner",
    "text",
  ]),
  confidence: z.number().min(0).max(1),
});

const articleSchema = z
  .looseObject({
    id: z.string().min(1),
    url: z.string().optional(),
    outlet: z.string().optional(),
    headline: z.string().optional(),
    authors: z.array(z.string()),
    dateline: z.object({ place: z.string().optional(), text: z.string() }).optional(),
    published: PublishedDateSchema.optional(),
    body: z.string(),
    paragraphs: z.array(z.object({ start: offset, end: offset })),
    removed: z.array(z.object({ text: z.string(), reason: z.string() })),
  })
  .superRefine((article, context) => {
    let previousEnd = 0;
    article.paragraphs.forEach((paragraph, index) => {
      const problem =
        paragraph.end > article.body.length
          ? `ends at ${paragraph.end}, past the body's ${article.body.length} characters`
          : paragraph.start > paragraph.end
            ? `starts at ${paragraph.start}, after its end ${paragraph.end}`
            : paragraph.start < previousEnd
              ? `starts at ${paragraph.start}, inside the paragraph before it`
              : undefined;
      if (problem !== undefined) {
        context.addIssue({ code: "custom", path: ["paragraphs", index], message: problem });
      }
      previousEnd = Math.max(previousEnd, paragraph.end);
    });
  });

/**
 * The zod schema of {@link Article}, as the later stages rely on it: a non-empty string
 * `id`, a string `body`, paragraphs as integer offsets in order inside the body, and the
 * metadata fields of their documented types. Other keys (such as the `facts` a comparison
 * adds) are allowed. (Typed as `Article`: zod writes optional fields as `T | undefined`,
 * which `exactOptionalPropertyTypes` tells apart from an absent one.)
 *
 * @example
 * ```ts
 * ArticleSchema.safeParse({ id: "a", body: "Text.", paragraphs: [{ start: 0, end: 5 }], authors: [], removed: [] }).success; // true
 * ```
 *
 * @group Parse
 */
export const ArticleSchema = articleSchema as unknown as z.ZodType<Article>;

function issuesOf(error: z.ZodError, prefix: (string | number)[]): CorroborateIssue[] {
  return error.issues.slice(0, 20).map((issue) => ({
    path: [
      ...prefix,
      ...issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    ],
    message: issue.message,
  }));
}

/**
 * Checks that a value is an {@link Article} that the later stages can work on, and
 * throws a {@link CorroborateError} that says what is wrong when it is not, instead of a
 * `TypeError` from deep inside a stage. Every public function that takes an article
 * calls it first.
 *
 * @param value - what the caller passed as an article
 * @param where - the public function's name, for the message
 * @param path - where the value sits in the caller's input (e.g. `[3]` for the fourth of a list)
 * @throws CorroborateError with code `invalid-input` and the zod issues when `value` is
 *   not an Article (missing `id` or `body`, paragraphs past the body, …)
 * @example
 * ```ts
 * assertArticle(parseArticle("Ferry crews voted on Tuesday to end the strike."), "extractFacts"); // passes
 * assertArticle({ id: "a" }, "extractFacts"); // throws: extractFacts: not an Article (body: …)
 * ```
 *
 * @group Parse
 */
export function assertArticle(
  value: unknown,
  where: string,
  path: (string | number)[] = [],
): asserts value is Article {
  const result = articleSchema.safeParse(value);
  if (result.success) return;
  const issues = issuesOf(result.error, path);
  const first = issues[0];
  const detail =
    first === undefined ? "" : ` (${first.path.join(".") || "article"}: ${first.message})`;
  throw new CorroborateError(
    "invalid-input",
    `${where}: ${path.length > 0 ? `article ${path.join(".")} is` : "the argument is"} not an Article${detail}`,
    issues,
  );
}

/**
 * Checks a list of articles for a stage that groups them: an array of valid
 * {@link Article}s whose ids are unique (an id names one article in the output).
 *
 * @param value - what the caller passed as the list
 * @param where - the public function's name, for the message
 * @throws CorroborateError with code `invalid-input` when `value` is not an array, an
 *   element is not an Article, or two articles share an id
 * @example
 * ```ts
 * assertArticleList([apStory, reutersStory], "groupStories"); // passes
 * assertArticleList([apStory, apStory], "groupStories"); // throws: duplicate id "ap-lavrov"
 * ```
 */
export function assertArticleList(value: unknown, where: string): asserts value is Article[] {
  if (!Array.isArray(value)) {
    throw new CorroborateError(
      "invalid-input",
      `${where}: expected an array of Articles, got ${value === null ? "null" : typeof value}`,
    );
  }
  const seen = new Map<string, number>();
  value.forEach((article: unknown, index) => {
    assertArticle(article, where, [index]);
    const earlier = seen.get(article.id);
    if (earlier !== undefined) {
      throw new CorroborateError(
        "invalid-input",
        `${where}: articles ${earlier} and ${index} share the id "${article.id.slice(0, 80)}"; ids must be unique`,
        [{ path: [index, "id"], message: `duplicate of article ${earlier}'s id` }],
      );
    }
    seen.set(article.id, index);
  });
}

/**
 * Checks that a text argument is a string, for the stage functions that take a body
 * rather than an Article (`findDates`, `findNames`, `findNumbers`, …).
 *
 * @param value - what the caller passed
 * @param where - the public function's name, for the message
 * @throws CorroborateError with code `invalid-input` when `value` is not a string
 * @example
 * ```ts
 * assertText("Ferry crews voted on Tuesday.", "findDates"); // passes
 * assertText(42, "findDates"); // throws: findDates: expected the text as a string, got number
 * ```
 */
export function assertText(value: unknown, where: string): asserts value is string {
  if (typeof value === "string") return;
  throw new CorroborateError(
    "invalid-input",
    `${where}: expected the text as a string, got ${value === null ? "null" : Array.isArray(value) ? "an array" : typeof value}`,
  );
}
