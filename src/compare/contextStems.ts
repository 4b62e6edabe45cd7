import { MONTH_WORDS, WEEKDAY_WORDS } from "../text/calendarWords.js";
import { GRAMMAR_WORDS } from "../text/functionWords.js";
import { NUMBER_WORDS } from "../text/numberWords.js";
import { PLAIN_SAYING_VERBS } from "../text/speechWords.js";
import { stemWord } from "../text/stemWord.js";
import { wordTokens } from "../text/words.js";
import type { Article } from "../types.js";
import { sentenceAt } from "./sentenceAt.js";

// Characters a word and its spacing take at most, for bounding the text read around a span.
const MAX_WORD_SPAN = 24;

// Words that say nothing about what a number or a date is about.
const EMPTY_WORDS = new Set([
  "according",
  "reported",
  "reports",
  "officials",
  "official",
  "police",
]);

function isContentWord(lower: string): boolean {
  return (
    lower.length > 1 &&
    !/^\d/u.test(lower) &&
    !GRAMMAR_WORDS.has(lower) &&
    !MONTH_WORDS.has(lower) &&
    !WEEKDAY_WORDS.has(lower) &&
    NUMBER_WORDS[lower] === undefined &&
    !PLAIN_SAYING_VERBS.has(lower) &&
    !EMPTY_WORDS.has(lower)
  );
}

/**
 * The content words around a span, stemmed: up to `reach` words on each side within the
 * span's sentence, without function words, numbers, calendar words and verbs of saying.
 * Two mentions whose contexts share content words talk about the same thing ("captured
 * 23 pirates" and "26 pirates were captured"); two that share none may not.
 *
 * @param article - the article
 * @param start - offset of the span
 * @param end - offset one past it
 * @param reach - words read on each side
 * @returns the stems
 */
export function contextStems(article: Article, start: number, end: number, reach = 8): Set<string> {
  const sentence = sentenceAt(article, start);
  // A sentence can run for a megabyte in hostile text: read only as far as `reach` words go.
  const span = reach * MAX_WORD_SPAN;
  const before = wordTokens(article.body.slice(Math.max(sentence.start, start - span), start));
  const after = wordTokens(
    article.body.slice(end, Math.max(end, Math.min(sentence.end, end + span))),
  );
  const stems = new Set<string>();
  for (const word of [...before.slice(-reach), ...after.slice(0, reach)]) {
    const lower = word.text.toLowerCase();
    if (isContentWord(lower)) stems.add(stemWord(lower));
  }
  return stems;
}

/**
 * How many stems two contexts share, leaving out the story's topic words (see
 * `topicStems`): what the two sentences have in common beyond telling the same story.
 */
export function sharedStems(
  left: ReadonlySet<string>,
  right: ReadonlySet<string>,
  topic: ReadonlySet<string> = new Set(),
): number {
  let shared = 0;
  for (const stem of left) if (right.has(stem) && !topic.has(stem)) shared++;
  return shared;
}

/**
 * The words that say what happened at a moment: the lower-case content words of its
 * sentence, up to `before` words before the span and `after` words after it, stemmed.
 * Capitalised words are left out (a sentence's first word with them): names and places say
 * who and where, and a story's outlets share them whatever moment they date, while "fire broke
 * out" and "the commission's meeting" say which moment it is.
 *
 * @param article - the article
 * @param start - offset of the span
 * @param end - offset one past it
 * @param before - words read before the span
 * @param after - words read after it
 * @returns the stems
 * @example
 * ```ts
 * eventStems(article, 40, 49); // Set { "fire", "broke", "conveyor", "gallery" }
 * ```
 */
export function eventStems(
  article: Article,
  start: number,
  end: number,
  before = 14,
  after = 6,
): Set<string> {
  const sentence = sentenceAt(article, start);
  const from = Math.max(sentence.start, start - before * MAX_WORD_SPAN);
  const to = Math.max(end, Math.min(sentence.end, end + after * MAX_WORD_SPAN));
  const words = [
    ...wordTokens(article.body.slice(from, start)).slice(-before),
    ...wordTokens(article.body.slice(end, to)).slice(0, after),
  ];
  const stems = new Set<string>();
  for (const word of words) {
    const lower = word.text.toLowerCase();
    if (word.text === lower && isContentWord(lower) && !CLOCK_WORDS.has(lower))
      stems.add(stemWord(IRREGULAR_VERB_FORMS.get(lower) ?? lower));
  }
  return stems;
}

// Past forms of irregular verbs, which a suffix stemmer cannot bring to their verb: "sworn
// in" and "the swearing-in", "broke out" and "breaks out" tell one happening. Forms that are
// also other words ("left", "found", "lay") are left out.
const IRREGULAR_VERB_FORMS: ReadonlyMap<string, string> = new Map([
  ["sworn", "swear"],
  ["swore", "swear"],
  ["held", "hold"],
  ["began", "begin"],
  ["begun", "begin"],
  ["broke", "break"],
  ["broken", "break"],
  ["struck", "strike"],
  ["took", "take"],
  ["taken", "take"],
  ["gave", "give"],
  ["given", "give"],
  ["met", "meet"],
  ["won", "win"],
  ["lost", "lose"],
  ["fell", "fall"],
  ["fallen", "fall"],
  ["sold", "sell"],
  ["bought", "buy"],
  ["spoke", "speak"],
  ["spoken", "speak"],
  ["chose", "choose"],
  ["chosen", "choose"],
  ["shot", "shoot"],
  ["fought", "fight"],
  ["caught", "catch"],
  ["sent", "send"],
  ["built", "build"],
  ["paid", "pay"],
  ["brought", "bring"],
  ["drove", "drive"],
  ["driven", "drive"],
  ["flew", "fly"],
  ["flown", "fly"],
  ["wrote", "write"],
  ["written", "write"],
  ["sank", "sink"],
  ["sunk", "sink"],
  ["stole", "steal"],
  ["stolen", "steal"],
  ["froze", "freeze"],
  ["frozen", "freeze"],
  ["rang", "ring"],
  ["rung", "ring"],
]);

// Words of clock times themselves ("2 pm local time"), which date a moment but do not say
// what happened at it.
const CLOCK_WORDS = new Set(["pm", "local", "time", "hours", "clock"]);
