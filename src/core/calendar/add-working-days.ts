/** SPEC `addWd(s, n)`: forward by working days. */
import { fromDayNumber, toDayNumber } from "../dates.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import { isWorkingDayNumber } from "./working-day.js";
import { workingDaysBetweenDays } from "./working-days-between.js";

/**
 * Moves `start` to the next working day if it is not one, then forward `n` working days
 * (n ≥ 0; a negative n is a programmer error). Long spans jump whole weeks at a time.
 * @example addWorkingDays("2026-05-09", 3, "France") // "2026-05-15" (Sat → Mon 11, then 12, 13, 15: Ascension skipped)
 */
export function addWorkingDays(start: IsoDate, n: number, calendar: HolidayCalendar): IsoDate {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`addWorkingDays: n must be a whole number ≥ 0, got ${n}`);
  let day = toDayNumber(start);
  while (!isWorkingDayNumber(day, calendar)) day++;
  let remaining = n;
  // Jump whole weeks while at least one more week stays to walk, so the jump never overshoots.
  for (let weeks = Math.floor(remaining / 5) - 1; weeks >= 1; weeks = Math.floor(remaining / 5) - 1) {
    const target = day + weeks * 7;
    remaining -= workingDaysBetweenDays(day, target, calendar);
    day = target;
  }
  while (remaining > 0) {
    day++;
    if (isWorkingDayNumber(day, calendar)) remaining--;
  }
  return fromDayNumber(day);
}
