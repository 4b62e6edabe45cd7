import { NUMBER_WORDS } from "../text/numberWords.js";
import type { NumberMention, Span } from "../types.js";

/**
 * Numbers in digits or words with what they count, their unit and whether they are
 * approximate, so that comparison can tell a conflict ("300" vs "400 rounds") from a
 * rounding ("about 300" vs "312").
 */

const ORDINALS: Record<string, number> = {
  first: 1,
  second: 2,
  third: 3,
  fourth: 4,
  fifth: 5,
  sixth: 6,
  seventh: 7,
  eighth: 8,
  ninth: 9,
  tenth: 10,
  eleventh: 11,
  twelfth: 12,
  twentieth: 20,
  hundredth: 100,
};

const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
  k: 1_000,
};

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

const UNITS: Record<string, string> = {
  "%": "%",
  percent: "%",
  "per cent": "%",
  km: "km",
  kilometers: "km",
  kilometres: "km",
  kilometer: "km",
  kilometre: "km",
  miles: "mi",
  mile: "mi",
  meters: "m",
  metres: "m",
  meter: "m",
  metre: "m",
  kg: "kg",
  kgs: "kg",
  kms: "km",
  kilograms: "kg",
  tons: "t",
  tonnes: "t",
  feet: "ft",
  foot: "ft",
  degrees: "°",
  hectares: "ha",
};

// One number: optional currency, digits (with thousands separators and decimals) or a
// number word, optional scale word, optional unit. Words are matched case-insensitively.
const NUMBER = new RegExp(
  "(?<![\\p{L}\\p{N}.,:/])(US\\$|C\\$|A\\$|[$€£¥₽₴])?\\s?" +
    "(\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](?:one|two|three|four|five|six|seven|eight|nine)(?![\\p{L}\\p{N}])|" +
    "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|a dozen|dozen|hundreds|thousands|" +
    "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|twentieth|\\d+(?:st|nd|rd|th))" +
    "(?:\\s?(hundred|thousand|million|billion|trillion|bn|mn|m|k)(?![\\p{L}\\p{N}]))?" +
    "(?:\\s?(%|percent|per cent|km|kilomet(?:er|re)s?|kms|miles?|met(?:er|re)s?|kgs|kg|kilograms|tons|tonnes|feet|foot|degrees|hectares|dollars?|euros?|pounds|rubles|roubles|hryvnias|yen|yuan)(?![\\p{L}\\p{N}]))?" +
    "(?![\\p{L}\\p{N}])",
  "giu",
);

const APPROXIMATE_BEFORE =
  /(?:about|around|approximately|roughly|nearly|almost|some|more than|over|at least|up to|fewer than|less than|close to|an estimated|estimated|as many as|as much as|upwards of|under|below|above|just over|just under|~)\s*$/iu;

