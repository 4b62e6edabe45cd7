import { extname } from "node:path";
import { parseArgs } from "node:util";
import packageJson from "../../package.json" with { type: "json" };
import { compareArticles } from "../compare/index.js";
import { CorroborateError } from "../errors.js";
import { groupStories } from "../group/index.js";
import { parseArticle, safeParseArticle } from "../parse/index.js";
import { renderHtml, renderMarkdown } from "../report/index.js";
import type { Article, ArticleInput } from "../types.js";
import { collectFiles } from "./collectFiles.js";
import { readArticleFile } from "./readArticleFile.js";
import { refuseOverwritingInput, writeWhole } from "./writeWhole.js";

/** Where the CLI writes; tests pass their own. */
export interface CliIo {
  /** Standard output. */
  out: (text: string) => void;
  /** Standard error. */
  err: (text: string) => void;
  /** Whether standard error is a terminal: progress is shown then, or with `--progress`. */
  errIsTerminal?: boolean;
}

const FILES = `files: .txt and .md are plain text, .html and .htm a page, .json one ArticleInput or an
array of them; the article id is the file name without its extension.`;

const DATE_OPTIONS = `      --published DATE      the publication date of articles that do not give one in their
                            .json input (a day, 2025-06-10, or a date-time with offset)
      --retrieved-at DATE   the day the pages were saved, for "2 days ago" and the like`;

const USAGE = `corroborate: compare how different outlets report the same news event

usage:
  corroborate compare <files or folders…> [options]   a report: findings, dates, quotes
  corroborate group <files or folders…> [options]     story groups as JSON
  corroborate parse <file> [options]                  the parsed Article as JSON
  corroborate <command> --help                        the options of a command
  corroborate --version                               the version

${FILES}`;

const HELP: Record<string, string> = {
  compare: `usage: corroborate compare <files or folders…> [options]

Parses every article, groups them into stories and reports, per story: the outlets, the
dates each gives, the discrepancies with each outlet's words, the quotes aligned word by
word, and what only one outlet reports.

options:
  -f, --format FORMAT       json, markdown or html (default: from the --out file's
                            extension, else markdown)
  -o, --out FILE            write to FILE, whole or not at all, instead of standard output
${DATE_OPTIONS}
      --progress            show progress on standard error even when it is not a terminal
  -h, --help                this help

A file that cannot be read is named on standard error and skipped; the others are compared
and the exit code is 1. Exit code 2: bad usage, or no article could be read.

${FILES}`,
  group: `usage: corroborate group <files or folders…> [options]

Prints the story groups of the articles as JSON.

options:
  -o, --out FILE            write to FILE, whole or not at all, instead of standard output
${DATE_OPTIONS}
  -h, --help                this help

${FILES}`,
  parse: `usage: corroborate parse <file> [options]

Prints the parsed Article as JSON (an array for a .json file of several inputs).

options:
  -o, --out FILE            write to FILE, whole or not at all, instead of standard output
${DATE_OPTIONS}
  -h, --help                this help

${FILES}`,
};

const OPTIONS = {
  format: { type: "string", short: "f" },
  out: { type: "string", short: "o" },
  published: { type: "string" },
  "retrieved-at": { type: "string" },
  progress: { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
} as const;

const FORMATS = ["json", "markdown", "html"] as const;
type Format = (typeof FORMATS)[number];

interface Flags {
  format?: string | undefined;
  out?: string | undefined;
  published?: string | undefined;
  "retrieved-at"?: string | undefined;
  progress?: boolean | undefined;
}

/** Raised for a mistake on the command line: one line on stderr and exit code 2. */
class UsageError extends Error {}

/**
 * Runs the CLI on its arguments and returns the exit code: 0 on success; 1 when `compare`
 * skipped a file it could not read (each named on stderr) but compared the rest; 2 on bad
 * usage or bad input (one line on stderr naming the file; nothing half-written).
 */
export function runCli(argv: readonly string[], io: CliIo): number {
  let values: Flags & { help?: boolean | undefined; version?: boolean | undefined };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({
      args: [...argv],
      options: OPTIONS,
      allowPositionals: true,
      strict: true,
    }));
  } catch (error) {
    return fail(io, `${(error as Error).message} (try: corroborate --help)`);
  }
  const [command, ...paths] = positionals;
  if (values.version === true && command === undefined) {
    io.out(`${packageJson.version}\n`);
    return 0;
  }
  if (command === undefined || command === "help") {
    io.out(`${USAGE}\n`);
    return command === undefined && values.help !== true ? 2 : 0;
  }
  const help = HELP[command];
  if (help === undefined) return fail(io, `unknown command "${command}" (try: corroborate --help)`);
  if (values.help === true) {
    io.out(`${help}\n`);
    return 0;
  }
  try {
    checkDate("--published", values.published);
    checkDate("--retrieved-at", values["retrieved-at"]);
    switch (command) {
      case "parse":
        return parseCommand(paths, values, io);
      case "group":
        return groupCommand(paths, values, io);
      default:
        return compareCommand(paths, values, io);
    }
  } catch (error) {
    if (error instanceof UsageError) return fail(io, error.message);
    if (error instanceof CorroborateError) return fail(io, `${error.code}: ${error.message}`);
    if (isFileError(error)) return fail(io, error.message);
    throw error;
  }
}

function parseCommand(paths: string[], flags: Flags, io: CliIo): number {
  const [path] = paths;
  if (path === undefined || paths.length !== 1)
    throw new UsageError("parse takes exactly one file");
  if (flags.out !== undefined) refuseOverwritingInput(flags.out, [path]);
  const inputs = readArticleFile(path).map((input) => withDates(input, flags));
  const articles = inputs.map((input) => inFile(path, () => parseArticle(input)));
  emit(io, flags.out, json(articles.length === 1 ? articles[0] : articles));
  return 0;
}

