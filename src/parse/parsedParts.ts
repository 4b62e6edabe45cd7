import type { Dateline, PublishedDate, RemovedBlock } from "../types.js";

/**
 * What a format-specific parser (plain text or HTML) finds on a page, before the caller's
 * metadata is applied and offsets are computed.
 */
export interface ParsedParts {
  /** The headline, where the page has one. */
  headline?: string;
  /** The outlet's name, where the page gives it. */
  outlet?: string;
  /** Author names, in page order. */
  authors: string[];
  /** The publication date, with its source and confidence. */
  published?: PublishedDate;
  /** A dateline printed on its own line above the article. */
  dateline?: Dateline;
  /** The article's paragraphs, in order. */
  paragraphs: string[];
  /** Clutter removed from the page, each with its reason. */
  removed: RemovedBlock[];
}
