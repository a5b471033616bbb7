/** How many holidays fall on a weekday over whole years, by prefix sums grown on demand. */
import type { HolidayCalendar } from "../types.js";
import { holidayDayNumbersOf } from "./holidays.js";

interface Prefix {
  base: number;
  /** cum[i] = weekday holidays in the years base … base + i − 1. */
  cum: number[];
}

const prefixes = new Map<HolidayCalendar, Prefix>();

/** Holidays of a year that fall Monday to Friday. */
export function weekdayHolidaysOfYear(year: number, calendar: HolidayCalendar): number {
  let n = 0;
  for (const h of holidayDayNumbersOf(year, calendar)) {
    const wd = (((h + 4) % 7) + 7) % 7;
    if (wd !== 0 && wd !== 6) n++;
  }
  return n;
}

function build(base: number, last: number, calendar: HolidayCalendar): Prefix {
  const cum = [0];
  for (let y = base; y <= last; y++) cum.push((cum[cum.length - 1] ?? 0) + weekdayHolidaysOfYear(y, calendar));
  return { base, cum };
}

/**
 * Weekday holidays in the whole years `from` … `to` inclusive (0 when from > to). Amortised O(1):
 * the table is rebuilt only when a year before its start is asked, and extended at its end.
 */
export function weekdayHolidaysInYears(from: number, to: number, calendar: HolidayCalendar): number {
  if (from > to || calendar === "aucun") return 0;
  let p = prefixes.get(calendar);
  if (!p || from < p.base) {
    const last = p ? Math.max(to, p.base + p.cum.length - 2) : to;
    p = build(from - 10, last, calendar);
    prefixes.set(calendar, p);
  }
  for (let y = p.base + p.cum.length - 1; y <= to; y++) {
    p.cum.push((p.cum[p.cum.length - 1] ?? 0) + weekdayHolidaysOfYear(y, calendar));
  }
  return (p.cum[to - p.base + 1] ?? 0) - (p.cum[from - p.base] ?? 0);
}
