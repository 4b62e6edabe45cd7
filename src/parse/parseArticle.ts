import { CorroborateError } from "../errors.js";
import { DATE_SOURCE_CONFIDENCE } from "../text/dateSources.js";
import { contentId } from "../text/hash.js";
import { collapseWhitespace } from "../text/normalize.js";
import type { Article, ArticleInput, PublishedDate } from "../types.js";
import { decodeHtmlBytes } from "./html/decodeHtmlBytes.js";
import { parseHtmlDocument } from "./html/parseHtmlDocument.js";
import { withoutMarkup } from "./html/withoutMarkup.js";
import type { ParsedParts } from "./parsedParts.js";
import { parsePlainText } from "./text/parsePlainText.js";
import {
  checkText,
  type ParseOptions,
  readIsoDate,
  resolveParseOptions,
  type ValidInput,
  validateInput,
} from "./validateInput.js";

/**
 * Parses one article, from plain text copied from a page or from its HTML, into an
 * {@link Article}: headline, outlet, authors, dateline, publication date (with its source
 * and confidence), the clean body with paragraph offsets, and the clutter removed.
 *
 * Fields the page does not give are absent, never guessed. Metadata given in the input
 * (`outlet`, `published`, `url`) wins over what is detected.
 *
 * @param input - plain text (a bare string or `{ text }`) or a page (`{ html }`), with any
 *   metadata the caller already knows
 * @param options - see {@link defaultParseOptions}
 * @returns the parsed article
 * @throws {@link CorroborateError} with code `invalid-input`, `ambiguous-input`,
 *   `empty-input`, `input-too-large`, `binary-input`, `invalid-date` or `invalid-options`
 *
 * @example
 * ```ts
 * const article = parseArticle({
 *   text: "Harbour ferry strike ends after two weeks\nBy Ines Okafor\n\nFerry crews in Port Elspeth voted on Tuesday to return to work.",
 *   published: "2025-03-12",
 * });
 * article.headline; // "Harbour ferry strike ends after two weeks"
 * article.authors; // ["Ines Okafor"]
 * ```
 *
 * @group Parse
 */
export function parseArticle(input: string | ArticleInput, options?: ParseOptions): Article {
  const { maxLength } = resolveParseOptions(options);
  const valid = validateInput(input, maxLength);
  const retrieved =
    valid.retrievedAt === undefined ? undefined : readIsoDate(valid.retrievedAt, "retrievedAt");
  const given =
    valid.published === undefined ? undefined : readIsoDate(valid.published, "published");

  let parts: ParsedParts;
  let source: string;
  if (valid.text !== undefined) {
    checkText(valid.text, "text");
    source = valid.text;
    parts = parsePlainText(valid.text, { retrievedAt: retrieved?.date });
  } else {
    const html = typeof valid.html === "string" ? valid.html : decodeHtmlBytes(valid.html);
    checkText(html, "html");
    source = html;
    parts = fromHtml(html, valid);
  }

  const article = assemble(parts, valid, source);
  if (given !== undefined && valid.published !== undefined) {
    const published: PublishedDate = {
      date: given.date,
      text: valid.published,
      source: "input",
      confidence: DATE_SOURCE_CONFIDENCE.input.given,
    };
    if (given.time !== undefined) published.time = given.time;
    if (given.offset !== undefined) published.offset = given.offset;
    article.published = published;
  }
  return article;
}

function fromHtml(html: string, input: ValidInput): ParsedParts {
  const { body, ...found } = parseHtmlDocument(
    html,
    input.url === undefined ? {} : { url: input.url },
  );
  // Pages put markup in their metadata ("<b>Ferry</b> strike ends" in og:title); every
  // field read from the page is text.
  const metadata = {
    ...found,
    authors: found.authors.map(withoutMarkup),
    ...(found.headline === undefined ? {} : { headline: withoutMarkup(found.headline) }),
    ...(found.outlet === undefined ? {} : { outlet: withoutMarkup(found.outlet) }),
  };
  const paragraphs = body
    .split(/\n\s*\n/u)
    .map((paragraph) => paragraph.trim())
    .filter(Boolean);
  return { ...metadata, paragraphs };
}

function assemble(parts: ParsedParts, input: ValidInput, source: string): Article {
  const paragraphs: Article["paragraphs"] = [];
  let body = "";
  for (const paragraph of parts.paragraphs) {
    const text = paragraph.replace(/[ \t\u00A0]+/gu, " ").trim();
    if (text.length === 0) continue;
    if (body.length > 0) body += "\n\n";
    paragraphs.push({ start: body.length, end: body.length + text.length });
    body += text;
  }
  const article: Article = {
    id: input.id ?? contentId(source),
    authors: parts.authors
      .map(collapseWhitespace)
      .filter((name, index, all) => name.length > 0 && all.indexOf(name) === index),
    body,
    paragraphs,
    removed: parts.removed,
  };
  if (input.url !== undefined) article.url = input.url;
  const outlet = input.outlet ?? parts.outlet;
  if (outlet !== undefined) article.outlet = outlet;
  if (parts.headline !== undefined && parts.headline.length > 0)
    article.headline = collapseWhitespace(parts.headline);
  if (parts.dateline !== undefined) article.dateline = parts.dateline;
  if (parts.published !== undefined) article.published = parts.published;
  return article;
}

/**
 * The result of {@link safeParseArticle}: the article, or the error that refused the input.
 *
 * @group Parse
 */
export type SafeParseResult = SafeParseSuccess | SafeParseFailure;

/**
 * A successful {@link safeParseArticle}.
 *
 * @group Parse
 */
export interface SafeParseSuccess {
  /** Always true here. */
  success: true;
  /** The parsed article. */
  data: Article;
}

/**
 * A refused {@link safeParseArticle}.
 *
 * @group Parse
 */
export interface SafeParseFailure {
  /** Always false here. */
  success: false;
  /** Why the input was refused. */
  error: CorroborateError;
}

/**
 * Like {@link parseArticle}, but returns the error instead of throwing it, as zod's
 * `safeParse` does. Errors other than {@link CorroborateError} (bugs) still throw.
 *
 * @param input - plain text or an {@link ArticleInput}
 * @param options - see {@link defaultParseOptions}
 * @returns `{ success: true, data }` or `{ success: false, error }`
 *
 * @example
 * ```ts
 * const result = safeParseArticle({ text: "   " });
 * if (!result.success) console.log(result.error.code); // "empty-input"
 * ```
 *
 * @group Parse
 */
export function safeParseArticle(input: unknown, options?: ParseOptions): SafeParseResult {
  try {
    return { success: true, data: parseArticle(input as string | ArticleInput, options) };
  } catch (error) {
    if (error instanceof CorroborateError) return { success: false, error };
    throw error;
  }
}
