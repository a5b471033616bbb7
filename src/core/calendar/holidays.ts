/** Public holidays of the calendars a fiche projet may choose (SPEC §3 Working days). */
import { addDays, isoFromYmd, toDayNumber } from "../dates.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import { easterSunday } from "./easter.js";

const cache = new Map<string, ReadonlySet<IsoDate>>();
const dayCache = new Map<HolidayCalendar, Map<number, ReadonlySet<number>>>();

/** Fixed-date holidays of metropolitan France, as [month, day]. */
const FRANCE_FIXED: readonly (readonly [number, number])[] = [
  [1, 1],
  [5, 1],
  [5, 8],
  [7, 14],
  [8, 15],
  [11, 1],
  [11, 11],
  [12, 25],
];

function compute(year: number, calendar: HolidayCalendar): Set<IsoDate> {
  const out = new Set<IsoDate>();
  if (calendar === "aucun") return out;
  const easter = easterSunday(year);
  for (const [m, d] of FRANCE_FIXED) out.add(isoFromYmd(year, m, d));
  out.add(addDays(easter, 1)); // lundi de Pâques
  out.add(addDays(easter, 39)); // Ascension
  out.add(addDays(easter, 50)); // lundi de Pentecôte
  if (calendar === "Alsace-Moselle") {
    out.add(addDays(easter, -2)); // Vendredi saint
    out.add(isoFromYmd(year, 12, 26)); // Saint-Étienne
  }
  return out;
}

/**
 * The public holidays of one year (a cached, read-only set; weekend holidays included).
 * France: 1 Jan, Easter Monday, 1 May, 8 May, Ascension, Whit Monday, 14 Jul, 15 Aug, 1 Nov,
 * 11 Nov, 25 Dec. Alsace-Moselle adds Good Friday and 26 Dec. `aucun`: none.
 * @example holidaysOf(2026, "France").has("2026-05-14") // true (Ascension)
 */
export function holidaysOf(year: number, calendar: HolidayCalendar): ReadonlySet<IsoDate> {
  const key = `${calendar}:${year}`;
  let set = cache.get(key);
  if (!set) {
    set = compute(year, calendar);
    cache.set(key, set);
  }
  return set;
}

/** The same holidays as day numbers (see dates.ts), for arithmetic on spans. */
export function holidayDayNumbersOf(year: number, calendar: HolidayCalendar): ReadonlySet<number> {
  let byYear = dayCache.get(calendar);
  if (!byYear) {
    byYear = new Map();
    dayCache.set(calendar, byYear);
  }
  let set = byYear.get(year);
  if (!set) {
    set = new Set([...holidaysOf(year, calendar)].map(toDayNumber));
    byYear.set(year, set);
  }
  return set;
}
