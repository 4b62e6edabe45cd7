import type { Passage } from "./collectPassages.js";

// How far to look for the sentence around a quote, each way.
const CONTEXT_REACH = 300;
const SENTENCE_END = new Set([".", "!", "?", "\n"]);

/**
 * The sentence around a passage's first quote: back and forth from the quote to a sentence
 * end or a line break, at most 300 characters each way. Read only for the fragments that
 * need it (one credited to no one), so a page of thousands of quotes does not pay for it.
 *
 * @param passage - the passage
 * @returns the sentence, quote marks and all
 */
export function sentenceAround(passage: Passage): string {
  const quote = passage.quotes[0];
  if (!quote) return "";
  const { body } = passage;
  const { start, end } = quote;
  let from = start - 1;
  const earliest = Math.max(0, start - CONTEXT_REACH);
  while (from > earliest && !SENTENCE_END.has(body[from - 1] ?? "")) from--;
  let to = end;
  const latest = Math.min(body.length, end + CONTEXT_REACH);
  while (to < latest && !SENTENCE_END.has(body[to] ?? "")) to++;
  return body.slice(Math.max(0, from), to);
}
