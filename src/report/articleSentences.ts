import { findQuoteSpans } from "../extract/quotes/findQuoteSpans.js";
import { findBlocks } from "../text/findBlocks.js";
import { findSentences } from "../text/findSentences.js";
import { firstAtOrAfter } from "../text/firstAtOrAfter.js";
import type { Article } from "../types.js";

/** A sentence of an article's body, as offsets. */
export interface SentenceSpan {
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
}

/**
 * The sentences of an article's body in order, split as the quote finder splits them (a
 * full stop inside quote marks does not end the sentence around them), so that a finding
 * can point at the sentence its evidence sits in.
 *
 * @param article - the article
 * @returns its sentences, in body order, none empty
 */
export function articleSentences(article: Pick<Article, "body" | "paragraphs">): SentenceSpan[] {
  const blocks = findBlocks(article);
  const spans = findQuoteSpans(article.body, blocks);
  const sentences: SentenceSpan[] = [];
  let spanCursor = 0;
  for (let blockIndex = 0; blockIndex < blocks.length; blockIndex++) {
    const block = blocks[blockIndex];
    if (block === undefined) continue;
    const blockSpans = [];
    while (spanCursor < spans.length && (spans[spanCursor]?.block ?? 0) === blockIndex) {
      const span = spans[spanCursor];
      if (span !== undefined) blockSpans.push(span);
      spanCursor++;
    }
    for (const sentence of findSentences(article.body, block, blockIndex, blockSpans)) {
      let { start, end } = sentence;
      while (start < end && /\s/u.test(article.body[start] ?? "")) start++;
      while (end > start && /\s/u.test(article.body[end - 1] ?? "")) end--;
      if (end > start) sentences.push({ start, end });
    }
  }
  return sentences;
}

/**
 * The index of the sentence holding an offset: the last sentence starting at or before
 * it (binary search), or -1 when the offset lies before the first sentence.
 *
 * @param sentences - sentences in body order, from {@link articleSentences}
 * @param offset - an offset into the body
 * @returns the sentence's index, or -1
 */
export function sentenceAt(sentences: readonly SentenceSpan[], offset: number): number {
  const after = firstAtOrAfter(sentences, offset + 1);
  return after - 1;
}
