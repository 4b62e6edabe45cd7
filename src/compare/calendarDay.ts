const DAY = /^(\d{4})-(\d{2})-(\d{2})$/u;
const MS_PER_DAY = 86_400_000;

/**
 * Calendar days as plain numbers: a day's ISO string to a count of days and back, and its
 * weekday. The arithmetic is on the calendar only (UTC midnight as a label, never a
 * conversion), so no day is ever shifted by a time zone.
 */

/**
 * The number of a calendar day, days since 1970-01-01, or undefined for anything that is
 * not a single day (`2025-08`, an interval).
 */
export function dayNumber(value: string | undefined): number | undefined {
  const match = value === undefined ? null : DAY.exec(value);
  if (!match) return undefined;
  return Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])) / MS_PER_DAY;
}

/** The ISO string of a day number. */
export function dayString(day: number): string {
  return new Date(day * MS_PER_DAY).toISOString().slice(0, 10);
}

/** The weekday of a day number, 0 for Sunday to 6 for Saturday. */
export function weekdayOf(day: number): number {
  return new Date(day * MS_PER_DAY).getUTCDay();
}
