import { describe, expect, it } from "vitest";
import { weekdayHolidaysInYears, weekdayHolidaysOfYear } from "../../../src/core/calendar/holiday-counts.js";
import { workingDaysBetween } from "../../../src/core/calendar/index.js";
import type { HolidayCalendar } from "../../../src/core/types.js";

const sum = (from: number, to: number, cal: HolidayCalendar) => {
  let n = 0;
  for (let y = from; y <= to; y++) n += weekdayHolidaysOfYear(y, cal);
  return n;
};

describe("weekdayHolidaysOfYear", () => {
  it.each([
    // 2026: 15 Aug is a Saturday, 1 Nov a Sunday; 26 Dec a Saturday.
    [2026, "France", 9],
    [2026, "Alsace-Moselle", 10],
    [2026, "aucun", 0],
  ] as const)("%i %s → %i", (year, cal, expected) => {
    expect(weekdayHolidaysOfYear(year, cal)).toBe(expected);
  });
});

describe("weekdayHolidaysInYears", () => {
  it.each([
    ["later years first", [2050, 2060]],
    ["then earlier years (the table is rebuilt)", [2000, 2010]],
    ["then beyond its end (the table grows)", [2090, 2120]],
    ["a single year", [2026, 2026]],
    ["an empty range", [2030, 2029]],
  ] as const)("%s: equals the year-by-year sum", (_name, [from, to]) => {
    for (const cal of ["France", "Alsace-Moselle", "aucun"] as const) {
      expect(weekdayHolidaysInYears(from, to, cal)).toBe(from > to ? 0 : sum(from, to, cal));
    }
  });

  it("makes wd over a century match the per-year count", () => {
    // 1999-12-31 (Fri) → 2099-12-31: weekdays minus weekday holidays of 2000…2099.
    const weekdays = workingDaysBetween("1999-12-31", "2099-12-31", "aucun");
    expect(workingDaysBetween("1999-12-31", "2099-12-31", "France")).toBe(weekdays - sum(2000, 2099, "France"));
  });
});
