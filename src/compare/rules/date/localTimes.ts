import type { Article } from "../../../types.js";
import { sentenceAt } from "../../sentenceAt.js";

/** A clock time printed without a time zone ("at about 4:20 a.m.", "the 2 p.m. meeting"). */
export interface LocalTime {
  /** The time as printed, with the words that tie it to its event ("at about 4:20 a.m."). */
  text: string;
  /** Offset of `text` in the body. */
  start: number;
  /** Offset one past `text`. */
  end: number;
  /** Minutes after local midnight, 0 to 1439. */
  minutes: number;
  /**
   * The time's "a.m." or "p.m." also ends its sentence ("… before 3 a.m. More than sixty
   * were below"), which a sentence splitter reads as an abbreviation: nothing after the
   * time tells what happened at it.
   */
  endsSentence: boolean;
}

// "4:20 a.m.", "1.15am", "10 a.m.", "2 p.m.": an hour, maybe minutes, and a meridiem.
// Bounded parts and one optional space each, so the scan is linear.
const CLOCK =
  /(?<![\p{L}\p{N}:.,$£€-])(\d{1,2})(?:[:.](\d{2}))?\s?(a\.m\.|p\.m\.|am|pm|AM|PM)(?![\p{L}\p{N}])/gu;
// A zone or a range after the time: "2 p.m. ET", "5 p.m. Eastern", "7.42pm Norwegian time",
// "(11:30 p.m. GMT)", "9 a.m. to 5 p.m.", "9am-5pm". A time in a zone belongs to the zoned
// check; a range dates no one moment.
const AFTER_TIME =
  /^\.?\s?(?:\(?\p{Lu}{2,5}(?![\p{L}])|(?:Eastern|Central|Mountain|Pacific|Atlantic|Alaska|Hawaii|Newfoundland)(?![\p{L}])|\p{Lu}[\p{L}.]{1,15}(?:\s\p{Lu}[\p{L}.]{1,15})?\stime(?![\p{L}])|(?:to|until|till|through|and|or)\s|[-–—]\s?\d)/u;
// The words that tie a time to its event ("at", "around", "shortly before") or, with a
// determiner or possessive, make it name its event ("the 10 a.m. meeting", "a 2 p.m. vote").
// A bare "after", "before", "by" or "from" bounds a time without giving it, and "between 2
// and 3 a.m." gives two; those are left out.
const TIED_BEFORE =
  /(?:(?<![\p{L}])(?:at|at about|at around|at approximately|about|around|approximately|roughly|nearly|almost|shortly after|shortly before|just after|just before|soon after|at roughly|at nearly|at just after|at just before|at shortly after|at shortly before)|(?<![\p{L}])(?:the|a|an|its|their|his|her)|['\u2019]s)\s$/iu;
// Clock times in lines that date the page, not the event ("Updated 11:15 a.m.", "posted at
// 10:04 am").
const PAGE_TIME_WORDS =
  /(?<![\p{L}])(?:updated|posted|published|modified|filed|last updated|first posted)(?![\p{L}])/iu;

/**
 * Finds clock times printed without a time zone and tied to an event ("the fire broke out
 * at about 4:20 a.m.", "the commission's 2 p.m. meeting"), as minutes after local
 * midnight. News style prints times in the local time of the place where things happened,
 * as the AP's stylebook asks, so two outlets' zoneless times of one event compare as they
 * stand. Times in a zone ("2 p.m. ET"), ranges ("9 a.m. to 5 p.m."), bounds ("after 6
 * p.m.") and the times of a page's own dateline ("Updated 11:15 a.m.") are left out.
 *
 * @param article - the article
 * @returns the times, in text order
 * @example
 * ```ts
 * findLocalTimes(article); // [{ text: "at about 4:20 a.m.", minutes: 260, … }]
 * ```
 */
export function findLocalTimes(article: Article): LocalTime[] {
  const { body } = article;
  const found: LocalTime[] = [];
  for (const match of body.matchAll(CLOCK)) {
    const [clock, hourText = "", minuteText, meridiem = ""] = match;
    const hour = Number(hourText);
    const minute = Number(minuteText ?? "0");
    if (hour < 1 || hour > 12 || minute > 59) continue;
    const clockEnd = match.index + clock.length;
    if (AFTER_TIME.test(body.slice(clockEnd, clockEnd + 40))) continue;
    const before = body.slice(Math.max(0, match.index - 32), match.index);
    const tie = TIED_BEFORE.exec(before);
    if (!tie) continue;
    const sentence = sentenceAt(article, match.index);
    const lead = body.slice(Math.max(sentence.start, match.index - 240), match.index);
    if (PAGE_TIME_WORDS.test(lead)) continue;
    const afternoon = meridiem.toLowerCase().startsWith("p");
    // A possessive ties the time to its event but is not part of it ("the board's 9 a.m.").
    const start = /^['\u2019]s/u.test(tie[0]) ? match.index : match.index - tie[0].length;
    found.push({
      text: body.slice(start, clockEnd).trim(),
      start,
      end: clockEnd,
      minutes: ((hour % 12) + (afternoon ? 12 : 0)) * 60 + minute,
      endsSentence: clock.endsWith(".") && /^\s+\p{Lu}/u.test(body.slice(clockEnd, clockEnd + 3)),
    });
  }
  return found;
}
