/**
 * Numbers that are not counts, found before counts are read: telephone and emergency
 * numbers ("called 911", "(202) 555-0143"), results and records ("won 3-1", "a 53-3
 * record") and idioms built on number words ("first and foremost", "third countries"). Each
 * is one pass of one pattern over the text, so the whole step stays linear.
 */

/** A phone number or a score found in the text, reported with its own kind. */
export interface NumberShape {
  /** `phone` or `score`. */
  kind: "phone" | "score";
  /** The exact text. */
  text: string;
  /** Offset of the first character. */
  start: number;
  /** Offset one past the last character. */
  end: number;
  /** A phone number's digits, or a score's first figure. */
  value: number;
}

const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}.,/$€£+-])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}]|[.,/-]\\d)";

// Shapes only telephone numbers take: "+44 20 7946 0958", "(202) 555-0143", "202-555-0143".
const PHONE_SHAPE = new RegExp(
  `${NOT_AFTER_WORD}(?:\\+\\d{1,3}[ .-]?(?:\\(\\d{1,4}\\)[ .-]?)?\\d{1,4}(?:[ .-]\\d{2,4}){1,4}|\\(\\d{3}\\) ?\\d{3}[ .-]\\d{4}|\\d{3}([.-])\\d{3}\\1\\d{4})${NOT_BEFORE_WORD}`,
  "gu",
);
// Seven digits "555-0143", and emergency numbers, are phone numbers only beside a word of calling.
const CUED_PHONE_SHAPE = new RegExp(
  `${NOT_AFTER_WORD}(?:\\d{3}-\\d{4}|911|999|112)${NOT_BEFORE_WORD}`,
  "gu",
);
const PHONE_CUE_BEFORE =
  /(?<![\p{L}])(?:call(?:ed|ing|s)?|dial(?:l?ed|l?ing|s)?|phoned?|telephone|tel\.?|hotline|helpline|text(?:ed)?|number|ring)(?:\s+(?:at|on|to))?\s*(?::\s*)?$/iu;
const PHONE_CUE_AFTER =
  /^\s*(?:calls?|callers?|operators?|dispatchers?|dispatch|emergency|cent(?:er|re)s?|lines?|hotline|system|services)(?![\p{L}])/iu;
const MIN_PHONE_DIGITS = 7;

// Two figures joined by a dash: "3-1", "53–47", or by "to": "52 to 47", "52-to-47".
// Ranges ("10-15 people", "from 20 to 30") share the shape, so a dash pair is a score when a
// word of winning, losing, leading or voting stands beside it or when it falls (a range
// rises: "52-47" is a tally, "47-52" a range); a "to" pair needs the word and must not rise.
const SCORE_SHAPE = new RegExp(
  `${NOT_AFTER_WORD}(\\d{1,3})( ?[-–] ?|-to-| to )(\\d{1,3})(?![\\p{L}\\p{N}%]|[.,/:-]\\d)`,
  "gu",
);
const SCORE_CUE_BEFORE =
  /(?<![\p{L}])(?:won|wins?|winning|beat|beats|beaten|beating|outlast(?:ed|ing)|held off|holding off|defeated|defeats?|lost|loses?|losing|led|leads?|leading|trail(?:ed|s|ing)?|record|victory|scored?|tied|drew|draw|edged|routed|thrashed|swept|vot(?:ed?|ing)|tally|margin|finished|passed|approved|confirmed|rejected|adopted|ratified|cleared|elected|overrode)(?![\p{L}])[^.;!?\n\d]{0,20}$/iu;
// "rose from 20 to 30": a change, never a score.
const FROM_BEFORE = /(?<![\p{L}])from\s$/iu;
const SCORE_CUE_AFTER =
  /^\s*(?:win|wins|victory|loss|losses|defeat|lead|record|draw|tie|decision|vote|margin|rout|triumph|result|scoreline|aggregate|in (?:a )?game)(?![\p{L}])/iu;
