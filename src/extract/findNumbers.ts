import { assertText } from "../parse/validateArticle.js";
import {
  isOrdinalNumber,
  NUMBER_WORDS,
  numberWordValue,
  ORDINAL_UNIT_WORDS,
  ORDINAL_WORDS,
  SCALE_WORDS,
  SHORT_SCALE_WORDS,
  TENS_WORDS,
  UNIT_WORDS,
} from "../text/numberWords.js";
import { wordAlternation } from "../text/wordAlternation.js";
import { wordBefore } from "../text/wordBefore.js";
import type { NumberKind, NumberMention, Span } from "../types.js";
import { countedPhrase } from "./countedPhrase.js";
import { findNumberIdioms, findNumberShapes } from "./numberShapes.js";

/**
 * Numbers in digits or words with their kind, what they count, their unit and whether they
 * are approximate, so that comparison can tell a conflict ("300" vs "400 rounds") from a
 * rounding ("about 300" vs "312") and never sets a phone number against a count.
 */

const CURRENCIES: Record<string, string> = {
  $: "USD",
  us$: "USD",
  usd: "USD",
  "€": "EUR",
  eur: "EUR",
  "£": "GBP",
  gbp: "GBP",
  "¥": "JPY",
  c$: "CAD",
  a$: "AUD",
  "₽": "RUB",
  "₴": "UAH",
};

const CURRENCY_WORDS: Record<string, string> = {
  dollars: "USD",
  dollar: "USD",
  euros: "EUR",
  euro: "EUR",
  pounds: "GBP",
  rubles: "RUB",
  roubles: "RUB",
  hryvnias: "UAH",
  yen: "JPY",
  yuan: "CNY",
};

const PERCENT_WORDS: Record<string, string> = {
  "%": "%",
  percent: "%",
  "per cent": "%",
};

const MEASURE_WORDS: Record<string, string> = {
  km: "km",
  kms: "km",
  kilometers: "km",
  kilometres: "km",
  kilometer: "km",
  kilometre: "km",
  miles: "mi",
  mile: "mi",
  m: "m",
  meters: "m",
  metres: "m",
  meter: "m",
  metre: "m",
  kg: "kg",
  kgs: "kg",
  kilograms: "kg",
  tons: "t",
  tonnes: "t",
  feet: "ft",
  foot: "ft",
  degrees: "°",
  hectares: "ha",
  mm: "mm",
  millimeters: "mm",
  millimetres: "mm",
  millimeter: "mm",
  millimetre: "mm",
  cm: "cm",
  centimeters: "cm",
  centimetres: "cm",
  centimeter: "cm",
  centimetre: "cm",
  inches: "in",
  inch: "in",
};

const NOT_AFTER_WORD = "(?<![\\p{L}\\p{N}.,:/])";
const NOT_BEFORE_WORD = "(?![\\p{L}\\p{N}])";

// Cardinal words that count alone ("hundred" is a scale after another number).
const CARDINAL_WORDS = [
  ...Object.keys(NUMBER_WORDS).filter((word) => word !== "hundred"),
  "a dozen",
  "hundreds",
  "thousands",
];
const SPOKEN_SCALES = Object.keys(SCALE_WORDS).filter((word) => !SHORT_SCALE_WORDS.has(word));

// One number: optional currency, digits (with thousands separators and decimals) or number
// words, optional scale word, optional unit. Words are matched case-insensitively.
const NUMBER = new RegExp(
  `${NOT_AFTER_WORD}(?:(US\\$|C\\$|A\\$|[$€£¥₽₴])\\s?)?` +
    "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|" +
    `(?:${wordAlternation(TENS_WORDS)})[- ](?:${wordAlternation([...UNIT_WORDS, ...ORDINAL_UNIT_WORDS])})${NOT_BEFORE_WORD}|` +
    `${wordAlternation([...CARDINAL_WORDS, ...Object.keys(ORDINAL_WORDS)])}|\\d+(?:st|nd|rd|th))` +
    // "4.5 million", "€2 bn"; "5m" and "10k" only glued to the number ("40 m" is metres).
    `(?:\\s?(${wordAlternation([...SPOKEN_SCALES, "bn", "mn"])})${NOT_BEFORE_WORD}|(m|k)${NOT_BEFORE_WORD})?` +
    `(?:\\s?(${wordAlternation([...Object.keys(PERCENT_WORDS), ...Object.keys(MEASURE_WORDS), ...Object.keys(CURRENCY_WORDS)])})(?:${NOT_BEFORE_WORD}|(?<=%)))?` +
    NOT_BEFORE_WORD,
  "giu",
);

