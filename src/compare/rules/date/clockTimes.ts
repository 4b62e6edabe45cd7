import { TIME_ZONE_OFFSETS } from "../../../text/timeZones.js";
import type { Article } from "../../../types.js";

/** A clock time printed with its time zone ("9:27 a.m. PDT", "1627 GMT"). */
export interface ZonedTime {
  /** The time as printed, with its zone. */
  text: string;
  /** Offset of `text` in the body. */
  start: number;
  /** Offset one past `text`. */
  end: number;
  /** Minutes after midnight UTC, 0 to 1439. */
  utcMinutes: number;
  /** The zone as printed ("PDT"). */
  zone: string;
}

const ZONES = [...TIME_ZONE_OFFSETS.keys()]
  .filter((zone) => zone.length > 1)
  .sort((a, b) => b.length - a.length)
  .map((zone) => zone.toUpperCase())
  .join("|");
// "9:27 a.m. PDT", "9.27am (BST)", "16:27 GMT", "1627 GMT": a clock time, then its zone in
// capitals (a zone in lower case is a word). Each part is bounded, so the scan is linear.
const ZONED_TIME = new RegExp(
  `(?<![\\p{L}\\p{N}:.])(\\d{1,2})(?:[:.](\\d{2})|(\\d{2}))?\\s?(a\\.m\\.|p\\.m\\.|am|pm|AM|PM)?\\s?\\(?(${ZONES})\\)?(?![\\p{L}\\p{N}])`,
  "gu",
);

/**
 * Finds clock times printed with a time zone, converted to minutes after midnight UTC, so
 * that "9:27 a.m. PDT" and "1627 GMT" read as one moment. A bare hour needs "a.m." or
 * "p.m." (a lone "5 GMT" is too ambiguous to read).
 *
 * @param article - the article
 * @returns the times, in text order
 */
export function findZonedTimes(article: Article): ZonedTime[] {
  const found: ZonedTime[] = [];
  for (const match of article.body.matchAll(ZONED_TIME)) {
    const [text, hourText = "", minuteText, glued, meridiem, zone = ""] = match;
    const offset = TIME_ZONE_OFFSETS.get(zone.toLowerCase());
    if (offset === undefined) continue;
    // "1627 GMT" is a 24-hour time only without a meridiem; "5 GMT" alone is not a time.
    if (glued !== undefined && meridiem !== undefined) continue;
    if (minuteText === undefined && glued === undefined && meridiem === undefined) continue;
    let hour = Number(hourText);
    const minute = Number(minuteText ?? glued ?? "0");
    if (minute > 59 || hour > 23) continue;
    if (meridiem !== undefined) {
      if (hour < 1 || hour > 12) continue;
      const afternoon = meridiem.toLowerCase().startsWith("p");
      hour = (hour % 12) + (afternoon ? 12 : 0);
    }
    const utc = (((hour * 60 + minute - offset) % 1440) + 1440) % 1440;
    found.push({
      text,
      start: match.index,
      end: match.index + text.length,
      utcMinutes: utc,
      zone,
    });
  }
  return found;
}
