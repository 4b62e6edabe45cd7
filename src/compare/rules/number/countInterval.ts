import type { NumberMention } from "../../../types.js";

/** The values a number's words allow: "at least 26" is 26 or more, "about 300" 300 give or take. */
export interface CountInterval {
  /** The least value allowed. */
  low: number;
  /** The greatest value allowed. */
  high: number;
}

const AT_LEAST =
  /^(?:at least|more than|over|above|upwards of|just over|in excess of|no fewer than|no less than)\b/iu;
const AT_MOST =
  /^(?:up to|as many as|as much as|fewer than|less than|under|below|no more than|at most)\b/iu;
const JUST_BELOW = /^(?:nearly|almost|just under|close to|approaching)\b/iu;
const ABOUT =
  /^(?:about|around|approximately|roughly|some|an estimated|estimated|approx\.?|~|circa|an? approximate)\b/iu;
// How far "about" reaches, as a share of the value.
const ABOUT_SHARE = 0.15;

/**
 * The rounding a printed number may stand for: the largest power of ten dividing it (300
 * may be 312 rounded, 23 is 23). Below 100 newsrooms print counts exactly: 20 pirates
 * against 23 is a disagreement, not a rounding.
 */
function roundingStep(value: number): number {
  if (!Number.isInteger(value) || value < 100) return 0;
  let step = 1;
  while (value % (step * 10) === 0 && step * 10 <= value) step *= 10;
  return step === 1 ? 0 : step;
}

/** The rounding of a number with decimals (4.5 million may be 4.46 million; 5.6 is 5.6). */
function decimalStep(mention: NumberMention): number {
  const digits = /(?<!\d)(\d+)\.(\d+)/u.exec(mention.text);
  if (!digits) return 0;
  const scale = mention.value / Number(`${digits[1]}.${digits[2]}`);
  return scale > 1 ? scale / 10 ** (digits[2]?.length ?? 0) : 0;
}

/**
 * The interval of values a number's words allow: "at least 26" is [26, ∞), "up to three"
 * [0, 3], "nearly 100" a little below 100, "about 300" 300 ± 15%, a range "20 to 30" both
 * ends; a bare round number allows what rounds to it (300 is 250 to 350), and "hundreds"
 * or "thousands" the whole order of magnitude.
 *
 * @param mention - the number as the fact extractor read it
 * @param rangeLow - the lower end when the number closes a range ("20 to 30")
 * @param exact - read decimals as exact (an earthquake's magnitude is given to the tenth)
 * @returns the interval
 */
export function countInterval(
  mention: NumberMention,
  rangeLow: number | undefined,
  exact: boolean,
): CountInterval {
  const value = mention.value;
  const lead = mention.text.trim();
  if (rangeLow !== undefined) return { low: Math.min(rangeLow, value), high: value };
  if (/^(?:hundreds|thousands)$/iu.test(lead)) return { low: value, high: value * 10 - 1 };
  if (/^dozens$/iu.test(lead)) return { low: 24, high: 144 };
  // Half a rounding step either side, never more than a quarter of the value.
  const step = exact ? 0 : Math.min(Math.max(roundingStep(value), decimalStep(mention)), value / 2);
  const reach = Math.max(step / 2, mention.approximate ? value * ABOUT_SHARE : 0);
  if (AT_LEAST.test(lead)) return { low: value, high: Number.POSITIVE_INFINITY };
  if (AT_MOST.test(lead)) return { low: 0, high: value };
  if (JUST_BELOW.test(lead))
    return { low: value - Math.max(reach, value * ABOUT_SHARE), high: value };
  if (ABOUT.test(lead)) {
    const around = Math.max(reach, value * ABOUT_SHARE);
    return { low: value - around, high: value + around };
  }
  return { low: value - step / 2, high: value + step / 2 };
}
