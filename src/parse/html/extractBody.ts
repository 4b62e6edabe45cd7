import { Readability } from "@mozilla/readability";
import { foldForComparison } from "../../text/normalize.js";
import type { RemovedBlock } from "../../types.js";
import { blockParagraphs } from "./blockParagraphs.js";
import { type CleanContext, cleanParagraphs } from "./cleanParagraphs.js";
import { preCleanDocument } from "./preCleanDocument.js";

const STRUCTURED_BODY_MINIMUM = 500;
const STRUCTURED_BODY_RATIO = 2;

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
export function extractBody(
  document: Document,
  context: CleanContext & { standfirst?: string; structuredBody?: string },
): ExtractedBody {
  const removed: RemovedBlock[] = [];
  preCleanDocument(document, removed, {
    removeCaptions: true,
    ...(context.headline === undefined ? {} : { headline: context.headline }),
  });
  const reader = new Readability<Element>(document, {
    serializer: (node) => node as Element,
    // Metadata is read by our own finders; Readability need not parse JSON-LD again.
    disableJSONLD: true,
  });
  const article = reader.parse();
  const content = article?.content ?? document.body;
  if (content === null) {
    return { paragraphs: [], removed };
  }
  const blocks = blockParagraphs(content);
  let paragraphs = cleanParagraphs(blocks, context, removed);
  // Pages that load their text by script, or hide it behind a paywall, leave Readability
  // little; the JSON-LD articleBody then often holds the whole story.
  const structured = context.structuredBody;
  if (structured !== undefined && structured.length >= STRUCTURED_BODY_MINIMUM) {
    const extractedLength = paragraphs.reduce((total, paragraph) => total + paragraph.length, 0);
    if (structured.length >= STRUCTURED_BODY_RATIO * extractedLength) {
      paragraphs = structured
        .split(/\n\s*/u)
        .map((paragraph) => paragraph.trim())
        .filter((paragraph) => paragraph !== "");
    }
  }
  // Readability leaves out the standfirst printed under the headline; it is article text.
  const standfirst = context.standfirst;
  if (standfirst !== undefined && paragraphs.length > 0) {
    const key = foldForComparison(standfirst);
    if (!paragraphs.slice(0, 3).some((paragraph) => foldForComparison(paragraph).includes(key))) {
      paragraphs.unshift(standfirst);
    }
  }
  return { paragraphs, removed };
}
