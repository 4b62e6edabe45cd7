import { existsSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { CorroborateError } from "../errors.js";

/**
 * Writes a file whole or not at all: the text goes to a file beside the target, which is
 * then renamed over it, so an interrupted run leaves the old file or the new one, never
 * half of one.
 */
export function writeWhole(path: string, text: string): void {
  const partial = join(dirname(resolve(path)), `.${basename(path)}.${process.pid}.partial`);
  try {
    writeFileSync(partial, text);
    renameSync(partial, path);
  } finally {
    rmSync(partial, { force: true });
  }
}

/**
 * Refuses an output file that is one of the inputs (the same file, by device and inode,
 * whatever path names it): writing the result there would replace an article with what
 * was read from it.
 *
 * @throws CorroborateError `invalid-input` naming both paths
 */
export function refuseOverwritingInput(outFile: string, inputs: readonly string[]): void {
  if (!existsSync(outFile)) return;
  const target = statSync(outFile);
  for (const input of inputs) {
    const source = statSync(input, { throwIfNoEntry: false });
    if (source !== undefined && source.ino === target.ino && source.dev === target.dev) {
      throw new CorroborateError(
        "invalid-input",
        `--out ${outFile} is the input file ${input}; write the result to another file`,
      );
    }
  }
}
