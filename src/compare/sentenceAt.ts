import { findBlocks } from "../text/findBlocks.js";
import { findSentences, type Sentence } from "../text/findSentences.js";
import { firstAtOrAfter } from "../text/firstAtOrAfter.js";
import type { Article } from "../types.js";

// Sentences are split once per article and looked up by binary search; the memo is keyed
// by the article object, so it is invisible to callers and freed with the article.
const sentencesByArticle = new WeakMap<Article, Sentence[]>();

function sentencesOf(article: Article): Sentence[] {
  let sentences = sentencesByArticle.get(article);
  if (!sentences) {
    sentences = findBlocks(article).flatMap((block, index) =>
      findSentences(article.body, block, index),
    );
    sentencesByArticle.set(article, sentences);
  }
  return sentences;
}

/**
 * The sentence of an article's body that holds an offset, by the shared sentence splitter.
 *
 * @param article - the article
 * @param offset - an offset into its body
 * @returns the sentence's bounds (the whole body's block when no sentence holds it)
 */
export function sentenceAt(article: Article, offset: number): { start: number; end: number } {
  const sentences = sentencesOf(article);
  const index = firstAtOrAfter(sentences, offset + 1) - 1;
  const sentence = sentences[index];
  if (sentence !== undefined && sentence.start <= offset && offset < sentence.end) return sentence;
  return { start: Math.max(0, offset - 200), end: Math.min(article.body.length, offset + 200) };
}
