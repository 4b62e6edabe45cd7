import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
import { basename, extname } from "node:path";
import { CorroborateError } from "../errors.js";
import { defaultParseOptions } from "../parse/index.js";
import type { ArticleInput } from "../types.js";

const TEXT_EXTENSIONS = new Set([".txt", ".md"]);
const HTML_EXTENSIONS = new Set([".html", ".htm"]);

/** The file extensions the CLI reads as articles. */
export const ARTICLE_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ".json"]);

const MAX_LENGTH = defaultParseOptions.maxLength;

/**
 * The largest file of each kind the CLI reads, in bytes, checked before reading: a page
 * as many bytes as parseArticle accepts; a text file up to four bytes per character the
 * parser accepts (UTF-8 needs at most three per UTF-16 unit); a JSON file twenty articles
 * of the largest size. Anything larger is refused with `input-too-large` before a byte is
 * read, so a file of gigabytes cannot exhaust memory.
 */
export function maxFileBytes(extension: string): number {
  if (HTML_EXTENSIONS.has(extension)) return MAX_LENGTH;
  if (TEXT_EXTENSIONS.has(extension)) return 4 * MAX_LENGTH;
  return 20 * MAX_LENGTH;
}

/**
 * Reads a regular file of at most `limit` bytes. The size is read from the open file
 * before its content, and anything but a regular file (a FIFO, a device, a directory) is
 * refused, since reading it could block forever or never end.
 */
function readBytes(path: string, limit: number): Uint8Array {
  // O_NONBLOCK: opening a FIFO with no writer must not wait for one.
  const handle = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(handle);
    if (!stats.isFile()) {
      throw new CorroborateError(
        "invalid-input",
        `${path} is not a regular file (a pipe, device or folder is not read)`,
      );
    }
    if (stats.size > limit) {
      throw new CorroborateError(
        "input-too-large",
        `${path} is ${stats.size} bytes; files of this kind are read up to ${limit} bytes`,
      );
    }
    const bytes = new Uint8Array(stats.size);
    let filled = 0;
    while (filled < bytes.length) {
      const read = readSync(handle, bytes, filled, bytes.length - filled, null);
      if (read === 0) break;
      filled += read;
    }
    return bytes.subarray(0, filled);
  } finally {
    closeSync(handle);
  }
}

/**
 * Decodes a text or JSON file: a byte-order mark chooses UTF-8 or UTF-16, otherwise the
 * bytes must be UTF-8. Bytes that are not are refused with `binary-input` and where they
 * start, instead of being read as U+FFFD replacement characters.
 */
function decodeText(path: string, bytes: Uint8Array): string {
  let encoding = "utf-8";
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) [encoding, start] = ["utf-16le", 2];
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) [encoding, start] = ["utf-16be", 2];
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes.subarray(start));
  } catch {
    throw new CorroborateError(
      "binary-input",
      `${path} is not ${encoding === "utf-8" ? "UTF-8" : encoding.toUpperCase()} text (first bad byte at offset ${firstInvalidUtf8Byte(bytes, start)}); save it as UTF-8`,
    );
  }
}

// Where UTF-8 decoding fails, for the message: the start of the first ill-formed sequence.
function firstInvalidUtf8Byte(bytes: Uint8Array, start: number): number {
  let index = start;
  while (index < bytes.length) {
    const byte = bytes[index] ?? 0;
    const length =
      byte < 0x80
        ? 1
        : byte >= 0xc2 && byte < 0xe0
          ? 2
          : byte >= 0xe0 && byte < 0xf0
            ? 3
            : byte >= 0xf0 && byte < 0xf5
              ? 4
              : 0;
    if (length === 0 || index + length > bytes.length) return index;
    for (let next = 1; next < length; next++) {
      if (((bytes[index + next] ?? 0) & 0xc0) !== 0x80) return index;
    }
    index += length;
  }
  return index;
}

/**
 * Reads one file as article inputs: `.txt`/`.md` as plain text, `.html`/`.htm` as page
 * bytes, `.json` as one `ArticleInput` or an array of them. The id is the file name
 * without its extension (numbered for a JSON array without ids).
 *
 * @param path - the file
 * @returns its article inputs, at least one
 * @throws CorroborateError with code `invalid-input` (unsupported type, not a regular
 *   file, invalid JSON, an empty JSON array), `input-too-large` (over {@link maxFileBytes})
 *   or `binary-input` (text that is not UTF-8)
 */
export function readArticleFile(path: string): ArticleInput[] {
  const extension = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (!ARTICLE_EXTENSIONS.has(extension)) {
    throw new CorroborateError(
      "invalid-input",
      `${path}: unsupported file type "${extension || "(none)"}" (use .txt, .md, .html, .htm or .json)`,
    );
  }
  const bytes = readBytes(path, maxFileBytes(extension));
  if (HTML_EXTENSIONS.has(extension)) return [{ id, html: bytes }];
  const text = decodeText(path, bytes);
  if (TEXT_EXTENSIONS.has(extension)) return [{ id, text }];
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new CorroborateError(
      "invalid-input",
      `${path} is not valid JSON: ${(error as Error).message}`,
    );
  }
  const list = Array.isArray(value) ? value : [value];
  if (list.length === 0) {
    throw new CorroborateError("empty-input", `${path} holds an empty array: no article to read`);
  }
  return list.map((entry, index) => {
    if (typeof entry !== "object" || entry === null || Array.isArray(entry)) {
      throw new CorroborateError(
        "invalid-input",
        `${path}: entry ${index} is not an ArticleInput object`,
      );
    }
    const input = entry as ArticleInput;
    return { ...input, id: input.id ?? (list.length === 1 ? id : `${id}-${index + 1}`) };
  });
}
