import { readdirSync, statSync } from "node:fs";
import { extname, join } from "node:path";
import { CorroborateError } from "../errors.js";
import { ARTICLE_EXTENSIONS } from "./readArticleFile.js";

/**
 * The article files named on the command line: a file as given, a folder as its article
 * files (by extension, sorted by name, not recursive; other files are passed over).
 *
 * @throws CorroborateError `invalid-input` when no article file is found
 */
export function collectFiles(paths: readonly string[]): string[] {
  const files: string[] = [];
  for (const path of paths) {
    if (statSync(path).isDirectory()) {
      for (const name of readdirSync(path).sort()) {
        if (ARTICLE_EXTENSIONS.has(extname(name).toLowerCase())) files.push(join(path, name));
      }
    } else {
      files.push(path);
    }
  }
  if (files.length === 0) throw new CorroborateError("invalid-input", "no article files found");
  return files;
}
