/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers (days since 1970-01-01).
 * Only `Date.UTC` and `getUTC*` are used, so nothing depends on the machine's time zone.
 */
import type { IsoDate, IsoMonth } from "./types.js";

const MS_PER_DAY = 86_400_000;
/** Day number of the Excel 1900-system epoch (serial 0 = 1899-12-30, after Lotus' 1900 bug). */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

const pad2 = (n: number) => String(n).padStart(2, "0");

/** Whether year/month/day form a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `isoFromYmd(2026, 3, 9)` → `"2026-03-09"`. Throws on an impossible date (a programmer error). */
export function isoFromYmd(year: number, month: number, day: number): IsoDate {
  if (!isValidYmd(year, month, day)) throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/** Day number of an ISO date: `toDayNumber("1970-01-02")` → 1. */
export function toDayNumber(iso: IsoDate): number {
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** ISO date of a day number: `fromDayNumber(0)` → `"1970-01-01"`. */
export function fromDayNumber(day: number): IsoDate {
  const dt = new Date(day * MS_PER_DAY);
  return `${dt.getUTCFullYear()}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
}

/** `addDays("2026-12-31", 1)` → `"2027-01-01"`. */
export function addDays(iso: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(iso) + days);
}

/** Calendar days from a to b (b − a). */
export function daysBetween(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

/**
 * Serial 60 of Excel's 1900 system is 29 February 1900, a day that never was (Lotus 1-2-3's
 * leap-year rule, kept by Excel): serials before it name the day after the one the 1899-12-30
 * epoch gives (1 is 1900-01-01), serials from 61 (1900-03-01) the day it gives.
 */
export const PHANTOM_LEAP_SERIAL = 60;

/**
 * ISO date of an Excel 1900-system serial (fraction = time of day, dropped), as Excel shows it:
 * 46022 → `"2025-12-31"`, 1 → `"1900-01-01"`. Serial 60 names no day: callers refuse it
 * (cells/date.ts); here it gives 1900-02-28.
 */
export function serialToIso(serial: number): IsoDate {
  const days = Math.floor(serial);
  return fromDayNumber(EXCEL_EPOCH_DAY + days + (days < PHANTOM_LEAP_SERIAL ? 1 : 0));
}

/** Excel 1900-system serial of an ISO date, as Excel numbers it: `"1900-01-01"` → 1, `"1900-03-01"` → 61. */
export function isoToSerial(iso: IsoDate): number {
  const days = toDayNumber(iso) - EXCEL_EPOCH_DAY;
  return days <= PHANTOM_LEAP_SERIAL ? days - 1 : days;
}

/** `monthOf("2026-03-09")` → `"2026-03"`. */
export function monthOf(iso: IsoDate): IsoMonth {
  return iso.slice(0, 7);
}

/** The later of two ISO dates (string order is date order). */
export function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return a >= b ? a : b;
}

/** The earlier of two ISO dates. */
export function minDate(a: IsoDate, b: IsoDate): IsoDate {
  return a <= b ? a : b;
}