// Words that end the counted noun phrase.
const COUNT_STOP = new Set([
  "the",
  "a",
  "an",
  "and",
  "or",
  "but",
  "in",
  "on",
  "at",
  "to",
  "for",
  "with",
  "by",
  "from",
  "that",
  "which",
  "who",
  "said",
  "says",
  "was",
  "were",
  "is",
  "are",
  "have",
  "has",
  "had",
  "will",
  "would",
  "be",
  "been",
  "than",
  "as",
  "per",
  "since",
  "after",
  "before",
  "ago",
  "earlier",
  "later",
  "each",
  "it",
  "they",
  "he",
  "she",
  "we",
  "this",
  "these",
  "those",
  "into",
  "over",
  "under",
  "about",
  "up",
  "out",
  "last",
  "next",
  "more",
  "less",
  "if",
  "when",
  "while",
  "not",
  "so",
]);
// A word, or an initialism such as "U.S." ("38,000 U.S. troops").
const COUNT_WORD = /^(?:(?:\p{Lu}\.){2,}|[\p{L}\p{M}][\p{L}\p{M}'’-]*)/u;
const MAX_COUNT_WORDS = 4;
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
const PLURAL_NOUN = /[^s]s$/u;
const IRREGULAR_PLURALS = new Set([
  "people",
  "children",
  "men",
  "women",
  "police",
  "staff",
  "personnel",
  "troops",
  "civilians",
  "sheep",
  "aircraft",
]);

function parseValue(raw: string): number | undefined {
  const lower = raw.toLowerCase();
  if (/^\d/u.test(lower)) {
    const digits = lower.replace(/,/gu, "").replace(/(?:st|nd|rd|th)$/u, "");
    const value = Number(digits);
    return Number.isFinite(value) ? value : undefined;
  }
  if (lower === "a dozen") return 12;
  if (lower === "hundreds") return 100;
  if (lower === "thousands") return 1000;
  const [tens, unit] = lower.split(/[- ]/u);
  if (unit !== undefined) return (NUMBER_WORDS[tens ?? ""] ?? 0) + (NUMBER_WORDS[unit] ?? 0);
  return NUMBER_WORDS[lower] ?? ORDINALS[lower];
}

// The noun phrase after a number: "rounds of bilateral talks", "Somali pirates".
function countedPhrase(body: string, from: number): string | undefined {
  const words: string[] = [];
  let position = from;
  while (words.length < MAX_COUNT_WORDS) {
    const gap = /^ /u.exec(body.slice(position, position + 1));
    if (!gap) break;
    const match = COUNT_WORD.exec(body.slice(position + 1, position + 41));
    if (!match) break;
    const word = match[0];
    const lower = word.toLowerCase();
    if (COUNT_STOP.has(lower)) break;
    // "of" joins only when a further word follows: "prisoners of war exchanges".
    if (lower === "of" && words.length === 0) break;
    // A past form after the noun is the verb: "21st summit opened".
    if (words.length > 0 && lower.length > 3 && lower.endsWith("ed")) break;
    words.push(word);
    position += 1 + word.length;
    // A plural noun ends the phrase unless "of" continues it: "rounds of bilateral talks".
    if (
      lower !== "of" &&
      (PLURAL_NOUN.test(lower) || IRREGULAR_PLURALS.has(lower)) &&
      !/^ of /u.test(body.slice(position, position + 4))
    )
      break;
  }
  while (words.length > 0 && words[words.length - 1]?.toLowerCase() === "of") words.pop();
  return words.length > 0 ? words.join(" ") : undefined;
}

function overlaps(start: number, end: number, spans: readonly Span[]): boolean {
  return spans.some((span) => start < span.end && span.start < end);
}

/**
 * Finds cardinal and ordinal numbers, in digits or words, with their value, unit (currency,
 * percent, distance, weight), what they count, and whether a marker such as "about" or
 * "more than" makes them approximate. Numbers inside date expressions are skipped (pass
 * their spans), and so are bare years (1900–2099 without a unit), clock times and labels
 * such as "Article 5" or "Soyuz 36": they name, they do not count.
 *
 * @param body - the article text
 * @param dateSpans - spans already read as dates, whose digits are not counts
 * @returns the number mentions in text order
 * @example
 * ```ts
 * findNumbers("Ukraine fired about 300 rounds and received $4.5 million in aid.");
 * // [{ text: "about 300", value: 300, counts: "rounds", approximate: true, ... },
 * //  { text: "$4.5 million", value: 4500000, unit: "USD", approximate: false, ... }]
 * ```
 */
export function findNumbers(body: string, dateSpans: readonly Span[] = []): NumberMention[] {
  const found: NumberMention[] = [];
  for (const match of body.matchAll(NUMBER)) {
    const [text, currency, number = "", scale, unitWord] = match;
    const start = match.index;
    const end = start + text.length;
    if (overlaps(start, end, dateSpans)) continue;
    // Footnote markers ("[9]") point at sources; they count nothing.
    if (body[start - 1] === "[" && body[end] === "]") continue;
    const lowerNumber = number.toLowerCase();
    const isDigits = /^\d/u.test(number);
    // Clock times ("10:35", "5 p.m.") and bare years are not counts.
    const after = body.slice(end, end + 6);
    if (
      isDigits &&
      (/^[:.]\d/u.test(after) ||
        /^\s?(?:a\.m\.|p\.m\.|am(?![\p{L}\p{N}])|pm(?![\p{L}\p{N}])|GMT|EDT|EST|BST|CET|UTC)/u.test(
          after,
        ))
    )
      continue;
    if (isDigits && !currency && !scale && !unitWord && /^(?:1[89]\d\d|20\d\d)$/u.test(number))
      continue;
    // Labels: a capitalised word right before the digits ("Article 5", "Soyuz 36").
    const label = /(\p{Lu}[\p{L}.]*)\s$/u.exec(body.slice(Math.max(0, start - 16), start));
    if (isDigits && !currency && label && !LABEL_EXCEPTIONS.has((label[1] ?? "").toLowerCase()))
      continue;
    // "one" and "second" are more often pronoun and unit of time than counts in prose.
    if (!currency && !unitWord && !scale && (lowerNumber === "one" || lowerNumber === "second"))
      continue;
    // A capitalised number word inside a sentence belongs to a name ("First Prime Minister", "Channel One").
    if (
      !isDigits &&
      /^\p{Lu}/u.test(number) &&
      !currency &&
      !/(?:^|[.!?:;"“”]\s*)$/u.test(body.slice(Math.max(0, start - 3), start))
    ) {
      continue;
    }
    const base = parseValue(number);
    if (base === undefined) continue;
    const scaleValue = scale ? (SCALES[scale.toLowerCase()] ?? 1) : 1;
    const value = base * scaleValue;
    // "500 pounds" of explosives is a weight; "50 million pounds" is money.
    const poundsOfWeight = unitWord?.toLowerCase() === "pounds" && !scale;
    const unit = poundsOfWeight
      ? "lb"
      : currency
        ? CURRENCIES[currency.toLowerCase()]
        : unitWord
          ? (UNITS[unitWord.toLowerCase()] ?? CURRENCY_WORDS[unitWord.toLowerCase()])
          : undefined;
    const lead = APPROXIMATE_BEFORE.exec(body.slice(Math.max(0, start - 24), start));
    const approximate = lead !== null || /^(?:hundreds|thousands|dozens?)$/iu.test(lowerNumber);
    const mentionStart = lead ? start - lead[0].length : start;
    const mention: NumberMention = {
      text: body.slice(mentionStart, end),
      start: mentionStart,
      end,
      value,
      approximate,
    };
    if (unit !== undefined) mention.unit = unit;
    const counts =
      unit === undefined || !["%", "USD", "EUR", "GBP"].includes(unit)
        ? countedPhrase(body, end)
        : undefined;
    if (counts !== undefined && unit === undefined) mention.counts = counts;
    found.push(mention);
  }
  return found;
}
