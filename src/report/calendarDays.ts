/**
 * Days since 1970-01-01 of a calendar day, by calendar arithmetic alone (no time zone
 * enters: a report never shifts a publisher's day).
 *
 * @param day - `YYYY-MM-DD`
 * @returns the day number
 */
export function dayNumber(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split("-").map(Number);
  // Days from civil (H. Hinnant's algorithm): Date.UTC would read years 0-99 as 19xx.
  const shifted = month <= 2 ? year - 1 : year;
  const era = Math.floor(shifted / 400);
  const yearOfEra = shifted - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + date - 1;
  const dayOfEra =
    yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

const WEEKDAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];

/**
 * The English weekday abbreviation of a calendar day.
 *
 * @param day - `YYYY-MM-DD`
 * @returns `Mon` … `Sun`
 */
export function weekdayOf(day: string): string {
  return WEEKDAYS[(((dayNumber(day) + 4) % 7) + 7) % 7] ?? "";
}

/**
 * The calendar day of a day number, the inverse of {@link dayNumber} (civil from days,
 * H. Hinnant's algorithm).
 *
 * @param day - days since 1970-01-01
 * @returns `YYYY-MM-DD`
 */
export function dayFromNumber(day: number): string {
  const z = day + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra -
      Math.floor(dayOfEra / 1460) +
      Math.floor(dayOfEra / 36_524) -
      Math.floor(dayOfEra / 146_096)) /
      365,
  );
  const dayOfYear =
    dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthIndex = Math.floor((5 * dayOfYear + 2) / 153);
  const date = dayOfYear - Math.floor((153 * monthIndex + 2) / 5) + 1;
  const month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(date).padStart(2, "0")}`;
}
