/** Whether a day is worked: Monday to Friday, not a public holiday of the chosen calendar. */
import { fromDayNumber, toDayNumber, yearOfDayNumber } from "../dates.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import { holidayDayNumbersOf } from "./holidays.js";

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
  return fromDayNumber(day);
}
