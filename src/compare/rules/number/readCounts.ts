import { isFutureTense } from "../../../extract/clauseTense.js";
import { personKey } from "../../../extract/people/personName.js";
import {
  DURATION_WORDS,
  MEASURE_HEADS,
  OUTCOME_WORDS,
  PARTIAL_COUNT_WORDS,
  PERSONAL_TALLY_HEADS,
  REMAINDER_WORDS,
  SCORE_SUBJECTS,
  VOTE_SIDE_WORDS,
  VOTING_WORDS,
  WINDOW_COUNT_WORDS,
} from "../../../text/countWords.js";
import { firstAtOrAfter } from "../../../text/firstAtOrAfter.js";
import { foldPlural } from "../../../text/foldPlural.js";
import { DETERMINERS } from "../../../text/functionWords.js";
import { NATIONALITIES } from "../../../text/gazetteer.js";
import { stemWord } from "../../../text/stemWord.js";
import { wordTokens } from "../../../text/words.js";
import type { DateMention, NumberMention } from "../../../types.js";
import { contextStems } from "../../contextStems.js";
import { sentenceAt } from "../../sentenceAt.js";
import type { StoryArticle } from "../../storyContext.js";
import { countInterval } from "./countInterval.js";

/** A number one outlet gives for something countable, with what it counts and its evidence. */
export interface Count {
  /** The article. */
  entry: StoryArticle;
  /** The number as the fact extractor read it. */
  mention: NumberMention;
  /** What is counted, comparable across outlets: `pirate`, `people`, `magnitude`, `score:record`. */
  subject: string;
  /** What is counted in a reader's words: "pirates", "people", "magnitude", "record". */
  label: string;
  /** What happened to the counted things (`dead`, `injured`, `held`…), or "" when the text does not say. */
  outcome: string;
  /** The least value the outlet's words allow. */
  low: number;
  /** The greatest value the outlet's words allow. */
  high: number;
  /** The value as a finding shows it ("23", "about 300", "53-3"). */
  shown: string;
  /** The number with what it counts, as printed. */
  text: string;
  /** Offset of `text`. */
  start: number;
  /** Offset one past `text`. */
  end: number;
  /** Content words around the number, stemmed. */
  context: Set<string>;
  /**
   * The folded surname of the person named nearest before the number in its sentence
   * ("Blackmore, alleged to have 19 wives"), whose count it is; absent when none is named.
   */
  owner?: string;
  /**
   * A count that belongs to one person and means nothing without them: an age ("Bellamy,
   * 52,", "the 54-year-old") or a player's tally ("31 points"); compared only with the same
   * person's.
   */
  personal?: "age" | "tally";
  /**
   * The values of the other figures counted in the same sentence ("212 passengers and 31
   * crew": 31 beside 212), so that two outlets' sentences giving the same figure beside
   * their own count show that they report one thing.
   */
  companions?: number[];
  /**
   * The companions that count something, as `value:head` ("4:member" for "four crew
   * members"): the same figure of the same thing beside two outlets' counts says more than
   * the same bare figure.
   */
  countedCompanions?: string[];
  /** The whole a part is counted from ("five of its 14 districts": 14). */
  whole?: number;
  /**
   * The month (months since year 0) of another time the count's passage tells of, two or
   * more months before the story ("Thirty-eight cars derailed on Feb. 27" in an April
   * story about the hearing): such counts are compared only with counts of that time.
   */
  era?: number;
  /**
   * For a sum or a percentage, the content words right beside it (four on each side): what
   * an amount measures is said there ("capped rent increases at 5 percent on apartment
   * buildings"), and a story holds many amounts of different things.
   */
  near?: Set<string>;
}

