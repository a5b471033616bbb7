/**
 * Calendar dates as `YYYY-MM-DD` strings and day numbers (days since 1970-01-01).
 * Only `Date.UTC` and `getUTC*` are used, so nothing depends on the machine's time zone.
 */
import type { IsoDate, IsoMonth } from "./types.js";

const MS_PER_DAY = 86_400_000;
/** Day number of the Excel 1900-system epoch (serial 0 = 1899-12-30, after Lotus' 1900 bug). */
const EXCEL_EPOCH_DAY = Date.UTC(1899, 11, 30) / MS_PER_DAY;

/** `"00"` … `"31"`: months and days written without a `padStart` per date. */
const TWO_DIGITS: readonly string[] = Array.from({ length: 32 }, (_, n) => String(n).padStart(2, "0"));
const pad2 = (n: number) => TWO_DIGITS[n] ?? String(n).padStart(2, "0");

/** Days of each month of a common year, January first. */
const MONTH_DAYS: readonly number[] = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** Days in `month` (1–12) of `year`. */
function daysInMonth(year: number, month: number): number {
  return month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0);
}

/** Whether year/month/day form a real calendar date. */
export function isValidYmd(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1000 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

/** `isoFromYmd(2026, 3, 9)` → `"2026-03-09"`. Throws on an impossible date (a programmer error). */
export function isoFromYmd(year: number, month: number, day: number): IsoDate {
  if (!isValidYmd(year, month, day)) throw new RangeError(`Invalid date ${year}-${month}-${day}`);
  return `${year}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Day number of a proleptic Gregorian date (days since 1970-01-01), by integer arithmetic
 * (H. Hinnant's `days_from_civil`): what `Date.UTC(year, month - 1, day) / MS_PER_DAY` gives for
 * a month 1–12 and a year from 100 (Date.UTC reads 0–99 as 1900–1999), any day (a day past the
 * month's end runs on into the next, as with Date.UTC), without a `Date` per call.
 */
export function dayNumberOfYmd(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const monthFromMarch = month > 2 ? month - 3 : month + 9;
  const dayOfYear = Math.floor((153 * monthFromMarch + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

/**
 * The number the `count` ASCII digits of `s` from `at` spell, or -1 when one is not a digit:
 * the canonical `YYYY-MM-DD` and `YYYY-MM` texts are read with it, without regular expressions.
 * @example digitsAt("2026-03-09", 5, 2) // 3
 */
export function digitsAt(s: string, at: number, count: number): number {
  let n = 0;
  for (let i = at; i < at + count; i++) {
    const d = s.charCodeAt(i) - 48;
    if (d < 0 || d > 9) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** Day number of an ISO date: `toDayNumber("1970-01-02")` → 1. */
export function toDayNumber(iso: IsoDate): number {
  // Dates are counted over and over by the schedule and the calendar: a canonical
  // `YYYY-MM-DD` (years 1000–9999) is read digit by digit, anything else through Date.UTC.
  if (iso.length === 10 && iso.charCodeAt(4) === 45 && iso.charCodeAt(7) === 45) {
    const y = digitsAt(iso, 0, 4);
    const m = digitsAt(iso, 5, 2);
    const d = digitsAt(iso, 8, 2);
    if (y >= 1000 && m >= 1 && m <= 12 && d >= 0) return dayNumberOfYmd(y, m, d);
  }
  const y = Number(iso.slice(0, 4));
  const m = Number(iso.slice(5, 7));
  const d = Number(iso.slice(8, 10));
  return Date.UTC(y, m - 1, d) / MS_PER_DAY;
}

/** A calendar date as numbers (month 1–12). */
interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The proleptic Gregorian date of a whole day number, by integer arithmetic (H. Hinnant's
 * `civil_from_days`): what `new Date(day * MS_PER_DAY)`'s UTC fields give, without a `Date`.
 */
function ymdOfDayNumber(dayNumber: number): Ymd {
  const z = dayNumber + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const monthFromMarch = Math.floor((5 * dayOfYear + 2) / 153);
  const month = monthFromMarch < 10 ? monthFromMarch + 3 : monthFromMarch - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  return { year, month, day: dayOfYear - Math.floor((153 * monthFromMarch + 2) / 5) + 1 };
}

/** The day numbers a `Date` can hold: ±100 000 000 days around 1970. */
const DATE_DAYS = 100_000_000;

/** Whether a day number is a whole day a `Date` can hold. */
function isWholeDateDay(day: number): boolean {
  return Number.isInteger(day) && Math.abs(day) <= DATE_DAYS;
}

/**
 * Year of a day number: `yearOfDayNumber(0)` → 1970. The calendar asks it for every day it
 * looks at, hence arithmetic rather than a `Date` (kept for a fraction of a day or out of range).
 */
export function yearOfDayNumber(day: number): number {
  if (day >= lastYear.first && day <= lastYear.last) return lastYear.year;
  if (!isWholeDateDay(day)) return new Date(day * MS_PER_DAY).getUTCFullYear();
  const year = ymdOfDayNumber(day).year;
  // The first and last years a Date holds are cut short: beyond their ends, Date says NaN.
  const first = Math.max(dayNumberOfYmd(year, 1, 1), -DATE_DAYS);
  lastYear = { year, first, last: Math.min(dayNumberOfYmd(year, 12, 31), DATE_DAYS) };
  return year;
}

/**
 * The year {@link yearOfDayNumber} last computed, with its first and last day numbers: the
 * calendar walks day after day, so the next day asked is nearly always in it.
 */
let lastYear = { year: 1970, first: 0, last: 364 };

/** ISO date of a day number: `fromDayNumber(0)` → `"1970-01-01"`. */
export function fromDayNumber(day: number): IsoDate {
  if (!isWholeDateDay(day)) {
    // A fraction of a day (dropped) or out of a Date's range (NaN-NaN-NaN): Date's own answer.
    const dt = new Date(day * MS_PER_DAY);
    return `${dt.getUTCFullYear()}-${pad2(dt.getUTCMonth() + 1)}-${pad2(dt.getUTCDate())}`;
  }
  const ymd = ymdOfDayNumber(day);
  return `${ymd.year}-${pad2(ymd.month)}-${pad2(ymd.day)}`;
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
