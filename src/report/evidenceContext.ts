import { type SentenceSpan, sentenceAt } from "./articleSentences.js";

/** The words of a piece of evidence inside the sentence they come from. */
export interface EvidenceContext {
  /** Index of the sentence in the article's sentences, -1 when the evidence lies before them all. */
  sentenceIndex: number;
  /** The sentence's words before the evidence (cut to `radius` characters, with `…`). */
  before: string;
  /** The evidence itself. */
  text: string;
  /** The sentence's words after the evidence (cut likewise). */
  after: string;
}

/**
 * The sentence around a span of an article's body, split into the words before it, the
 * span, and the words after it, each side cut at a word boundary to about `radius`
 * characters, so that a finding shows each outlet's words in their sentence.
 *
 * @param body - the article's body
 * @param sentences - its sentences, from `articleSentences`
 * @param start - offset of the evidence
 * @param end - offset one past it
 * @param radius - the most characters of context on each side
 * @returns the evidence in its sentence
 */
export function evidenceContext(
  body: string,
  sentences: readonly SentenceSpan[],
  start: number,
  end: number,
  radius = 140,
): EvidenceContext {
  const sentenceIndex = sentenceAt(sentences, start);
  const sentence = sentences[sentenceIndex];
  const from = sentence === undefined ? start : Math.min(sentence.start, start);
  const to = sentence === undefined ? end : Math.max(sentence.end, end);
  let before = body.slice(Math.max(from, start - radius), start);
  if (start - from > radius) before = `…${before.replace(/^\S*\s+/u, "")}`;
  let after = body.slice(end, Math.min(to, end + radius));
  if (to - end > radius) {
    let cut = after.length;
    while (cut > 0 && !/\s/u.test(after[cut - 1] ?? "")) cut--;
    after = `${after.slice(0, cut).trimEnd()}…`;
  }
  return { sentenceIndex, before, text: body.slice(start, end), after };
}