const HEAD = /^[\p{L}][\p{L}'’ -]*[\p{L}]$/u;
const SCORE = /(?<!\d)(\d+)(?: ?[-–] ?|-to-| to )(\d+)/u;
const PEOPLE = new Set(["people", "persons", "person", "individuals"]);
// Words beside a duration that make it a prison term ("jailed for 12 years").
const PRISON_WORDS = new Set([
  "sentenced",
  "sentence",
  "prison",
  "jail",
  "jailed",
  "imprisoned",
  "term",
  "imprisonment",
]);
const MAGNITUDE_WORDS = new Set(["magnitude", "richter"]);
const AFTERSHOCK = /^aftershocks?$/u;

// "a 6.1-magnitude earthquake": the one word a number may be glued to and still be a count.
const GLUED_MAGNITUDE = /^[-‐]magnitude/iu;
// A prison term in months longer than this is written in years by newsrooms: a figure
// this large is a fraction run together ("4½ months" printed as "412 months").
const MAX_TERM_MONTHS = 120;
// How far before "rose to 22" the word "toll" may stand ("The death toll from Tuesday's
// magnitude 6.4 earthquake rose to 22"), in words.
const TOLL_REACH = 10;
// How far before a score the words that say what it scores may stand ("beat the Denver
// Peaks 104-98"), and after it ("104-96 in Game 7"), in words.
const SCORE_REACH_BEFORE = 6;
const SCORE_REACH_AFTER = 3;
// Figures that may stand beside a count as its companions, and how many a count keeps.
const COMPANION_KINDS: ReadonlySet<string> = new Set(["cardinal", "money", "percent", "score"]);
const MAX_COMPANIONS = 8;
const MAX_SENTENCE_FIGURES = 40;
// How far after a count the side of a vote may be read, in words.
const VOTE_SIDE_REACH = 10;
// How far around a number its outcome words are read, in words.
const OUTCOME_BEFORE = 3;
const OUTCOME_AFTER = 4;

/** A window of the body that stays inside one sentence. */
interface Window {
  body: string;
  start: number;
  end: number;
}

function wordsBefore(window: Window, offset: number, count: number): string[] {
  return wordTokens(window.body.slice(Math.max(window.start, offset - 60), offset))
    .slice(-count)
    .map((word) => word.text.toLowerCase());
}

// Characters read per word wanted: words are seldom longer.
const CHARS_PER_WORD = 12;

function wordsAfter(window: Window, offset: number, count: number): string[] {
  const reach = Math.max(60, count * CHARS_PER_WORD);
  return wordTokens(window.body.slice(offset, Math.min(window.end, offset + reach)))
    .slice(0, count)
    .map((word) => word.text.toLowerCase());
}

/** The nearest outcome word around a number: before it, or after what it counts. */
// A comma, colon or bracket ends the clause an outcome word must share with its count:
// "Blackmore, alleged to have 19 wives, is charged" charges Blackmore, not the wives.
const CLAUSE_BREAK = /[,;:()\u2014\u2013]/u;
// How far a clause is read from its count, at most (outcome words stand close by).
const MAX_CLAUSE_CHARS = 200;

/** The window cut at the clause breaks nearest to a count on either side. */
function clauseAround(window: Window, start: number, end: number): Window {
  const low = Math.max(window.start, start - MAX_CLAUSE_CHARS);
  const high = Math.min(window.end, end + MAX_CLAUSE_CHARS);
  let clauseStart = start;
  while (clauseStart > low && !CLAUSE_BREAK.test(window.body[clauseStart - 1] ?? "")) clauseStart--;
  let clauseEnd = end;
  while (clauseEnd < high && !CLAUSE_BREAK.test(window.body[clauseEnd] ?? "")) clauseEnd++;
  return { body: window.body, start: clauseStart, end: clauseEnd };
}

function outcomeAround(window: Window, start: number, phraseEnd: number): string {
  const clause = clauseAround(window, start, phraseEnd);
  const before = wordsBefore(clause, start, OUTCOME_BEFORE).reverse();
  const after = wordsAfter(clause, phraseEnd, OUTCOME_AFTER);
  for (let distance = 0; distance < Math.max(before.length, after.length); distance++) {
    for (const word of [before[distance], after[distance]]) {
      const outcome = word === undefined ? undefined : OUTCOME_WORDS.get(word);
      if (outcome !== undefined) return outcome;
    }
  }
  return voteSideAfter(clause, phraseEnd);
}

/**
 * The side of a vote the clause after a count gives it ("Eight Republicans broke with their
 * party and joined Democrats in voting no"), read further than other outcomes: a count's
 * side is often the clause's last words.
 */
function voteSideAfter(clause: Window, phraseEnd: number): string {
  const after = wordsAfter(clause, phraseEnd, VOTE_SIDE_REACH);
  for (let index = 0; index < after.length; index++) {
    const word = after[index] ?? "";
    const outcome = OUTCOME_WORDS.get(word);
    if (outcome === "against" || outcome === "for") return outcome;
    // "voted no", "voting for": a side right after a word of voting.
    const side = VOTE_SIDE_WORDS.get(word);
    if (side !== undefined && VOTING_WORDS.has(after[index - 1] ?? "")) return side;
  }
  return "";
}

function singular(head: string): string {
  return head
    .split(" ")
    .map((word) => foldPlural(word))
    .join(" ");
}

/** Where the counted phrase ends: after the number's own text when nothing is counted. */
function phraseEnd(body: string, mention: NumberMention): number {
  if (mention.countsText === undefined) return mention.end;
  const at = body.indexOf(mention.countsText, mention.end);
  return at >= 0 && at - mention.end <= 3 ? at + mention.countsText.length : mention.end;
}

const LIST_GAP = /^\s*(?:,|and|plus|,\s*and)\s*$/u;
const RANGE_GAP = /^\s*(?:to|or|-|–)\s*$/u;

/**
 * Whether a number is one item of a breakdown ("12 Somali and 11 Yemeni pirates") and so
 * not the count of the whole; or the upper end of a range, whose lower end it returns.
 */
function listOrRange(
  body: string,
  mentions: readonly NumberMention[],
  index: number,
): { list: boolean; rangeLow?: number } {
  const mention = mentions[index];
  if (!mention) return { list: false };
  const previous = mentions[index - 1];
  const next = mentions[index + 1];
  if (previous) {
    const gap = body.slice(phraseEnd(body, previous), mention.start);
    // "20 to 30" is a range; "54% to 46%" runs downward: two sides' shares, a pair.
    if (gap.length <= 8 && RANGE_GAP.test(gap) && previous.countsText === undefined)
      return previous.value <= mention.value
        ? { list: false, rangeLow: previous.value }
        : { list: true };
    // "between 20 and 30 people"
    if (
      gap.length <= 8 &&
      /^\s*and\s*$/u.test(gap) &&
      /between\s*$/iu.test(body.slice(Math.max(0, previous.start - 10), previous.start))
    )
      return { list: false, rangeLow: previous.value };
    if (gap.length <= 8 && LIST_GAP.test(gap) && !countsApart(previous, mention))
      return { list: true };
  }
  if (next) {
    const gap = body.slice(phraseEnd(body, mention), next.start);
    if (
      gap.length <= 8 &&
      (LIST_GAP.test(gap) || RANGE_GAP.test(gap)) &&
      !countsApart(mention, next)
    )
      return { list: true };
  }
  return { list: false };
}

// "of its", "of the state's", "of their": the gap between a part and the whole it is taken from.
const PARTITIVE_GAP = /^\s+of\s+(?:(?:the|its|their|his|her)\s+)?(?:[\p{L}.-]+['’]s?\s+)?$/iu;
const PARTITIVE_REACH = 32;

/**
 * The whole a bare number is a part of ("five of its 14 districts", "four of the state's 14
 * districts"): the next number, when only "of" and a determiner stand between them and it is
 * larger. "One of the 12 villages" singles one out and is not read as a count.
 */
function partitiveWhole(
  body: string,
  mentions: readonly NumberMention[],
  index: number,
): NumberMention | undefined {
  const mention = mentions[index];
  const next = mentions[index + 1];
  if (!mention || !next || next.kind !== "cardinal" || mention.value < 2) return undefined;
  if (next.value <= mention.value || next.start - mention.end > PARTITIVE_REACH) return undefined;
  return PARTITIVE_GAP.test(body.slice(mention.end, next.start)) ? next : undefined;
}

// "212 passengers and 31 crew": two numbers joined in a list, each with its own counted
// thing, are two counts, not several values of one.
// A breakdown by origin ("12 Somali and 11 Yemeni pirates") names one thing in parts, and a
// player's line ("33 homers and 121 RBIs") lists tallies of one stretch of games.
function countsApart(left: NumberMention, right: NumberMention): boolean {
  const heads = [left, right].map((mention) => mention.counts);
  const texts = [left, right].map((mention) => (mention.countsText ?? "").split(" ")[0] ?? "");
  return (
    heads[0] !== undefined &&
    heads[1] !== undefined &&
    heads[0] !== heads[1] &&
    !texts.some((word) => NATIONALITIES.has(word.toLowerCase())) &&
    !heads.some((head) => PERSONAL_TALLY_HEADS.has(head?.split(" ").pop() ?? ""))
  );
}

function scoreSubject(window: Window, mention: NumberMention): string | undefined {
  // "Portland (71-55)": a team's record in brackets after its name.
  if (window.body[mention.end] === ")" && afterCapitalisedName(window.body, mention.start))
    return "record";
  const after = wordsAfter(window, mention.end, SCORE_REACH_AFTER);
  const before = wordsBefore(window, mention.start, SCORE_REACH_BEFORE).reverse();
  let subject: string | undefined;
  for (const word of [...after, ...before]) {
    subject = SCORE_SUBJECTS.get(word);
    if (subject !== undefined) break;
  }
  if (subject !== "lead" && subject !== "result") return subject;
  // A game has many scores on the way: a lead or a score "at the half" is the score of one
  // moment, compared only with the same moment's; a lead of no named moment is one of many.
  const moment = scoreMoment([
    ...wordsBefore(window, mention.start, MOMENT_REACH),
    ...wordsAfter(window, mention.end, MOMENT_REACH),
  ]);
  if (moment !== undefined) return moment;
  return subject === "lead" ? undefined : subject;
}

/** Whether an opening bracket right after a capitalised word stands before `offset`. */
function afterCapitalisedName(body: string, offset: number): boolean {
  const before = body.slice(Math.max(0, offset - 24), offset);
  if (!before.endsWith("(")) return false;
  const word = before.slice(0, -1).trimEnd().split(" ").pop() ?? "";
  return /^\p{Lu}\p{L}/u.test(word);
}

// How far from a score the words naming its moment are read.
const MOMENT_REACH = 6;
const HALF_WORDS = new Set(["half", "halftime", "half-time", "break", "interval", "intermission"]);
const PERIOD_WORDS = new Set(["quarter", "period", "inning", "innings", "frame", "set"]);
const ORDINALS = new Map([
  ["first", 1],
  ["1st", 1],
  ["second", 2],
  ["2nd", 2],
  ["third", 3],
  ["3rd", 3],
  ["fourth", 4],
  ["4th", 4],
  ["fifth", 5],
  ["5th", 5],
  ["sixth", 6],
  ["seventh", 7],
  ["eighth", 8],
  ["ninth", 9],
]);

/** The moment of a game a score belongs to ("at the half", "after the third quarter"), if named. */
function scoreMoment(words: readonly string[]): string | undefined {
  for (const [index, word] of words.entries()) {
    if (HALF_WORDS.has(word)) {
      const ordinal = ORDINALS.get(words[index - 1] ?? "");
      // "the second half" is a stretch of play, not the moment at the break.
      if (word === "half" && ordinal !== undefined) continue;
      return "moment:half";
    }
    if (PERIOD_WORDS.has(word)) {
      const ordinal = ORDINALS.get(words[index - 1] ?? "");
      if (ordinal !== undefined) return `moment:${word}-${ordinal}`;
    }
  }
  return undefined;
}

function readScore(entry: StoryArticle, mention: NumberMention, window: Window): Count | undefined {
  const subject = scoreSubject(window, mention);
  const figures = SCORE.exec(mention.text);
  if (subject === undefined || !figures) return undefined;
  // A score compares as a pair: 53-3 against 52-3, never one figure alone.
  const pair = Number(figures[1]) * 10_000 + Number(figures[2]);
  return {
    entry,
    mention,
    subject: `score:${subject}`,
    label: subject,
    outcome: "",
    low: pair,
    high: pair,
    shown: `${figures[1]}-${figures[2]}`,
    text: mention.text,
    start: mention.start,
    end: mention.end,
    context: contextStems(entry.article, mention.start, mention.end),
  };
}

/**
 * A sum of money or a percentage ("$3.2 billion in grants", "capped rent increases at 5
 * percent"): compared, like counts, with the figure of another outlet whose sentence says
 * the same around it. A whole percent may round a decimal one (52.8% reported as 53%).
 * Parts ("another $2 million") and items of a breakdown are left out, as for counts.
 */
function readAmount(
  entry: StoryArticle,
  mentions: readonly NumberMention[],
  index: number,
  window: Window,
): Count | undefined {
  const mention = mentions[index] as NumberMention;
  const before = wordsBefore(window, mention.start, 2);
  if (before.some((word) => PARTIAL_COUNT_WORDS.has(word))) return undefined;
  const { list, rangeLow } = listOrRange(entry.article.body, mentions, index);
  if (list) return undefined;
  const percent = mention.kind === "percent";
  const interval = countInterval(mention, rangeLow, false);
  const wholePercent = percent && Number.isInteger(mention.value) && rangeLow === undefined;
  const unit = mention.unit ?? "";
  return {
    entry,
    mention,
    subject: percent ? "percent" : `money:${unit}`,
    label: percent ? "percentage" : `sum (${unit || "money"})`,
    outcome: "",
    low: wholePercent ? Math.min(interval.low, mention.value - 0.5) : interval.low,
    high: wholePercent ? Math.max(interval.high, mention.value + 0.5) : interval.high,
    shown: mention.text.trim(),
    text: mention.text,
    start: mention.start,
    end: mention.end,
    context: contextStems(entry.article, mention.start, mention.end),
    near: contextStems(entry.article, mention.start, mention.end, AMOUNT_REACH),
  };
}

// How many words beside a sum or a percentage say what it measures.
const AMOUNT_REACH = 4;

function isMagnitude(window: Window, mention: NumberMention): boolean {
  // A magnitude is printed in figures on a scale of ten ("6.4", "magnitude 7"): a number
  // word beside "magnitude" ("Two magnitude-4 quakes") counts something else.
  if (!/\d/u.test(mention.text) || mention.value < 1 || mention.value >= 10) return false;
  const near = [...wordsBefore(window, mention.start, 3), ...wordsAfter(window, mention.end, 2)];
  return near.some((word) => MAGNITUDE_WORDS.has(word));
}

// "Bellamy, 52,": a capitalised word, a comma, the number and a comma.
const COMMA_GAP = /^\s*,\s*$/u;

/** The capitalised word that a comma separates from an offset ("Bellamy" in "Bellamy, 52"), if any. */
function nameBeforeComma(body: string, offset: number): string | undefined {
  const before = body.slice(Math.max(0, offset - 40), offset);
  const words = wordTokens(before);
  const last = words[words.length - 1];
  if (!last || !/^\p{Lu}/u.test(last.text)) return undefined;
  return COMMA_GAP.test(before.slice(last.end)) ? last.text : undefined;
}
const APPOSITIVE_AFTER = /^\s*,/u;
const YEAR_OLD_AFTER = /^[-‐ ]years?[-‐ ]old(?!\p{L})/iu;
const MAX_AGE = 120;

/**
 * A person's age ("Bellamy, 52,", "the 54-year-old congressman"), whose owner
 * {@link readCounts} fills in; without one it is dropped.
 */
function readAge(entry: StoryArticle, mention: NumberMention): Count | undefined {
  if (mention.kind !== "cardinal" || !Number.isInteger(mention.value)) return undefined;
  if (mention.value < 1 || mention.value > MAX_AGE || !/^\d+$/u.test(mention.text))
    return undefined;
  const body = entry.article.body;
  const after = body.slice(mention.end, mention.end + 12);
  const yearOld = YEAR_OLD_AFTER.exec(after);
  const appositive =
    mention.counts === undefined &&
    nameBeforeComma(body, mention.start) !== undefined &&
    APPOSITIVE_AFTER.test(after);
  if (!yearOld && !appositive) return undefined;
  const end = mention.end + (yearOld?.[0].length ?? 0);
  return {
    entry,
    mention,
    subject: "age",
    label: "age",
    outcome: "",
    personal: "age",
    low: mention.value,
    high: mention.value,
    shown: mention.text,
    text: body.slice(mention.start, end),
    start: mention.start,
    end,
    context: new Set(),
  };
}

function readCount(
  entry: StoryArticle,
  mentions: readonly NumberMention[],
  index: number,
): Count | undefined {
  const mention = mentions[index];
  if (!mention) return undefined;
  const body = entry.article.body;
  const sentence = sentenceAt(entry.article, mention.start);
  const window: Window = { body, start: sentence.start, end: sentence.end };
  const age = readAge(entry, mention);
  if (age) return age;
  // A number glued to a word names a thing, not a count: "AK-47", "four-by-four", "a
  // 35-year-old", "4×4".
  if (
    /(?:[\p{L}\p{N}\-‐×/]|\/\s)$/u.test(body.slice(Math.max(0, mention.start - 2), mention.start))
  )
    return undefined;
  if (
    /^[-‐×x/]\p{L}?/u.test(body.slice(mention.end, mention.end + 2)) &&
    mention.kind !== "score" &&
    !GLUED_MAGNITUDE.test(body.slice(mention.end, mention.end + 11))
  )
    return undefined;
  if (mention.kind === "score") return readScore(entry, mention, window);
  if (mention.kind === "money" || mention.kind === "percent")
    return readAmount(entry, mentions, index, window);
  if (mention.kind !== "cardinal") return undefined;
  const end = phraseEnd(body, mention);
  const context = contextStems(entry.article, mention.start, end);
  if (isMagnitude(window, mention)) {
    // Magnitudes listed together ("magnitude 2.9 and 2.2") are several quakes' and an
    // aftershock's is not the quake's.
    const near = [...wordsBefore(window, mention.start, 4), ...wordsAfter(window, mention.end, 3)];
    if (listOrRange(body, mentions, index).list || near.some((word) => AFTERSHOCK.test(word)))
      return undefined;
    const interval = countInterval(mention, undefined, true);
    for (const word of MAGNITUDE_WORDS) context.delete(stemWord(word));
    return {
      entry,
      mention,
      subject: "magnitude",
      label: "magnitude",
      outcome: "",
      ...interval,
      shown: mention.text.trim(),
      text: mention.text,
      start: mention.start,
      end: mention.end,
      context,
    };
  }
  const before = wordsBefore(window, mention.start, 2);
  if (before.some((word) => PARTIAL_COUNT_WORDS.has(word) || WINDOW_COUNT_WORDS.has(word)))
    return undefined;
  // "one of the 12 worst-hit villages": a part of the count, and the count of something else.
  if (
    /(?<!\p{L})of\s+(?:the|its|their|his|her)\s*$/iu.test(
      body.slice(Math.max(window.start, mention.start - 16), mention.start),
    )
  )
    return undefined;
  // "four of the state's 14 districts": the whole a part is taken from is the count of
  // something else, as after "of its".
  if (index > 0 && partitiveWhole(body, mentions, index - 1) === mention) return undefined;
  const clause = clauseAround(window, mention.start, end);
  const after = wordsAfter(clause, end, 3);
  const around = [...wordsBefore(clause, mention.start, 2), ...after.slice(0, 2)];
  // "38 cars left the tracks": "left" with an object is the verb, not what remains.
  const leftWithObject = after[0] === "left" && DETERMINERS.has(after[1] ?? "");
  if (!leftWithObject && around.some((word) => REMAINDER_WORDS.has(word))) return undefined;
  const { list, rangeLow } = listOrRange(body, mentions, index);
  if (list) return undefined;
  const outcome = outcomeAround(window, mention.start, end);
  let head = mention.counts;
  let label = mention.countsText ?? mention.counts ?? "";
  let countEnd = end;
  const whole = head === undefined ? partitiveWhole(body, mentions, index) : undefined;
  if (whole?.counts !== undefined) {
    // "five of its 14 districts": the part counts what the whole counts.
    head = whole.counts;
    label = whole.countsText ?? whole.counts;
    countEnd = phraseEnd(body, whole);
  } else if (head === undefined) {
    // "The death toll rose to 15": a toll counts the dead.
    if (!before.includes("to") && !before.includes("at") && !before.includes("of"))
      return undefined;
    if (!wordsBefore(window, mention.start, TOLL_REACH).includes("toll")) return undefined;
    head = "people";
    label = "death toll";
  }
  if (!HEAD.test(head)) return undefined;
  // "three bank workers-two women": a dash that opens a breakdown, not one counted phrase.
  if (/[-‐–—]\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten)(?!\p{L})/iu.test(label))
    return undefined;
  const headWords = head.split(" ");
  const last = headWords[headWords.length - 1] ?? "";
  const tally = PERSONAL_TALLY_HEADS.has(last);
  if (MEASURE_HEADS.has(last) && !tally) return undefined;
  if (headWords.some((word) => PARTIAL_COUNT_WORDS.has(word))) return undefined;
  if (
    (mention.countsText ?? "")
      .toLowerCase()
      .split(/\s+/u)
      .some((word) => PARTIAL_COUNT_WORDS.has(word))
  )
    return undefined;
  let subject = singular(head);
  if (PEOPLE.has(head)) subject = "people";
  if (DURATION_WORDS.has(last)) {
    // Durations are compared only as prison terms: "sentenced to 20 years".
    const near = [...wordsBefore(window, mention.start, 4), ...wordsAfter(window, end, 3)];
    if (!near.some((word) => PRISON_WORDS.has(word))) return undefined;
    subject = `term:${singular(last)}`;
    label = "prison term";
    if (singular(last) === "month" && mention.value > MAX_TERM_MONTHS) return undefined;
    for (const word of PRISON_WORDS) context.delete(stemWord(word));
  }
  // The words that say what is counted are the subject, not evidence that two sentences
  // talk about one count: "sentenced to 7 years" and "sentenced to 12 years" share only those.
  for (const word of [...headWords, "toll"]) context.delete(stemWord(word));
  for (const word of OUTCOME_WORDS.keys()) context.delete(stemWord(word));
  // "will serve at least 20 years": in a sentence, "at least" gives the minimum term, one
  // figure, not a floor under any larger one.
  const minimumTerm = subject.startsWith("term:") && /^at least\b/iu.test(mention.text.trim());
  const interval = minimumTerm
    ? { low: mention.value, high: mention.value }
    : countInterval(mention, rangeLow, false);
  return {
    entry,
    mention,
    subject,
    label,
    outcome,
    ...(tally ? { personal: "tally" as const } : {}),
    ...(whole ? { whole: whole.value } : {}),
    ...interval,
    shown: mention.text.trim(),
    text: body.slice(mention.start, countEnd),
    start: mention.start,
    end: countEnd,
    context,
  };
}

/**
 * The folded surname of the person an article names nearest before an offset in the same
 * sentence (by name or by a pronoun the fact extractor tied to them).
 */
function ownerBefore(
  body: string,
  mentions: readonly { start: number; end: number; key: string }[],
  sentenceStart: number,
  offset: number,
): string | undefined {
  // The last mention that ends before the number, if it starts within the sentence.
  let index = firstAtOrAfter(mentions, offset, (mention) => mention.end) - 1;
  while (index >= 0 && (mentions[index]?.end ?? 0) > offset) index--;
  const mention = mentions[index];
  if (!mention || mention.start < sentenceStart) return undefined;
  const subject = participleSubject(body, mentions, sentenceStart, mention, offset);
  return (subject ?? mention).key.split(" ").pop();
}

// ", taking 58 percent of the vote": a clause opened by a participle after a comma, with no
// other comma before the figure.
const PARTICIPLE_CLAUSE = /,\s+\p{Ll}+ing\s[^,]*$/u;
// Before a sentence's subject: nothing, or capitalised words (a party, a title) and "the".
const BEFORE_SUBJECT = /^[\s"\u201C]*(?:(?:\p{Lu}[\p{L}.'\u2019-]*|the)\s+){0,4}$/u;
// Characters read back from a figure for the participle's comma.
const PARTICIPLE_REACH = 80;

/**
 * The sentence's subject, when a figure stands in a participle clause at the sentence's end
 * ("Ms Arlen beat Tomas Reyes in the runoff, taking 58 percent of the vote"): such a
 * clause tells of the subject of the sentence, not of the person named last before it. The
 * subject is the person the sentence opens with (after a party or a title at most); a
 * sentence opened otherwise ("Police arrested Reyes, seizing 12 rifles") has no person
 * for a subject, and the nearest person stays the owner.
 */
function participleSubject<Mention extends { start: number; end: number }>(
  body: string,
  mentions: readonly Mention[],
  sentenceStart: number,
  nearest: Mention,
  offset: number,
): Mention | undefined {
  const from = Math.max(nearest.end, offset - PARTICIPLE_REACH);
  const clause = PARTICIPLE_CLAUSE.exec(body.slice(from, offset));
  if (!clause) return undefined;
  const first = mentions[firstAtOrAfter(mentions, sentenceStart, (mention) => mention.start)];
  if (!first || first === nearest || first.end > from + clause.index) return undefined;
  return BEFORE_SUBJECT.test(body.slice(sentenceStart, first.start)) ? first : undefined;
}

// "25,581 votes, or 47.2 percent, for Republican Dale Ammermann": a figure given "for" a
// person named right after it (a party or a title between) is that person's.
const FOR_OWNER = /^(?:[\s,]*(?:percent|per cent|%))?[\s,]*for\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}$/u;
const FOR_OWNER_REACH = 48;

/** The person a figure is given for ("47.2 percent, for Dale Ammermann"), if one is. */
function ownerFor(
  body: string,
  mentions: readonly { start: number; end: number; key: string }[],
  offset: number,
  sentenceEnd: number,
): string | undefined {
  const mention = personAfter(body, mentions, offset, sentenceEnd, FOR_OWNER_REACH, (gap) =>
    FOR_OWNER.test(gap),
  );
  return mention?.key.split(" ").pop();
}

/**
 * The first person named after an offset in its sentence, within `reach` characters, when
 * the words between fit (`fits` reads them).
 */
function personAfter<Mention extends { start: number; end: number }>(
  body: string,
  mentions: readonly Mention[],
  offset: number,
  sentenceEnd: number,
  reach: number,
  fits: (gap: string) => boolean,
): Mention | undefined {
  const mention = mentions[firstAtOrAfter(mentions, offset, (candidate) => candidate.end)];
  if (!mention || mention.start < offset || mention.end > sentenceEnd) return undefined;
  if (mention.start - offset > reach) return undefined;
  return fits(body.slice(offset, mention.start)) ? mention : undefined;
}

/** The one person named between two offsets, when exactly one is. */
function onlyPerson(
  mentions: readonly { start: number; end: number; key: string }[],
  from: number,
  to: number,
): string | undefined {
  const keys = new Set<string>();
  for (
    let index = firstAtOrAfter(mentions, from, (mention) => mention.end);
    index < mentions.length;
    index++
  ) {
    const mention = mentions[index];
    if (!mention || mention.end > to) break;
    if (mention.start >= from) keys.add(mention.key);
  }
  return keys.size === 1 ? [...keys][0] : undefined;
}

function previousPerson(
  entry: StoryArticle,
  mentions: readonly { start: number; end: number; key: string }[],
  sentenceStart: number,
): string | undefined {
  let at = sentenceStart - 1;
  while (at > 0 && /\s/u.test(entry.article.body[at] ?? "")) at--;
  if (at <= 0) return undefined;
  const previous = sentenceAt(entry.article, at);
  return onlyPerson(mentions, previous.start, previous.end);
}

function appositiveOwner(
  body: string,
  people: readonly { start: number; end: number; key: string }[],
  offset: number,
): string | undefined {
  const name = nameBeforeComma(body, offset);
  if (name === undefined) return undefined;
  // The person whose mention ends at the comma, with their whole key ("Katie Jenkin, 20"
  // and "John Jenkin, 23" are two people); a name the finder missed keeps its own word.
  const before = body.slice(Math.max(0, offset - 40), offset);
  const nameEnd = offset - before.length + before.lastIndexOf(name) + name.length;
  const index = firstAtOrAfter(people, nameEnd, (mention) => mention.end);
  const mention = people[index];
  if (mention && mention.end === nameEnd) return mention.key;
  return personKey(name) || undefined;
}

// How far after "the 51-year-old" the name it describes may stand, in characters.
const AGE_NAME_REACH = 40;

/**
 * The person named right after an offset in its sentence with nothing but capitalised
 * words between ("51-year-old Senior Trooper William Hakim"); "an 18-year-old daughter"
 * names no one.
 */
function nameAfter(
  body: string,
  people: readonly { start: number; end: number; key: string }[],
  offset: number,
  sentenceEnd: number,
): string | undefined {
  const mention = personAfter(body, people, offset, sentenceEnd, AGE_NAME_REACH, (gap) =>
    wordTokens(gap).every((word) => /^\p{Lu}/u.test(word.text)),
  );
  return mention?.key;
}

/**
 * Whose age an age is, only where the text ties it to one person: the name before its
 * comma ("Vandermolen, 61,"); the name right after it, past capitalised titles only ("the
 * 51-year-old Senior Trooper William Hakim"); a sentence that opens with it ("The 54-year-old congressman vowed") goes back to
 * the one person the sentence before names. Any other "-year-old" (a victim, a witness) is
 * someone the article does not name, and has no owner.
 */
function ageOwner(
  entry: StoryArticle,
  people: readonly { start: number; end: number; key: string }[],
  count: Count,
  sentenceStart: number,
  sentenceEnd: number,
): string | undefined {
  const body = entry.article.body;
  const appositive = appositiveOwner(body, people, count.start);
  if (appositive !== undefined) return appositive;
  if (!count.text.toLowerCase().includes("year")) return undefined;
  const named = nameAfter(body, people, count.end, sentenceEnd);
  if (named !== undefined) return named;
  const opensSentence = /^\s*the\s*$/iu.test(body.slice(sentenceStart, count.start));
  return opensSentence ? previousPerson(entry, people, sentenceStart) : undefined;
}

// How many sentences before a count a year may date the passage it stands in.
const HISTORY_SENTENCES = 2;

/**
 * The other time a count's passage tells of, if any: its sentence or one of the two before
 * it names a month two or more months, or a year two or more years, before the story's
 * ("acquitted in 1958 … A year later … sentenced to seven years"; "Thirty-eight cars
 * derailed on Feb. 27" in an April story). An obituary's or a profile's history holds
 * counts of other events than the story's; two outlets' counts of one past event still
 * count one thing.
 */
function otherTime(
  entry: StoryArticle,
  dates: readonly DateMention[],
  count: Count,
  storyDate: string,
): number | undefined {
  const storyMonth = monthIndex(storyDate);
  if (storyMonth === undefined) return undefined;
  // A figure of what is still to come ("would serve at least 20 years", "will face 12
  // charges") follows the story's events, whatever past its passage recalls.
  if (isFutureTense(entry.article.body, count.start, count.end)) return undefined;
  const sentence = sentenceAt(entry.article, count.start);
  let from = sentence.start;
  for (let step = 0; step < HISTORY_SENTENCES && from > 0; step++)
    from = sentenceAt(entry.article, from - 1).start;
  for (
    let index = firstAtOrAfter(dates, from, (date) => date.start);
    index < dates.length;
    index++
  ) {
    const date = dates[index];
    // Dates before the count, or later in its own sentence.
    if (!date || date.start >= sentence.end) break;
    // A date that opens a span running on to the story's time ("between 2020 and 2025",
    // "since 2021") dates a period that reaches the story, not another event.
    if (opensSpanToStory(entry.article.body, dates, index, storyMonth)) continue;
    const value = date.value ?? "";
    const month = monthIndex(value);
    // A month two or more before the story's ("In February, a quake … killed 612" in a
    // November story), or a year two or more before it.
    if (month !== undefined && month <= storyMonth - HISTORY_MONTHS) return month;
    const year = Number(value.slice(0, 4));
    if (month === undefined && /^\d{4}$/u.test(value) && year * 12 <= storyMonth - 24)
      return year * 12;
  }
  return undefined;
}

// "since 2021", "between 2020 and", "from March 2019 to": the words around a date that
// opens a span. Bounded, so each test reads a few characters.
const SINCE_BEFORE = /(?<![\p{L}])since\s$/iu;
const SPAN_TO_NEXT = /^\s?(?:and|to|through|until|till|-|\u2013)\s?$/iu;

/**
 * Whether the date at `index` opens a span whose other end is the story's time or near it:
 * "since 2021", or "between 2020 and 2025" in a 2026 story (the later end less than
 * `HISTORY_MONTHS` months, or for a year two years, before the story).
 */
function opensSpanToStory(
  body: string,
  dates: readonly DateMention[],
  index: number,
  storyMonth: number,
): boolean {
  const date = dates[index];
  if (!date) return false;
  if (SINCE_BEFORE.test(body.slice(Math.max(0, date.start - 6), date.start))) return true;
  const next = dates[index + 1];
  if (!next || next.start - date.end > 9) return false;
  if (!SPAN_TO_NEXT.test(body.slice(date.end, next.start))) return false;
  const value = next.value ?? "";
  const month = monthIndex(value);
  if (month !== undefined) return month > storyMonth - HISTORY_MONTHS;
  return /^\d{4}$/u.test(value) && Number(value) * 12 > storyMonth - 24;
}

// How many months before the story a dated passage must stand to be another event's.
const HISTORY_MONTHS = 2;

/** Months since year 0 of a `YYYY-MM` or `YYYY-MM-DD` value; undefined for anything else. */
function monthIndex(value: string): number | undefined {
  const match = /^(\d{4})-(\d{2})(?:-\d{2})?$/u.exec(value);
  if (!match) return undefined;
  return Number(match[1]) * 12 + Number(match[2]) - 1;
}

/**
 * The counts of one article that comparison may set against other outlets': cardinals
 * with what they count (not a part such as "another 5", "three other rifles", nor an item
 * of a breakdown such as "12 Somali and 11 Yemeni"), a range read as its two ends, a death
 * toll, prison terms, earthquake magnitudes and scores with what they score.
 *
 * @param entry - the article and its facts
 * @returns its counts, in text order
 */
export function readCounts(entry: StoryArticle): Count[] {
  const cached = countsByEntry.get(entry);
  if (cached) return cached;
  const mentions = [...entry.facts.numbers].sort((a, b) => a.start - b.start);
  // People's mentions by where they end, for finding whose count a number is.
  const people = entry.facts.people
    .flatMap((person) => person.mentions.map((mention) => ({ ...mention, key: person.key })))
    .sort((a, b) => a.end - b.end);
  const counts: Count[] = [];
  const sentences: number[] = [];
  const sentenceEnds: number[] = [];
  const storyDate = entry.facts.eventDate?.date ?? entry.article.published?.date ?? "";
  const dates = [...entry.facts.dates].sort((a, b) => a.start - b.start);
  for (let index = 0; index < mentions.length; index++) {
    const count = readCount(entry, mentions, index);
    if (!count) continue;
    const sentence = sentenceAt(entry.article, count.start);
    const owner =
      count.personal === "age"
        ? ageOwner(entry, people, count, sentence.start, sentence.end)
        : (ownerFor(entry.article.body, people, count.end, sentence.end) ??
          ownerBefore(entry.article.body, people, sentence.start, count.start));
    if (owner !== undefined) count.owner = owner;
    if (count.personal !== undefined && owner === undefined) continue;
    const era = otherTime(entry, dates, count, storyDate);
    if (era !== undefined) count.era = era;
    sentences.push(sentence.start);
    sentenceEnds.push(sentence.end);
    counts.push(count);
  }
  // Each count's companions: the other figures its sentence gives, counts or not ("38
  // cars jumped the track, nine of them loaded with chemicals": nine beside 38).
  for (const [index, count] of counts.entries()) {
    const sentenceStart = sentences[index] ?? 0;
    const sentenceEnd = sentenceEnds[index] ?? 0;
    const values: number[] = [];
    const counted: string[] = [];
    const from = firstAtOrAfter(mentions, sentenceStart, (mention) => mention.start);
    // A sentence's first figures only: a table run together into one "sentence" stays linear.
    const until = Math.min(mentions.length, from + MAX_SENTENCE_FIGURES);
    for (
      let other = from;
      other < until && (mentions[other]?.start ?? sentenceEnd) < sentenceEnd;
      other++
    ) {
      const mention = mentions[other];
      if (!mention || mention === count.mention || !COMPANION_KINDS.has(mention.kind)) continue;
      if (mention.value !== count.mention.value && values.length < MAX_COMPANIONS) {
        values.push(mention.value);
        if (mention.counts !== undefined) counted.push(`${mention.value}:${mention.counts}`);
      }
    }
    if (values.length > 0) count.companions = values;
    if (counted.length > 0) count.countedCompanions = counted;
  }

  // Two parts of one whole ("five of its 14 districts", "four of the state's 14 districts")
  // share that whole as they share a companion figure.
  for (const count of counts) {
    if (count.whole === undefined) continue;
    count.companions ??= [];
    if (!count.companions.includes(count.whole)) count.companions.push(count.whole);
  }
  countsByEntry.set(entry, counts);
  return counts;
}

// Counts are read once per article of a story and shared by the number rule and the
// exclusives; the memo is keyed by the story's article entry and invisible to callers.
const countsByEntry = new WeakMap<StoryArticle, Count[]>();
