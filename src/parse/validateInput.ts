import { z } from "zod";
import { CorroborateError, type CorroborateIssue } from "../errors.js";
import type { ArticleInput } from "../types.js";

/**
 * The zod schema of {@link ArticleInput}; `text`/`html` exclusivity is checked after it.
 *
 * @group Parse
 */
export const ArticleInputSchema: z.ZodType<ArticleInput> = z
  .object({
    id: z.string().min(1).optional(),
    text: z.string().optional(),
    html: z.union([z.string(), z.instanceof(Uint8Array)]).optional(),
    url: z.string().optional(),
    outlet: z.string().optional(),
    published: z.string().optional(),
    retrievedAt: z.string().optional(),
  })
  .strict();

/**
 * Options of {@link parseArticle}.
 *
 * @group Parse
 */
export interface ParseOptions {
  /**
   * The longest input accepted, in UTF-16 code units (or bytes for `Uint8Array` HTML).
   * Longer input is refused with code `input-too-large`, so one pasted archive cannot
   * stall a batch.
   */
  maxLength?: number;
}

/**
 * Defaults of {@link parseArticle}: inputs up to 5,000,000 characters (about 5 MB of text).
 *
 * @group Parse
 */
export const defaultParseOptions: Required<ParseOptions> = {
  maxLength: 5_000_000,
};

const ParseOptionsSchema = z.object({ maxLength: z.number().int().positive().optional() }).strict();

function toIssues(error: z.ZodError): CorroborateIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.filter((key): key is string | number => typeof key !== "symbol"),
    message: issue.message,
  }));
}

/** Validates and merges options with {@link defaultParseOptions}. */
export function resolveParseOptions(options: unknown): Required<ParseOptions> {
  if (options === undefined) return defaultParseOptions;
  const result = ParseOptionsSchema.safeParse(options);
  if (!result.success) {
    throw new CorroborateError(
      "invalid-options",
      "parse options are invalid",
      toIssues(result.error),
    );
  }
  return { maxLength: result.data.maxLength ?? defaultParseOptions.maxLength };
}

/** An input that passed validation: exactly one of text and html. */
export type ValidInput = ArticleInput &
  ({ text: string; html?: undefined } | { html: string | Uint8Array; text?: undefined });

/**
 * Checks an input's shape: a bare string is plain text; an object needs exactly one of
 * `text` and `html`, within the size limit.
 *
 * @throws {@link CorroborateError} with code `invalid-input`, `ambiguous-input` or `input-too-large`.
 */
export function validateInput(input: unknown, maxLength: number): ValidInput {
  if (typeof input === "string") return checkSize({ text: input }, maxLength);
  if (typeof input !== "object" || input === null || Array.isArray(input)) {
    throw new CorroborateError(
      "invalid-input",
      `expected a string or an ArticleInput object, got ${input === null ? "null" : Array.isArray(input) ? "an array" : typeof input}`,
    );
  }
  const result = ArticleInputSchema.safeParse(input);
  if (!result.success) {
    throw new CorroborateError(
      "invalid-input",
      "the ArticleInput is invalid",
      toIssues(result.error),
    );
  }
  const value = result.data;
  const hasText = value.text !== undefined;
  const hasHtml = value.html !== undefined;
  if (hasText === hasHtml) {
    throw new CorroborateError(
      "ambiguous-input",
      hasText ? "give either text or html, not both" : "an ArticleInput needs text or html",
    );
  }
  return checkSize(value as ValidInput, maxLength);
}

function checkSize(input: ValidInput, maxLength: number): ValidInput {
  const length = input.text !== undefined ? input.text.length : (input.html?.length ?? 0);
  if (length > maxLength) {
    throw new CorroborateError(
      "input-too-large",
      `input is ${length} characters long; the limit is ${maxLength} (options.maxLength)`,
    );
  }
  return input;
}

// C0 controls other than tab, newline, carriage return and form feed.
const CONTROL = /[\u0000-\u0008\u000E-\u001F\u007F]/gu;