// How far before a shape its cue may stand.
const CUE_WINDOW = 32;

// Idioms built on number words: they count nothing ("first and foremost", "in the first
// place", "third countries", "a second look", "one of the", "24/7").
const NUMBER_IDIOM = new RegExp(
  "(?<![\\p{L}\\p{N}])(?:" +
    [
      "first and foremost",
      "first of all",
      "first things first",
      "in the (?:first|second) place",
      "at first(?: (?:glance|sight|hand))?",
      "(?:first|second)[- ]?hand",
      "first (?:lady|aid|responders?)",
      "on second thoughts?",
      "second (?:thoughts?|look|glance|opinion|nature|guess(?:ing)?|fiddle|wind|to none)",
      "third (?:countries|country|parties|party|world)",
      "(?:at )?the eleventh hour",
      "sixth sense",
      "seventh heaven",
      "cloud nine",
      "nine times out of ten",
      "one of the",
      "\\d{1,2}/\\d{1,2}",
    ].join("|") +
    ")(?![\\p{L}\\p{N}])",
  "giu",
);

function digitCount(text: string): number {
  return text.replace(/\D/gu, "").length;
}

function cuedBefore(body: string, start: number, cue: RegExp): boolean {
  return cue.test(body.slice(Math.max(0, start - CUE_WINDOW), start));
}

function cuedAfter(body: string, end: number, cue: RegExp): boolean {
  return cue.test(body.slice(end, end + CUE_WINDOW));
}

/**
 * Finds phone numbers and scores, each in one pass over the text.
 *
 * @param body - the article text
 * @returns the shapes in text order
 */
export function findNumberShapes(body: string): NumberShape[] {
  const shapes: NumberShape[] = [];
  const phone = (text: string, start: number) => {
    shapes.push({
      kind: "phone",
      text,
      start,
      end: start + text.length,
      value: Number(text.replace(/\D/gu, "")),
    });
  };
  for (const match of body.matchAll(PHONE_SHAPE)) {
    if (digitCount(match[0]) >= MIN_PHONE_DIGITS) phone(match[0], match.index);
  }
  for (const match of body.matchAll(CUED_PHONE_SHAPE)) {
    const end = match.index + match[0].length;
    if (cuedBefore(body, match.index, PHONE_CUE_BEFORE) || cuedAfter(body, end, PHONE_CUE_AFTER))
      phone(match[0], match.index);
  }
  for (const match of body.matchAll(SCORE_SHAPE)) {
    const end = match.index + match[0].length;
    const first = Number(match[1]);
    const second = Number(match[3]);
    const cued =
      cuedBefore(body, match.index, SCORE_CUE_BEFORE) || cuedAfter(body, end, SCORE_CUE_AFTER);
    const joinedByTo = (match[2] ?? "").includes("to");
    const isScore = joinedByTo
      ? cued &&
        first >= second &&
        !FROM_BEFORE.test(body.slice(Math.max(0, match.index - 6), match.index))
      : cued || first > second;
    if (isScore)
      shapes.push({
        kind: "score",
        text: match[0],
        start: match.index,
        end,
        value: Number(match[1]),
      });
  }
  shapes.sort((left, right) => left.start - right.start || right.end - left.end);
  // A shape inside an earlier one ("555-0143" inside "(202) 555-0143") is the same number.
  const distinct: NumberShape[] = [];
  let coveredUntil = 0;
  for (const shape of shapes) {
    if (shape.start < coveredUntil) continue;
    distinct.push(shape);
    coveredUntil = shape.end;
  }
  return distinct;
}

/**
 * Finds idioms built on number words, whose numbers count nothing.
 *
 * @param body - the article text
 * @returns the idioms' spans in text order
 */
export function findNumberIdioms(body: string): { start: number; end: number }[] {
  return Array.from(body.matchAll(NUMBER_IDIOM), (match) => ({
    start: match.index,
    end: match.index + match[0].length,
  }));
}
