import {
  addDays,
  addMonths,
  addWeeks,
  addYears,
  endOfISOWeek,
  format,
  startOfISOWeek,
} from "date-fns";

/**
 * Calendar arithmetic on plain local dates. Every date here is a calendar day held at local
 * noon, so no daylight-saving shift or UTC conversion can move it to another day.
 */

/** Reads `YYYY-MM-DD` (or the day part of an ISO date-time) as a local-noon Date. */
export function parseDay(iso: string): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})/u.exec(iso);
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]), 12);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** `YYYY-MM-DD`. */
export function dayValue(date: Date): string {
  return format(date, "yyyy-MM-dd");
}

/** `YYYY-MM`. */
export function monthValue(date: Date): string {
  return format(date, "yyyy-MM");
}

/** `YYYY`. */
export function yearValue(date: Date): string {
  return format(date, "yyyy");
}

/** The Monday-to-Sunday interval of the ISO week holding `date`, `YYYY-MM-DD/YYYY-MM-DD`. */
export function weekValue(date: Date): string {
  return `${dayValue(startOfISOWeek(date))}/${dayValue(endOfISOWeek(date))}`;
}

/** The Saturday-and-Sunday interval that ends the ISO week holding `date`. */
export function weekendValue(date: Date): string {
  const sunday = endOfISOWeek(date);
  return `${dayValue(addDays(sunday, -1))}/${dayValue(sunday)}`;
}

/** A calendar unit that relative expressions count in. */
export type CalendarUnit = "day" | "week" | "month" | "year";

/** Moves `date` by `amount` units (negative for the past). */
export function shiftDate(date: Date, unit: CalendarUnit, amount: number): Date {
  if (unit === "day") return addDays(date, amount);
  if (unit === "week") return addWeeks(date, amount);
  if (unit === "month") return addMonths(date, amount);
  return addYears(date, amount);
}

/** The value of `date` at the granularity of `unit`. */
export function valueAt(date: Date, unit: CalendarUnit): string {
  if (unit === "day") return dayValue(date);
  if (unit === "week") return weekValue(date);
  if (unit === "month") return monthValue(date);
  return yearValue(date);
}
