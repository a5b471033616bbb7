/** Whether a day is worked: Monday to Friday, not a public holiday of the chosen calendar. */
import { addDays, toDayNumber } from "../dates.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import { holidayDayNumbersOf } from "./holidays.js";

/** Year of a day number (days since 1970-01-01). */
export function yearOfDayNumber(day: number): number {
  return new Date(day * 86_400_000).getUTCFullYear();
}

/** 0 = Sunday … 6 = Saturday, for a day number. */
export function weekdayOfDayNumber(day: number): number {
  return (((day + 4) % 7) + 7) % 7;
}

/** {@link isWorkingDay} on a day number. */
export function isWorkingDayNumber(day: number, calendar: HolidayCalendar): boolean {
  const wd = weekdayOfDayNumber(day);
  if (wd === 0 || wd === 6) return false;
  if (calendar === "aucun") return true;
  return !holidayDayNumbersOf(yearOfDayNumber(day), calendar).has(day);
}

/**
 * Whether `iso` is a working day.
 * @example isWorkingDay("2026-05-14", "France") // false (Ascension)
 */
export function isWorkingDay(iso: IsoDate, calendar: HolidayCalendar): boolean {
  return isWorkingDayNumber(toDayNumber(iso), calendar);
}

/**
 * The first working day strictly after `iso`.
 * @example nextWorkingDay("2026-05-13", "France") // "2026-05-15" (Ascension skipped)
 */
export function nextWorkingDay(iso: IsoDate, calendar: HolidayCalendar): IsoDate {
  let day = toDayNumber(iso) + 1;
  while (!isWorkingDayNumber(day, calendar)) day++;
  return addDays(iso, day - toDayNumber(iso));
}
