/** Counting working days over a span, in time independent of its length (SPEC `wd(a, b)`). */
import { toDayNumber, yearOfDayNumber } from "../dates.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import { weekdayHolidaysInYears } from "./holiday-counts.js";
import { holidayDayNumbersOf } from "./holidays.js";
import { weekdayOfDayNumber } from "./working-day.js";

/** Day number of Monday 1970-01-05, the origin of the weekday count. */
const MONDAY_ORIGIN = 4;

/** Monday–Friday days from the origin up to `day` inclusive (any consistent offset works for differences). */
function weekdaysUpTo(day: number): number {
  const k = day - MONDAY_ORIGIN;
  const weeks = Math.floor(k / 7);
  const rem = k - weeks * 7;
  return weeks * 5 + Math.min(rem + 1, 5);
}

/** {@link workingDaysBetween} on day numbers. */
export function workingDaysBetweenDays(a: number, b: number, calendar: HolidayCalendar): number {
  if (a > b) return -workingDaysBetweenDays(b, a, calendar);
  const weekdays = weekdaysUpTo(b) - weekdaysUpTo(a);
  if (calendar === "aucun" || a === b) return weekdays;
  const first = yearOfDayNumber(a + 1);
  const last = yearOfDayNumber(b);
  // Holidays in (a, b]: the edge years one by one, the whole years between from a table.
  let holidays = weekdayHolidaysInYears(first + 1, last - 1, calendar);
  holidays += weekdayHolidaysWithin(first, a, b, calendar);
  if (last !== first) holidays += weekdayHolidaysWithin(last, a, b, calendar);
  return weekdays - holidays;
}

/** The holidays of `year` that fall on a weekday in (a, b]. */
function weekdayHolidaysWithin(year: number, a: number, b: number, calendar: HolidayCalendar): number {
  let n = 0;
  for (const h of holidayDayNumbersOf(year, calendar)) {
    const wd = weekdayOfDayNumber(h);
    if (h > a && h <= b && wd !== 0 && wd !== 6) n++;
  }
  return n;
}

/**
 * SPEC `wd(a, b)`: for a ≤ b, the working days d with a < d ≤ b; for a > b, −wd(b, a).
 * @example workingDaysBetween("2026-05-13", "2026-05-15", "France") // 1 (Ascension on the 14th)
 */
export function workingDaysBetween(a: IsoDate, b: IsoDate, calendar: HolidayCalendar): number {
  return workingDaysBetweenDays(toDayNumber(a), toDayNumber(b), calendar);
}

/**
 * A step's duration: max(1, working days in [start, finish] inclusive).
 * @example stepDuration("2026-03-02", "2026-03-06", "France") // 5
 */
export function stepDuration(start: IsoDate, finish: IsoDate, calendar: HolidayCalendar): number {
  return Math.max(1, workingDaysBetweenDays(toDayNumber(start) - 1, toDayNumber(finish), calendar));
}
