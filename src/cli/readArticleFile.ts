import { readFileSync } from "node:fs";
import { basename, extname } from "node:path";
import { CorroborateError } from "../errors.js";
import type { ArticleInput } from "../types.js";

const TEXT_EXTENSIONS = new Set([".txt", ".md"]);
const HTML_EXTENSIONS = new Set([".html", ".htm"]);

/** The file extensions the CLI reads as articles. */
export const ARTICLE_EXTENSIONS = new Set([...TEXT_EXTENSIONS, ...HTML_EXTENSIONS, ".json"]);

/**
 * Reads one file as article inputs: `.txt`/`.md` as plain text, `.html`/`.htm` as page
 * bytes, `.json` as one `ArticleInput` or an array of them. The id is the file name
 * without its extension (numbered for a JSON array without ids).
 */
export function readArticleFile(path: string): ArticleInput[] {
  const extension = extname(path).toLowerCase();
  const id = basename(path, extname(path));
  if (TEXT_EXTENSIONS.has(extension)) return [{ id, text: readFileSync(path, "utf8") }];
  if (HTML_EXTENSIONS.has(extension)) return [{ id, html: new Uint8Array(readFileSync(path)) }];
  if (extension === ".json") {
    let value: unknown;
    try {
      value = JSON.parse(readFileSync(path, "utf8"));
    } catch (error) {
      throw new CorroborateError(
        "invalid-input",
        `${path} is not valid JSON: ${(error as Error).message}`,
      );
    }
    const list = Array.isArray(value) ? value : [value];
    return list.map((entry, index) => {
      if (typeof entry !== "object" || entry === null) {
        throw new CorroborateError(
          "invalid-input",
          `${path}: entry ${index} is not an ArticleInput object`,
        );
      }
      const input = entry as ArticleInput;
      return { ...input, id: input.id ?? (list.length === 1 ? id : `${id}-${index + 1}`) };
    });
  }
  throw new CorroborateError(
    "invalid-input",
    `${path}: unsupported file type "${extension || "(none)"}" (use .txt, .md, .html, .htm or .json)`,
  );
}
