import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  dayNumberOfYmd,
  fromDayNumber,
  isLeapYear,
  isValidYmd,
  toDayNumber,
  yearOfDayNumber,
} from "../../src/core/dates.js";

const MS_PER_DAY = 86_400_000;
/** What the integer arithmetic replaces: `Date`'s own reading of an ISO date… */
const dateToDayNumber = (iso: string) =>
  Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / MS_PER_DAY;
/** …and of a day number. */
const dateFromDayNumber = (day: number) => {
  const dt = new Date(day * MS_PER_DAY);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${dt.getUTCFullYear()}-${pad(dt.getUTCMonth() + 1)}-${pad(dt.getUTCDate())}`;
};

describe("toDayNumber", () => {
  // A canonical YYYY-MM-DD of years 1000–9999 is read digit by digit; the rest goes through Date.UTC.
  it.each<[string, string, number]>([
    ["the epoch", "1970-01-01", 0],
    ["the day after", "1970-01-02", 1],
    ["a leap day", "2028-02-29", 21_243],
    ["before the epoch", "1899-12-30", -25_569],
    ["year 1000, the first read digit by digit", "1000-01-01", -354_285],
    ["day 00 (the month's eve, as Date.UTC)", "2026-03-00", 20_512],
    ["day 31 of a 30-day month (runs on, as Date.UTC)", "2026-04-31", 20_574],
    ["month 13 (Date.UTC's next January)", "2026-13-01", 20_819],
    ["month 00", "2026-00-15", 20_437],
    ["year 0999", "0999-12-31", -354_286],
    ["year 0050 (Date.UTC's 1950)", "0050-06-01", -7_154],
    ["a letter in the year", "20a6-01-01", Number.NaN],
    ["a one-digit month", "2026-3-01", Number.NaN],
    ["a time after the date", "2026-03-01T10:00", 20_513],
    ["too short", "2026-03-1", 20_513],
    ["empty (Date.UTC reads 1899-11-30)", "", -25_599],
  ])("%s: %s", (_name, iso, day) => {
    expect(toDayNumber(iso)).toBe(day);
    expect(toDayNumber(iso)).toBe(dateToDayNumber(iso));
  });

  it("agrees with Date.UTC on every day of years 1000–9999", () => {
    const ymd = fc.tuple(
      fc.integer({ min: 1000, max: 9999 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 0, max: 31 }),
    );
    fc.assert(
      fc.property(ymd, ([y, m, d]) => {
        const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
        expect(toDayNumber(iso)).toBe(dateToDayNumber(iso));
        expect(dayNumberOfYmd(y, m, d)).toBe(Date.UTC(y, m - 1, d) / MS_PER_DAY);
      }),
      { numRuns: 2000 },
    );
  });
});

describe("fromDayNumber and yearOfDayNumber", () => {
  // Whole days in a Date's range are computed; a fraction, NaN or a day beyond go through Date.
  it.each<[string, number, string]>([
    ["the epoch", 0, "1970-01-01"],
    ["the day before", -1, "1969-12-31"],
    ["a leap day", 21_243, "2028-02-29"],
    ["1 March after a leap day", 21_244, "2028-03-01"],
    ["a century that is not leap", -25_508, "1900-03-01"],
    ["year 0", -719_528, "0-01-01"],
    ["a negative year", -719_529, "-1-12-31"],
    ["the last day a Date holds", 100_000_000, "275760-09-13"],
    ["one day beyond", 100_000_001, "NaN-NaN-NaN"],
    ["a fraction of a day, dropped", 0.5, "1970-01-01"],
    ["a negative fraction, the day it falls in", -0.5, "1969-12-31"],
    ["NaN", Number.NaN, "NaN-NaN-NaN"],
  ])("%s: %s", (_name, day, iso) => {
    expect(fromDayNumber(day)).toBe(iso);
    expect(fromDayNumber(day)).toBe(dateFromDayNumber(day));
    expect(yearOfDayNumber(day)).toEqual(new Date(day * MS_PER_DAY).getUTCFullYear());
  });

  // yearOfDayNumber remembers the last year it computed: days asked in and around it, in turn.
  it("yearOfDayNumber around the year it remembers", () => {
    const days = [100, 0, 364, 364.5, 365, 364, -0.5, -1, 0.5, Number.NaN, 729, 730, 0];
    days.push(100_000_000, 100_000_001, 99_999_999, -100_000_000, -100_000_001, -99_999_999);
    expect(days.map(yearOfDayNumber)).toEqual(days.map((d) => new Date(d * MS_PER_DAY).getUTCFullYear()));
  });

  it("agree with Date over years −2000 to 12 000", () => {
    fc.assert(
      fc.property(fc.integer({ min: -1_450_000, max: 3_700_000 }), (day) => {
        expect(fromDayNumber(day)).toBe(dateFromDayNumber(day));
        expect(yearOfDayNumber(day)).toBe(new Date(day * MS_PER_DAY).getUTCFullYear());
      }),
      { numRuns: 5000 },
    );
  });
});

describe("isValidYmd", () => {
  it.each<[string, number, number, number, boolean]>([
    ["a plain day", 2026, 3, 9, true],
    ["29 February of a leap year", 2028, 2, 29, true],
    ["29 February of a common year", 2026, 2, 29, false],
    ["29 February 1900 (a century)", 1900, 2, 29, false],
    ["29 February 2000 (every 400 years)", 2000, 2, 29, true],
    ["31 April", 2026, 4, 31, false],
    ["31 December", 2026, 12, 31, true],
    ["month 13", 2026, 13, 1, false],
    ["day 0", 2026, 1, 0, false],
    ["year 999", 999, 1, 1, false],
    ["a fraction", 2026, 1, 1.5, false],
  ])("%s", (_name, y, m, d, valid) => {
    expect(isValidYmd(y, m, d)).toBe(valid);
  });

  it.each([
    [2024, true],
    [2026, false],
    [1900, false],
    [2000, true],
  ])("isLeapYear(%i) is %s", (year, leap) => {
    expect(isLeapYear(year)).toBe(leap);
  });
});