const APPROXIMATE_BEFORE =
  /(?:about|around|approximately|roughly|nearly|almost|some|more than|over|at least|up to|fewer than|less than|close to|an estimated|estimated|as many as|as much as|upwards of|under|below|above|just over|just under|~)\s*$/iu;

// Capitalised words before digits that open a sentence rather than name a label.
const LABEL_EXCEPTIONS = new Set([
  "the",
  "a",
  "an",
  "in",
  "on",
  "at",
  "by",
  "for",
  "of",
  "to",
  "with",
  "from",
  "and",
  "but",
  "some",
  "about",
  "nearly",
  "over",
  "around",
  "more",
  "almost",
  "only",
  "all",
  "just",
  "roughly",
  "approximately",
  "another",
]);

const CLOCK_AFTER =
  /^\s?(?:a\.m\.|p\.m\.|am(?![\p{L}\p{N}])|pm(?![\p{L}\p{N}])|GMT|EDT|EST|BST|CET|UTC)/u;
const BARE_YEAR = /^(?:1[89]\d\d|20\d\d)$/u;

// Spans sorted by start and merged where they overlap, so that one forward pass answers
// "does this range overlap any span" for ranges visited in text order (no all-pairs check).
function mergedSpans(spans: readonly { start: number; end: number }[]): Span[] {
  const sorted = [...spans].sort((left, right) => left.start - right.start);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last !== undefined && span.start < last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ text: "", start: span.start, end: span.end });
  }
  return merged;
}

/** Answers, for ranges asked in order of start, whether a range overlaps one of the spans. */
function overlapSweep(spans: readonly { start: number; end: number }[]) {
  const merged = mergedSpans(spans);
  let next = 0;
  return (start: number, end: number): boolean => {
    while (next < merged.length && (merged[next]?.end ?? 0) <= start) next++;
    const span = merged[next];
    return span !== undefined && span.start < end;
  };
}

function parseValue(raw: string): number | undefined {
  const lower = raw.toLowerCase();
  if (/^\d/u.test(lower)) {
    const digits = lower.replace(/,/gu, "").replace(/(?:st|nd|rd|th)$/u, "");
    const value = Number(digits);
    return Number.isFinite(value) ? value : undefined;
  }
  if (lower === "hundreds") return 100;
  if (lower === "thousands") return 1000;
  return numberWordValue(lower);
}

function unitOf(
  currency: string | undefined,
  unitWord: string | undefined,
  scale: string | undefined,
): { unit?: string; kind?: NumberKind } {
  if (currency !== undefined)
    return { unit: CURRENCIES[currency.toLowerCase()] ?? "", kind: "money" };
  if (unitWord === undefined) return {};
  const lower = unitWord.toLowerCase();
  // "500 pounds" of explosives is a weight; "50 million pounds" is money.
  if (lower === "pounds" && scale === undefined) return { unit: "lb", kind: "measure" };
  const percent = PERCENT_WORDS[lower];
  if (percent !== undefined) return { unit: percent, kind: "percent" };
  const measure = MEASURE_WORDS[lower];
  if (measure !== undefined) return { unit: measure, kind: "measure" };
  return { unit: CURRENCY_WORDS[lower] ?? lower, kind: "money" };
}

// Digits that name or time something rather than count: clock times, fractions, footnote
// markers and labels ("Article 5", "Soyuz 36").
function namesRatherThanCounts(body: string, start: number, end: number): boolean {
  const after = body.slice(end, end + 6);
  if (/^[:.]\d/u.test(after) || CLOCK_AFTER.test(after)) return true;
  if (/^\/\d/u.test(after)) return true;
  if (body[start - 1] === "[" && body[end] === "]") return true;
  // A figure grouped in thousands counts ("Marchbanks 71,842, Hatchell 66,245"): labels
  // are short ("Soyuz 36", "Route 66").
  if (/\d,\d{3}/u.test(body.slice(start, end))) return false;
  // "Gen. 5" is read back over the full stop too.
  const word = wordBefore(body, start, 16) ?? wordBefore(body, start - 1, 16);
  const labelled = word !== undefined && /^\p{Lu}/u.test(word);
  return labelled && !LABEL_EXCEPTIONS.has(word.toLowerCase());
}

