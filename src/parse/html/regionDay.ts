/**
 * The day a moment falls on where a page is read: a UTC stamp of 00:02 on 5 November is
 * the evening of 4 November everywhere in the United States.
 *
 * @module
 */

/** A calendar day and clock time in one zone, with that zone's offset then. */
export interface ZoneMoment {
  /** `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, 24-hour. */
  time: string;
  /** `+HH:MM` or `-HH:MM`. */
  offset: string;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat | undefined {
  let formatter = formatters.get(zone);
  if (formatter === undefined) {
    try {
      formatter = new Intl.DateTimeFormat("en-US", {
        timeZone: zone,
        year: "numeric",
        month: "2-digit",
        day: "2-digit",
        hour: "2-digit",
        minute: "2-digit",
        hourCycle: "h23",
      });
    } catch {
      return undefined;
    }
    formatters.set(zone, formatter);
  }
  return formatter;
}

function momentIn(milliseconds: number, zone: string): ZoneMoment | undefined {
  const formatter = formatterFor(zone);
  if (formatter === undefined) {
    return undefined;
  }
  const parts: Record<string, string> = {};
  for (const part of formatter.formatToParts(milliseconds)) parts[part.type] = part.value;
  const { year, month, day, hour, minute } = parts;
  if (!year || !month || !day || !hour || !minute) {
    return undefined;
  }
  const date = `${year}-${month}-${day}`;
  const time = `${hour}:${minute}`;
  const minutes = Math.round(
    (Date.parse(`${date}T${time}:00Z`) - Math.floor(milliseconds / 60_000) * 60_000) / 60_000,
  );
  const sign = minutes < 0 ? "-" : "+";
  const absolute = Math.abs(minutes);
  const offset = `${sign}${String(Math.floor(absolute / 60)).padStart(2, "0")}:${String(absolute % 60).padStart(2, "0")}`;
  return { date, time, offset };
}

/**
 * The local day of a moment in a country, when every one of its time zones puts the moment
 * on that day (its clock time and offset too when the zones also agree on those).
 *
 * @param milliseconds - the moment, since the epoch
 * @param zones - the country's IANA zones
 * @returns the shared day, or undefined when the zones disagree or none is given
 */
export function regionDay(
  milliseconds: number,
  zones: readonly string[],
): { date: string; time?: string; offset?: string } | undefined {
  let shared: ZoneMoment | undefined;
  let sameClock = true;
  for (const zone of zones) {
    const moment = momentIn(milliseconds, zone);
    if (moment === undefined) {
      return undefined;
    }
    if (shared === undefined) {
      shared = moment;
      continue;
    }
    if (moment.date !== shared.date) {
      return undefined;
    }
    if (moment.offset !== shared.offset) sameClock = false;
  }
  if (shared === undefined) {
    return undefined;
  }
  return sameClock ? shared : { date: shared.date };
}
