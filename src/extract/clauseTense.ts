/**
 * Tense of the clause around a date expression, for the news rule: a bare weekday or month
 * points back to the latest such day unless the clause speaks of the future (as
 * HeidelTime's news rules do with tense of the nearest verb).
 */

// Words that put a clause in the future: modal and periphrastic futures, schedules.
const FUTURE_WORDS = new Set([
  "will",
  "shall",
  "won't",
  "'ll",
  "’ll",
  "next",
  "upcoming",
  "scheduled",
  "expected",
  "plans",
  "plan",
  "tomorrow",
  "later",
  "would",
  "expects",
  "expect",
  "intends",
  "due",
  "effective",
  "planning",
]);

// Words that anchor a clause in the past or present: reporting verbs and past auxiliaries.
const PAST_WORDS = new Set([
  "said",
  "says",
  "say",
  "told",
  "was",
  "were",
  "had",
  "did",
  "has",
  "have",
  "is",
  "are",
  "announced",
  "reported",
  "met",
  "took",
  "made",
  "came",
  "went",
  "began",
  "saw",
  "held",
  "ago",
  "last",
  "earlier",
  "since",
]);

// Word tokens including the contracted "'ll"; apostrophes kept so "won't" is one word.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)?|['’]ll/gu;
// Clause ends: sentence punctuation, semicolons, line breaks.
const CLAUSE_END = /[.!?;\n]/u;

const SCHEDULED = /^(?:planned|scheduled|set|slated|due|pencil+ed)$/u;
// Present-tense verbs of schedules that news uses for coming events (only verbs that are
// never nouns: "the close of business Thursday" is not a schedule).
const SCHEDULE_PRESENT = new Set([
  "meet",
  "meets",
  "resume",
  "resumes",
  "convene",
  "convenes",
  "arrive",
  "arrives",
  "begin",
  "begins",
  "depart",
  "departs",
]);
const SUBORDINATORS = new Set([
  "when",
  "while",
  "as",
  "because",
  "after",
  "before",
  "since",
  "who",
  "which",
  "that",
  "where",
  "if",
  "although",
  "though",
  "until",
]);
const WINDOW_CHARS = 100;
const WORDS_BEFORE = 10;
const WORDS_AFTER = 10;

function clauseBounds(text: string, start: number, end: number): { from: number; to: number } {
  let from = Math.max(0, start - WINDOW_CHARS);
  for (let index = start - 1; index >= from; index--) {
    const char = text[index] ?? "";
    // A full stop followed by a space and a capital ends a sentence; "Sept." does not.
    if (CLAUSE_END.test(char) && (char !== "." || /\s/u.test(text[index + 1] ?? " "))) {
      from = index + 1;
      break;
    }
  }
  let to = Math.min(text.length, end + WINDOW_CHARS);
  for (let index = end; index < to; index++) {
    const char = text[index] ?? "";
    if (CLAUSE_END.test(char) && (char !== "." || /\s/u.test(text[index + 1] ?? " "))) {
      to = index;
      break;
    }
  }
  return { from, to };
}

// `previous` is the word before: "to be published", "still unspecified" are not past tense.
function classify(word: string, previous = ""): "future" | "past" | undefined {
  const lower = word.toLowerCase();
  // A participle after "be" ("will be held", "to be published") carries no tense of its own.
  if (/^(?:be|been|being)$/u.test(previous)) return undefined;
  if (FUTURE_WORDS.has(lower)) return "future";
  // News writes scheduled events in the present: "the ministers meet Monday", "talks resume Friday".
  if (SCHEDULE_PRESENT.has(lower)) return "future";
  if (lower.endsWith("'ll") || lower.endsWith("’ll")) return "future";
  if (PAST_WORDS.has(lower)) return "past";
  // A lower-case "-ed" word is a past form ("announced"); a capitalised one is a name ("United").
  const pastForm = lower.length > 4 && lower.endsWith("ed") && word === lower;
  if (pastForm && !/^(?:to|still|is|are)$/u.test(previous)) return "past";
  return undefined;
}

// Words "next" makes a future time of ("next week", "next Monday"); before other nouns it
// only orders things ("the state's next two-year budget", "the next speaker").
const TIMES_AFTER_NEXT = new Set(
  `week weekend month year day days season session term time spring summer fall autumn winter
morning afternoon evening night monday tuesday wednesday thursday friday saturday sunday january
february march april may june july august september october november december`.split(/\s+/u),
);

/** Whether "next" before this word names a time to come; "next" right before the date does. */
function namesTime(following: string | undefined): boolean {
  return following === undefined || TIMES_AFTER_NEXT.has(following.toLowerCase());
}

/** The tense of a clause as far as date resolution needs it. */
export type ClauseTense = "future" | "past" | undefined;

/**
 * The tense of the clause around `text.slice(start, end)`: the nearest tense-bearing word
 * before the expression (or, failing that, after it) decides; a future marker such as
 * "will", "going to", "scheduled", "next" makes it `future`, a reporting verb or past
 * form `past`, and no marker leaves it undecided.
 *
 * @param text - the whole text
 * @param start - offset of the date expression
 * @param end - offset one past the date expression
 * @returns `future`, `past`, or undefined when no word decides
 */
export function clauseTense(text: string, start: number, end: number): ClauseTense {
  const { from, to } = clauseBounds(text, start, end);
  const before = text.slice(from, start).match(WORD) ?? [];
  for (
    let index = before.length - 1, seen = 0;
    index >= 0 && seen < WORDS_BEFORE;
    index--, seen++
  ) {
    const word = before[index] ?? "";
    const lower = word.toLowerCase();
    // "to be" and "is to" schedule an event: "the vote is to take place Friday".
    if (
      lower === "to" &&
      /^(?:is|are|was|were|due|set|going|scheduled|expected|planned|plans|plan|hopes|hope|wants|intends|agreed|decided|promised|vowed|threatened|ready|likely)$/u.test(
        (before[index - 1] ?? "").toLowerCase(),
      )
    ) {
      return "future";
    }
    // "to be held", "as soon as", "as early as": plans and schedules.
    if (lower === "be" && (before[index - 1] ?? "").toLowerCase() === "to") return "future";
    if (lower === "as" && /^(?:soon|early)$/u.test((before[index - 1] ?? "").toLowerCase()))
      return "future";
    // "planned for Saturday", "scheduled for Monday", "set for Friday".
    if (lower === "for" && SCHEDULED.test((before[index - 1] ?? "").toLowerCase())) return "future";
    if (lower === "next" && !namesTime(before[index + 1])) continue;
    const tense = classify(word, (before[index - 1] ?? "").toLowerCase());
    if (tense) return tense;
  }
  const after = text.slice(end, to).match(WORD) ?? [];
  for (let index = 0; index < after.length && index < WORDS_AFTER; index++) {
    // A subordinate clause after the date has its own verb: "On Friday, when Albright set ...".
    if (SUBORDINATORS.has((after[index] ?? "").toLowerCase())) break;
    if ((after[index] ?? "").toLowerCase() === "next" && !namesTime(after[index + 1])) continue;
    const tense = classify(after[index] ?? "", (after[index - 1] ?? "").toLowerCase());
    if (tense) return tense;
  }
  return undefined;
}

/**
 * Whether the clause around `text.slice(start, end)` is in the future tense (see
 * {@link clauseTense}).
 *
 * @param text - the whole text
 * @param start - offset of the date expression
 * @param end - offset one past the date expression
 * @returns true when the clause speaks of the future
 */
export function isFutureTense(text: string, start: number, end: number): boolean {
  return clauseTense(text, start, end) === "future";
}
