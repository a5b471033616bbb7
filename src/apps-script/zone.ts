/**
 * Calendar dates against the spreadsheet's time zone. Sheets stores a date cell as the instant
 * of midnight in the SPREADSHEET's zone; the script's own zone (appsscript.json) is irrelevant.
 * Only `Utilities.formatDate` is used, so the V8 runtime's zone never matters.
 */
import type { IsoDate } from "../core/types.js";

/** Whether a value is a `Date` (from any realm: the fakes' or the script's). */
export function isDate(value: unknown): value is GoogleAppsScript.Base.Date {
  return Object.prototype.toString.call(value) === "[object Date]";
}

/** The calendar date a Sheets date cell shows, e.g. `"2026-03-09"`. */
export function isoInZone(date: GoogleAppsScript.Base.Date, timeZone: string): IsoDate {
  return Utilities.formatDate(date, timeZone, "yyyy-MM-dd");
}

/** Today in the spreadsheet's time zone. */
export function todayInZone(timeZone: string): IsoDate {
  return isoInZone(new Date(), timeZone);
}

function offsetMs(time: number, timeZone: string): number {
  const z = Utilities.formatDate(new Date(time), timeZone, "Z");
  const m = /^([+-])(\d{2})(\d{2})$/.exec(z);
  if (!m) return 0;
  const minutes = Number(m[2]) * 60 + Number(m[3]);
  return (m[1] === "-" ? -minutes : minutes) * 60_000;
}

/** The `Date` to write for a calendar date: midnight of that day in the spreadsheet's zone. */
export function midnightInZone(iso: IsoDate, timeZone: string): Date {
  const guess = Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10)));
  // Twice: the offset at the guess may differ from the offset at the answer across a DST change.
  const first = guess - offsetMs(guess, timeZone);
  const time = guess - offsetMs(first, timeZone);
  // A day that starts with a clock jump (Santiago, first Sunday of September) has no 00:00:
  // its first instant is the jump, which the first estimate gives (the second is the eve, 23:00).
  return new Date(isoInZone(new Date(time), timeZone) === iso ? time : first);
}