function groupCommand(paths: string[], flags: Flags, io: CliIo): number {
  if (paths.length === 0) throw new UsageError("group needs a folder or files");
  const files = collectFiles(paths);
  if (flags.out !== undefined) refuseOverwritingInput(flags.out, files);
  const articles = files.flatMap((file) =>
    readArticleFile(file).map((input) => inFile(file, () => parseArticle(withDates(input, flags)))),
  );
  emit(io, flags.out, json(groupStories(articles)));
  return 0;
}

function compareCommand(paths: string[], flags: Flags, io: CliIo): number {
  if (paths.length === 0) throw new UsageError("compare needs a folder or files");
  const format = chooseFormat(flags);
  const files = collectFiles(paths);
  if (flags.out !== undefined) refuseOverwritingInput(flags.out, files);
  const progress = progressLine(io, flags.progress === true, files.length);
  const articles: Article[] = [];
  const fileOfId = new Map<string, string>();
  const problems: string[] = [];
  files.forEach((file, index) => {
    progress(`reading ${index + 1} of ${files.length} files`);
    try {
      const parsed = readArticleFile(file).map((input) =>
        inFile(file, () => parseArticle(withDates(input, flags))),
      );
      for (const article of parsed) {
        const earlier = fileOfId.get(article.id);
        if (earlier !== undefined) {
          throw new CorroborateError(
            "invalid-input",
            `${file}: article id "${article.id}" is already taken by ${earlier}; rename one of the files`,
          );
        }
      }
      for (const article of parsed) fileOfId.set(article.id, file);
      articles.push(...parsed);
    } catch (error) {
      if (!(error instanceof CorroborateError) && !isFileError(error)) throw error;
      const message =
        error instanceof CorroborateError ? `${error.code}: ${error.message}` : error.message;
      problems.push(oneLine(message.includes(file) ? message : `${file}: ${message}`));
    }
  });
  progress("");
  // Nothing readable: each bad file is one line and the run fails. Otherwise the bad files
  // are named as skipped, the rest compared, and the exit code says something was left out.
  if (articles.length === 0) {
    for (const problem of problems) io.err(`corroborate: ${problem}\n`);
    return 2;
  }
  for (const problem of problems) io.err(`corroborate: ${problem} (skipped)\n`);
  progress(`comparing ${articles.length} articles`);
  const comparison = compareArticles(articles);
  progress(`writing the ${format} report`);
  const text =
    format === "json"
      ? json(comparison)
      : format === "html"
        ? renderHtml(comparison)
        : renderMarkdown(comparison);
  progress("");
  emit(io, flags.out, text);
  return problems.length > 0 ? 1 : 0;
}

function chooseFormat(flags: Flags): Format {
  if (flags.format !== undefined) {
    const format = FORMATS.find((name) => name === flags.format?.toLowerCase());
    if (format === undefined)
      throw new UsageError(`--format ${flags.format}: use json, markdown or html`);
    return format;
  }
  const extension = flags.out === undefined ? "" : extname(flags.out).toLowerCase();
  if (extension === ".json") return "json";
  if (extension === ".html" || extension === ".htm") return "html";
  return "markdown";
}

function withDates(input: ArticleInput, flags: Flags): ArticleInput {
  const dated = { ...input };
  if (dated.published === undefined && flags.published !== undefined)
    dated.published = flags.published;
  if (dated.retrievedAt === undefined && flags["retrieved-at"] !== undefined)
    dated.retrievedAt = flags["retrieved-at"];
  return dated;
}

function checkDate(option: string, value: string | undefined): void {
  if (value === undefined) return;
  const result = safeParseArticle({ text: "A date check.", published: value });
  if (!result.success) throw new UsageError(`${option} ${value}: ${result.error.message}`);
}

/** Runs a step on one file's input; an error from it names the file. */
function inFile<T>(file: string, step: () => T): T {
  try {
    return step();
  } catch (error) {
    if (error instanceof CorroborateError && !error.message.includes(file)) {
      throw new CorroborateError(error.code, `${file}: ${error.message}`, error.issues);
    }
    throw error;
  }
}

/**
 * Progress on stderr for long runs, only where someone watches (a terminal) or asked for
 * it: one line rewritten in place on a terminal, a line every twentieth of the way
 * otherwise. An empty message clears the terminal line.
 */
function progressLine(io: CliIo, asked: boolean, total: number): (message: string) => void {
  const terminal = io.errIsTerminal === true;
  if (!terminal && !asked) return () => {};
  const every = Math.max(1, Math.floor(total / 20));
  let count = 0;
  let shown = false;
  return (message) => {
    if (terminal) {
      io.err(message === "" ? (shown ? "\r\u001b[K" : "") : `\r\u001b[Kcorroborate: ${message}…`);
      shown = message !== "";
      return;
    }
    if (message === "") return;
    if (message.startsWith("reading") && count++ % every !== 0) return;
    io.err(`corroborate: ${message}…\n`);
  };
}

function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

function emit(io: CliIo, outFile: string | undefined, text: string): void {
  if (outFile === undefined) io.out(text);
  else writeWhole(outFile, text);
}

function isFileError(error: unknown): error is NodeJS.ErrnoException {
  return (
    error instanceof Error &&
    typeof (error as NodeJS.ErrnoException).code === "string" &&
    /^E[A-Z]+$/u.test((error as NodeJS.ErrnoException).code ?? "")
  );
}

function oneLine(message: string): string {
  return message.replace(/\s+/gu, " ");
}

function fail(io: CliIo, message: string): number {
  io.err(`corroborate: ${oneLine(message)}\n`);
  return 2;
}
