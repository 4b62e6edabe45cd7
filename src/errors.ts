/**
 * Why an input was refused.
 *
 * - `invalid-input`: wrong type or shape (see `issues`): an input that is not an
 *   `ArticleInput`, an `Article` without an id or body or with offsets outside its body,
 *   articles that share an id, a serialised index that does not add up; in the CLI, a file
 *   that is not a regular file, or `--out` naming an input.
 * - `empty-input`: no text at all once white space and invisible characters (zero-width
 *   spaces, U+0085) are set aside; in the CLI, a JSON file holding an empty array.
 * - `ambiguous-input`: both `text` and `html` were given, or neither.
 * - `input-too-large`: over the documented size limit (in the CLI, checked on the file's
 *   size before it is read).
 * - `binary-input`: the content is not text (NUL bytes, control characters, invalid
 *   UTF-16; in the CLI, a text or JSON file that is not valid UTF-8).
 * - `invalid-options`: the options are not an object, name an unknown option, or hold a
 *   value out of range.
 * - `invalid-date`: `published` or `retrievedAt` is not ISO 8601.
 *
 * @group Errors
 */
export type CorroborateErrorCode =
  | "invalid-input"
  | "empty-input"
  | "ambiguous-input"
  | "input-too-large"
  | "binary-input"
  | "invalid-options"
  | "invalid-date";

/**
 * One problem found while validating an input, as zod reports it.
 *
 * @group Errors
 */
export interface CorroborateIssue {
  /** Where in the input, as a property path. */
  path: (string | number)[];
  /** What is wrong. */
  message: string;
}

/**
 * The one error corroborate throws: a `code` to branch on, a readable message and, when
 * input failed validation, the zod issues.
 *
 * @example
 * ```ts
 * try {
 *   parseArticle({ text: "" });
 * } catch (error) {
 *   if (error instanceof CorroborateError && error.code === "empty-input") {
 *     console.error(error.message);
 *   }
 * }
 * ```
 *
 * @group Errors
 */
export class CorroborateError extends Error {
  /** Machine-readable reason. */
  readonly code: CorroborateErrorCode;
  /** Validation issues, when the input did not match its schema. */
  readonly issues: CorroborateIssue[];

  /**
   * Creates an error with its code and, for invalid input, the validation issues.
   *
   * @param code - machine-readable reason
   * @param message - what went wrong, in words
   * @param issues - validation issues, if any
   */
  constructor(code: CorroborateErrorCode, message: string, issues: CorroborateIssue[] = []) {
    super(message);
    this.name = "CorroborateError";
    this.code = code;
    this.issues = issues;
  }
}