/**
 * Finds numbers in digits or words with their kind (cardinal, ordinal, money, percent,
 * measure, year, phone, score), value, unit, what they count, and whether a marker such as
 * "about" or "more than" makes them approximate. Numbers inside the date spans passed are
 * skipped, and so are clock times, labels such as "Article 5" and idioms such as "first and
 * foremost" or "third countries": they name, they do not count. Runs in time linear in the
 * text (the date spans are swept once, in order).
 *
 * @param body - the article text
 * @param dateSpans - spans already read as dates, whose digits are not counts
 * @returns the number mentions in text order
 * @example
 * ```ts
 * findNumbers("Ukraine fired about 300 rounds and received $4.5 million in aid.");
 * // [{ text: "about 300", value: 300, kind: "cardinal", counts: "rounds", approximate: true, ... },
 * //  { text: "$4.5 million", value: 4500000, kind: "money", unit: "USD", approximate: false, ... }]
 * ```
 *
 * @group Extract
 */
export function findNumbers(body: string, dateSpans: readonly Span[] = []): NumberMention[] {
  assertText(body, "findNumbers");
  const inDate = overlapSweep(dateSpans);
  const shapes = findNumberShapes(body).filter((shape) => !inDate(shape.start, shape.end));
  const skipped = overlapSweep([...dateSpans, ...shapes, ...findNumberIdioms(body)]);
  const found: NumberMention[] = shapes.map(({ kind, text, start, end, value }) => ({
    text,
    start,
    end,
    value,
    kind,
    approximate: false,
  }));
  for (const match of body.matchAll(NUMBER)) {
    const [text, currency, number = "", spokenScale, shortScale, writtenUnit] = match;
    let scale = spokenScale ?? shortScale;
    let unitWord = writtenUnit;
    // No length follows a currency: "$200MM" is finance's shorthand for $200 million.
    if (currency !== undefined && unitWord !== undefined && MEASURE_WORDS[unitWord.toLowerCase()]) {
      if (scale === undefined && unitWord === "MM") scale = "million";
      unitWord = undefined;
    }
    const start = match.index;
    const end = start + text.length;
    if (skipped(start, end)) continue;
    const lowerNumber = number.toLowerCase();
    const isDigits = /^\d/u.test(number);
    if (isDigits && currency === undefined && namesRatherThanCounts(body, start, end)) continue;
    // "one" and "second" are more often pronoun and unit of time than counts in prose.
    if (
      currency === undefined &&
      unitWord === undefined &&
      scale === undefined &&
      (lowerNumber === "one" || lowerNumber === "second")
    )
      continue;
    // A capitalised number word inside a sentence belongs to a name ("First Prime Minister", "Channel One").
    if (
      !isDigits &&
      /^\p{Lu}/u.test(number) &&
      currency === undefined &&
      !/(?:^|[.!?:;"“”]\s*)$/u.test(body.slice(Math.max(0, start - 3), start))
    )
      continue;
    const base = parseValue(number);
    if (base === undefined) continue;
    const value = base * (scale === undefined ? 1 : (SCALE_WORDS[scale.toLowerCase()] ?? 1));
    const { unit, kind: unitKind } = unitOf(currency, unitWord, scale);
    const bareYear =
      isDigits && unit === undefined && scale === undefined && BARE_YEAR.test(number);
    const kind: NumberKind =
      unitKind ?? (bareYear ? "year" : isOrdinalNumber(number) ? "ordinal" : "cardinal");
    const lead = APPROXIMATE_BEFORE.exec(body.slice(Math.max(0, start - 24), start));
    const approximate = lead !== null || /^(?:hundreds|thousands)$/iu.test(lowerNumber);
    const mentionStart = lead ? start - lead[0].length : start;
    const mention: NumberMention = {
      text: body.slice(mentionStart, end),
      start: mentionStart,
      end,
      value,
      kind,
      approximate,
    };
    if (unit !== undefined) mention.unit = unit;
    if (kind === "cardinal" || kind === "ordinal") {
      const counted = countedPhrase(body, end);
      if (counted !== undefined) {
        mention.counts = counted.head;
        mention.countsText = counted.text;
      }
    }
    found.push(mention);
  }
  return found.sort((left, right) => left.start - right.start);
}
