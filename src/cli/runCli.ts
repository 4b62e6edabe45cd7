import { existsSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join, resolve } from "node:path";
import { CorroborateError } from "../errors.js";
import { groupStories } from "../group/index.js";
import { parseArticle } from "../parse/index.js";
import { ARTICLE_EXTENSIONS, readArticleFile } from "./readArticleFile.js";

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  /** Standard output. */
  out: (text: string) => void;
  /** Standard error. */
  err: (text: string) => void;
}

const USAGE = `usage:
  corroborate parse <file>                 print the parsed Article as JSON
  corroborate group <folder or files…>     print story groups as JSON

files: .txt/.md (plain text), .html/.htm (a page), .json (ArticleInput or an array of them)
options: --out FILE   write the result to FILE instead of standard output`;

/**
 * Runs the CLI on its arguments and returns the exit code: 0 on success, 2 on bad input
 * or usage (one line on stderr; nothing half-written).
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  const args = [...argv];
  let outFile: string | undefined;
  const outIndex = args.indexOf("--out");
  if (outIndex >= 0) {
    outFile = args[outIndex + 1];
    if (outFile === undefined) return fail(io, "--out needs a file name");
    args.splice(outIndex, 2);
  }
  const [command, ...paths] = args;
  if (command === undefined || command === "--help" || command === "-h" || command === "help") {
    io.out(`${USAGE}\n`);
    return command === undefined ? 2 : 0;
  }
  try {
    let result: unknown;
    switch (command) {
      case "parse": {
        if (paths.length !== 1 || paths[0] === undefined)
          return fail(io, "parse takes exactly one file");
        if (outFile !== undefined) refuseOverwritingInput(outFile, [paths[0]]);
        const inputs = readArticleFile(paths[0]);
        result =
          inputs.length === 1
            ? parseArticle(inputs[0] ?? "")
            : inputs.map((input) => parseArticle(input));
        break;
      }
      case "group": {
        if (paths.length === 0) return fail(io, "group needs a folder or files");
        const files = collectFiles(paths);
        if (outFile !== undefined) refuseOverwritingInput(outFile, files);
        const articles = files.flatMap(readArticleFile).map((input) => parseArticle(input));
        result = groupStories(articles);
        break;
      }
      default:
        return fail(io, `unknown command "${command}" (try: corroborate --help)`);
    }
    const text = `${JSON.stringify(result, null, 2)}\n`;
    if (outFile === undefined) io.out(text);
    else writeWhole(outFile, text);
    return 0;
  } catch (error) {
    if (error instanceof CorroborateError) return fail(io, `${error.code}: ${error.message}`);
    if (isFileError(error)) return fail(io, error.message);
    throw error;
  }
}

// --out naming one of the inputs would replace an article with the result read from it.
function refuseOverwritingInput(outFile: string, inputs: readonly string[]): void {
  if (!existsSync(outFile)) return;
  const target = statSync(outFile);
  for (const input of inputs) {
    const source = statSync(input);
    if (source.ino === target.ino && source.dev === target.dev) {
      throw new CorroborateError(
        "invalid-input",
        `--out ${outFile} is the input file ${input}; write the result to another file`,
      );
    }
  }
}

// Writes beside the target, then renames over it: an interrupted run leaves the old file
// or the new one, never half of one.
function writeWhole(path: string, text: string): void {
  const partial = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, text);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

function collectFiles(paths: readonly string[]): string[] {
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

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/u.test((error as NodeJS.ErrnoException).code ?? "")
  );
}

function fail(io: CliIo, message: string): number {
  io.err(`corroborate: ${message.replace(/\s+/gu, " ")}\n`);
  return 2;
}
