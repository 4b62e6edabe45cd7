import { lowerWords } from "../text/words.js";

// Past forms and nouns of calling a plan off: the plan is reported as over.
const CALLED_OFF = new Set([
  "canceled",
  "cancelled",
  "cancellation",
  "cancellations",
  "postponed",
  "postponement",
  "scrapped",
  "abandoned",
  "dropped",
  "shelved",
  "axed",
  "scrubbed",
  "suspended",
  "aborted",
]);
const CALLED_OFF_PAIRS = new Set(["called off", "put off", "pushed back", "rained out"]);
// The auxiliaries that carry a passive or perfect report of the plan's fate ("was called
// off", "has been postponed", "got scrapped").
const REPORTING_AUXILIARIES = new Set(["was", "were", "been", "got", "is", "are"]);
// Words after the weekday in which the plan's predicate is looked for, and the words that
// open another clause, whose verbs are not the plan's.
const PREDICATE_WORDS = 8;
const CLAUSE_OPENERS = new Set([
  "and",
  "but",
  "while",
  "when",
  "which",
  "that",
  "who",
  "after",
  "before",
  "because",
  "since",
  "as",
]);
// "A memorial is planned for Saturday": the plan is the clause's predicate, stated now.
const BE_WORDS = new Set(["is", "are", "was", "were", "be", "been", "being"]);
// How far back the sentence that holds the plan is read.
const SENTENCE_WINDOW = 200;
const SENTENCE_BREAK = /[.!?;\n]\s/gu;

function isCalledOff(words: readonly string[], index: number): boolean {
  const word = words[index] ?? "";
  return CALLED_OFF.has(word) || CALLED_OFF_PAIRS.has(`${word} ${words[index + 1] ?? ""}`);
}

/**
 * Whether a plan for a day is reported as called off, postponed or scrapped, whatever the
 * noun and the verb form: "the rally planned for Saturday was called off", "plans for a
 * strike on Monday have been dropped", "organisers scrapped the march they had planned for
 * Sunday", "the cancellation of the vote planned for Friday". Such a plan is news told
 * after the fact, so its day reads by the news rule rather than forward as a plan stated
 * now ("a memorial is planned for Saturday").
 *
 * @param body - the whole text
 * @param planStart - offset of the plan word ("planned", "plans")
 * @param end - offset one past the day the plan names
 * @returns true when the sentence reports the plan as called off
 * @example
 * ```ts
 * const text = "The parade planned for Sunday has been called off.";
 * planCalledOff(text, text.indexOf("planned"), text.indexOf(" has")); // true
 * ```
 */
export function planCalledOff(body: string, planStart: number, end: number): boolean {
  // After the day: "… was canceled", "…, planned for Friday, was scrapped".
  const after = lowerWords(body.slice(end, end + 120).split(/[.!?;]/u)[0] ?? "");
  for (let index = 0; index < after.length && index < PREDICATE_WORDS; index++) {
    const word = after[index] ?? "";
    if (CLAUSE_OPENERS.has(word)) break;
    if (!REPORTING_AUXILIARIES.has(word)) continue;
    let next = index + 1;
    if (after[next] === "been") next++;
    if ((after[next] ?? "").endsWith("ly")) next++;
    if (isCalledOff(after, next)) return true;
  }
  // Before the plan word, in its sentence: "called off the rally they had planned for …",
  // "the cancellation of the march planned for …". A plan stated as the clause's predicate
  // ("… a memorial is planned for Saturday") is a plan, whatever was called off before it.
  const windowStart = Math.max(0, planStart - SENTENCE_WINDOW);
  let sentenceStart = windowStart;
  for (const match of body.slice(windowStart, planStart).matchAll(SENTENCE_BREAK)) {
    sentenceStart = windowStart + match.index + match[0].length;
  }
  const before = lowerWords(body.slice(sentenceStart, planStart));
  if (BE_WORDS.has(before.at(-1) ?? "")) return false;
  return before.some((_, index) => isCalledOff(before, index));
}
