/**
 * English number words and their values, as news spells numbers out: cardinals ("three
 * rounds", "twenty-six soldiers"), ordinals ("the third round", "twenty-first summit") and
 * scale words ("$4.5 million", "€2bn", "5k runners").
 *
 * @module
 */

/**
 * English cardinal number words and their values: units, teens, tens, "dozen" and
 * "hundred" ("three rounds", "nineteen ninety-six").
 */
export const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
  dozen: 12,
  hundred: 100,
};

/** The tens words ("twenty" to "ninety") that join a unit word with a hyphen: "twenty-six", "forty-first". */
export const TENS_WORDS: readonly string[] = Object.keys(NUMBER_WORDS).filter((word) => {
  const value = NUMBER_WORDS[word] ?? 0;
  return value >= 20 && value <= 90 && value % 10 === 0;
});

/** The unit words ("one" to "nine") that follow a tens word: "twenty-six". */
export const UNIT_WORDS: readonly string[] = Object.keys(NUMBER_WORDS).filter(
  (word) => (NUMBER_WORDS[word] ?? 0) < 10,
);

/**
 * English ordinal words and their values, from "first" to "twentieth", the tens
 * ("thirtieth", …) and the scales ("hundredth", "thousandth", "millionth").
 */
export const ORDINAL_WORDS: Readonly<Record<string, number>> = {
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
  thirteenth: 13,
  fourteenth: 14,
  fifteenth: 15,
  sixteenth: 16,
  seventeenth: 17,
  eighteenth: 18,
  nineteenth: 19,
  twentieth: 20,
  thirtieth: 30,
  fortieth: 40,
  fiftieth: 50,
  sixtieth: 60,
  seventieth: 70,
  eightieth: 80,
  ninetieth: 90,
  hundredth: 100,
  thousandth: 1_000,
  millionth: 1_000_000,
};

/**
 * The ordinal unit words ("first" to "ninth") that follow a tens word: "twenty-first",
 * "forty-fifth".
 */
export const ORDINAL_UNIT_WORDS: readonly string[] = Object.keys(ORDINAL_WORDS).filter(
  (word) => (ORDINAL_WORDS[word] ?? 0) < 10,
);

/**
 * Scale words after a number and the factor they multiply it by: "4.5 million",
 * "€2bn", "$5m", "10k". The short forms ("bn", "mn", "m", "k") are written glued to the
 * number or after a currency; "m" alone is also metres, which the reader of the number
 * decides.
 */
export const SCALE_WORDS: Readonly<Record<string, number>> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
  trillion: 1_000_000_000_000,
  k: 1_000,
  m: 1_000_000,
  mn: 1_000_000,
  bn: 1_000_000_000,
};

/** Scale words that are abbreviations ("bn", "mn", "m", "k"), not words a reader spells out. */
export const SHORT_SCALE_WORDS: ReadonlySet<string> = new Set(["k", "m", "mn", "bn"]);

/**
 * The value of a number written in words: a cardinal or ordinal word ("nine", "third"), a
 * tens word joined to a unit by a hyphen or a space ("twenty-six", "forty first"), or "a
 * dozen". Case is ignored.
 *
 * @param words - the number as written, e.g. `"Twenty-six"`, `"twenty-first"`, `"a dozen"`
 * @returns its value, or `undefined` when the words are not a number
 * @example
 * ```ts
 * numberWordValue("Twenty-six"); // 26
 * numberWordValue("twenty-first"); // 21
 * numberWordValue("a dozen"); // 12
 * numberWordValue("twenty-dozen"); // undefined
 * ```
 */
export function numberWordValue(words: string): number | undefined {
  const lower = words.toLowerCase().trim();
  if (lower === "a dozen") return 12;
  const single = NUMBER_WORDS[lower] ?? ORDINAL_WORDS[lower];
  if (single !== undefined) return single;
  const [tens = "", unit = "", ...rest] = lower.split(/[-‐\s]+/u);
  if (rest.length > 0 || !TENS_WORDS.includes(tens)) return undefined;
  const unitValue = UNIT_WORDS.includes(unit)
    ? NUMBER_WORDS[unit]
    : ORDINAL_UNIT_WORDS.includes(unit)
      ? ORDINAL_WORDS[unit]
      : undefined;
  return unitValue === undefined ? undefined : (NUMBER_WORDS[tens] ?? 0) + unitValue;
}

/**
 * Whether a number written in words or digits is an ordinal ("third", "twenty-first",
 * "21st").
 *
 * @param number - the number as written, e.g. `"twenty-first"`, `"3rd"`, `"three"`
 * @returns true for ordinals
 * @example
 * ```ts
 * isOrdinalNumber("twenty-first"); // true
 * isOrdinalNumber("21st"); // true
 * isOrdinalNumber("twenty-one"); // false
 * ```
 */
export function isOrdinalNumber(number: string): boolean {
  const last =
    number
      .toLowerCase()
      .split(/[-‐\s]+/u)
      .pop() ?? "";
  return ORDINAL_WORDS[last] !== undefined || /^\d+(?:st|nd|rd|th)$/u.test(last);
}