/**
 * Refuses text that is not text: lone UTF-16 surrogates, NUL bytes, or a share of control
 * and replacement characters that no page has.
 *
 * @throws {@link CorroborateError} with code `binary-input` or `empty-input`.
 */
export function checkText(text: string, what: string): void {
  if (!text.isWellFormed()) {
    throw new CorroborateError(
      "binary-input",
      `${what} is not well-formed UTF-16 (it holds a lone surrogate)`,
    );
  }
  if (text.includes("\u0000")) {
    throw new CorroborateError(
      "binary-input",
      `${what} holds NUL characters: it looks like binary data, not text`,
    );
  }
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  const controls = sample.match(CONTROL)?.length ?? 0;
  const replacements = sample.split("\uFFFD").length - 1;
  if (
    (controls + replacements) / Math.max(1, sample.length) > 0.05 &&
    controls + replacements > 8
  ) {
    throw new CorroborateError(
      "binary-input",
      `${what} is mostly control or undecodable characters: it looks like binary data`,
    );
  }
  if (!VISIBLE.test(text)) {
    throw new CorroborateError(
      "empty-input",
      `${what} is empty (it holds only whitespace or invisible characters)`,
    );
  }
}

// Anything but white space (which includes U+0085, NEXT LINE, that String.trim keeps),
// controls and invisible format characters such as the zero-width space U+200B.
const VISIBLE = /[^\s\p{Cc}\p{Cf}\p{Z}]/u;

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const ISO_DATE_TIME =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/u;

/** A caller-given ISO 8601 date, read without converting it to UTC. */
export interface IsoDate {
  /** The day, `YYYY-MM-DD`. */
  date: string;
  /** `HH:mm`, when given. */
  time?: string;
  /** The offset as written, normalised to `+HH:MM` or `Z`. */
  offset?: string;
}

/**
 * Reads `published` or `retrievedAt`: a day or a date-time with an offset.
 *
 * @throws {@link CorroborateError} with code `invalid-date`.
 */
export function readIsoDate(value: string, field: string): IsoDate {
  const day = ISO_DAY.exec(value);
  if (day !== null) {
    checkCalendarDay(Number(day[1]), Number(day[2]), Number(day[3]), value, field);
    return { date: value };
  }
  const stamp = ISO_DATE_TIME.exec(value);
  if (stamp === null) {
    throw new CorroborateError(
      "invalid-date",
      `${field} must be an ISO 8601 day (2025-08-20) or a date-time with an offset (2025-08-20T14:05:00+03:00), got "${value.slice(0, 60)}"`,
    );
  }
  const [, year, month, dayOfMonth, hour, minute, second, zone] = stamp;
  checkCalendarDay(Number(year), Number(month), Number(dayOfMonth), value, field);
  if (Number(hour) > 23 || Number(minute) > 59 || Number(second ?? 0) > 60) {
    throw new CorroborateError("invalid-date", `${field} has an impossible time: "${value}"`);
  }
  const offset = zone === "Z" || zone === undefined ? "Z" : `${zone.slice(0, 3)}:${zone.slice(-2)}`;
  // RFC 3339's offsets: hours 00 to 23, minutes 00 to 59 (real ones run from -12:00 to +14:00).
  if (offset !== "Z" && (Number(offset.slice(1, 3)) > 23 || Number(offset.slice(4, 6)) > 59)) {
    throw new CorroborateError("invalid-date", `${field} has an impossible UTC offset: "${value}"`);
  }
  return { date: `${year}-${month}-${dayOfMonth}`, time: `${hour}:${minute}`, offset };
}

function checkCalendarDay(
  year: number,
  month: number,
  day: number,
  value: string,
  field: string,
): void {
  // Date.UTC reads years 0 to 99 as 1900 to 1999; setUTCFullYear takes them as written.
  const date = new Date(0);
  date.setUTCFullYear(year, month - 1, day);
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  ) {
    throw new CorroborateError("invalid-date", `${field} is not a calendar day: "${value}"`);
  }
}
