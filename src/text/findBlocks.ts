import type { Article } from "../types.js";
import { isSpaceOrEdge } from "./chars.js";

/** A paragraph-like block of the body in which quote marks must balance. */
export interface Block {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

// A line that ends like this closes its paragraph even without a blank line after it.
const LINE_END_CLOSERS = new Set([
  ".",
  "!",
  "?",
  ":",
  ";",
  '"',
  "\u201D",
  "\u2019",
  "\u00BB",
  ")",
  "]",
]);
// A line that starts like this opens a new paragraph (a quote, a bullet).
const LINE_START_OPENERS = new Set([
  '"',
  "\u201C",
  "\u201E",
  "\u00AB",
  "\u2018",
  "`",
  "*",
  "\u2022",
  "-",
  "\u2013",
  "\u2014",
]);

/**
 * Splits the article's paragraphs further at line breaks that end a paragraph. Many
 * pages copied as plain text put one paragraph per line with no blank line between;
 * hard-wrapped text breaks lines mid-sentence, and those breaks are kept inside a block.
 */
export function findBlocks(article: Pick<Article, "body" | "paragraphs">): Block[] {
  const { body } = article;
  const paragraphs =
    article.paragraphs.length > 0 ? article.paragraphs : [{ start: 0, end: body.length }];
  const blocks: Block[] = [];
  for (const paragraph of paragraphs) {
    let blockStart = paragraph.start;
    let lineStart = paragraph.start;
    let newline = body.indexOf("\n", blockStart);
    while (newline !== -1 && newline < paragraph.end) {
      let before = newline - 1;
      while (before >= blockStart && isSpaceOrEdge(body[before])) before--;
      let after = newline + 1;
      while (after < paragraph.end && isSpaceOrEdge(body[after])) after++;
      const lineEnd = body[before];
      const nextStart = body[after];
      const shortLine = newline - lineStart < 60;
      if (
        before < blockStart ||
        after >= paragraph.end ||
        shortLine ||
        (lineEnd !== undefined && LINE_END_CLOSERS.has(lineEnd)) ||
        (nextStart !== undefined && LINE_START_OPENERS.has(nextStart))
      ) {
        if (before >= blockStart) blocks.push({ start: blockStart, end: before + 1 });
        blockStart = after;
      }
      lineStart = newline + 1;
      newline = body.indexOf("\n", newline + 1);
    }
    let end = paragraph.end;
    while (end > blockStart && isSpaceOrEdge(body[end - 1])) end--;
    if (end > blockStart) blocks.push({ start: blockStart, end });
  }
  return blocks;
}
