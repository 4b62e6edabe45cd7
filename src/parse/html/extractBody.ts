import { Readability } from "@mozilla/readability";
import type { RemovedBlock } from "../../types.js";
import { blockParagraphs } from "./blockParagraphs.js";
import { type CleanContext, cleanParagraphs } from "./cleanParagraphs.js";
import { preCleanDocument } from "./preCleanDocument.js";

/** The body of a page: its paragraphs and the blocks removed around them. */
export interface ExtractedBody {
  /** The article's paragraphs, in order. */
  paragraphs: string[];
  /** Furniture removed from the page, with reasons. */
  removed: RemovedBlock[];
}

/**
 * Extracts the article text of a parsed page: removes page furniture, lets Readability pick
 * the article's container, splits it into paragraphs and drops the leftovers around them.
 * Mutates `document`, which must be a copy parsed for this call.
 */
export function extractBody(document: Document, context: CleanContext): ExtractedBody {
  const removed: RemovedBlock[] = [];
  preCleanDocument(document, removed, { removeCaptions: true });
  const reader = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    // Metadata is read by our own finders; Readability need not parse JSON-LD again.
    disableJSONLD: true,
  });
  const article = reader.parse();
  const content = article?.content;
  if (content === null || content === undefined) {
    return { paragraphs: [], removed };
  }
  const blocks = blockParagraphs(content);
  const paragraphs = cleanParagraphs(blocks, context, removed);
  return { paragraphs, removed };
}
