/** The default status date: today as a calendar date in the Europe/Paris time zone. */
import type { IsoDate } from "../core/types.js";

/** The time zone whose calendar day is "today" for the CLI (the authority is French). */
export const CLI_TIME_ZONE = "Europe/Paris";

/**
 * The calendar date of an instant in a time zone, independent of the machine's TZ.
 * @example calendarDateIn(new Date("2026-11-28T23:30:00Z")) // "2026-11-29" (Paris is UTC+1)
 */
export function calendarDateIn(instant: Date, timeZone: string = CLI_TIME_ZONE): IsoDate {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" })
    .formatToParts(instant)
    .reduce<Record<string, string>>((acc, p) => {
      acc[p.type] = p.value;
      return acc;
    }, {});
  return `${parts.year}-${parts.month}-${parts.day}`;
}
