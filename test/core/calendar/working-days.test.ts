import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  isWorkingDay,
  nextWorkingDay,
  stepDuration,
  workingDaysBetween,
} from "../../../src/core/calendar/index.js";
import { addDays, fromDayNumber, toDayNumber } from "../../../src/core/dates.js";
import type { HolidayCalendar } from "../../../src/core/types.js";

/** The definition, day by day: what the fast version must equal. */
function naiveWd(a: string, b: string, cal: HolidayCalendar): number {
  if (a > b) return -naiveWd(b, a, cal);
  let n = 0;
  for (let d = addDays(a, 1); d <= b; d = addDays(d, 1)) if (isWorkingDay(d, cal)) n++;
  return n;
}

describe("workingDaysBetween (SPEC wd)", () => {
  it.each([
    ["same day", "2026-03-04", "2026-03-04", "France", 0],
    ["Mon → Fri", "2026-03-02", "2026-03-06", "France", 4],
    ["Fri → Mon over a weekend", "2026-03-06", "2026-03-09", "France", 1],
    ["weekend start (Sat → Mon)", "2026-03-07", "2026-03-09", "France", 1],
    ["weekend finish (Fri → Sun)", "2026-03-06", "2026-03-08", "France", 0],
    ["a > b is negative", "2026-03-06", "2026-03-02", "France", -4],
    ["a > b over a weekend", "2026-03-09", "2026-03-06", "France", -1],
    ["holiday finish (Wed → Ascension)", "2026-05-13", "2026-05-14", "France", 0],
    ["over Ascension", "2026-05-13", "2026-05-15", "France", 1],
    ["over Ascension and Whit Monday 2026", "2026-05-08", "2026-05-29", "France", 13],
    ["same span, aucun", "2026-05-08", "2026-05-29", "aucun", 15],
    ["new year, France", "2025-12-24", "2026-01-02", "France", 5],
    ["new year, Alsace-Moselle", "2025-12-24", "2026-01-02", "Alsace-Moselle", 4],
    ["new year, aucun", "2025-12-24", "2026-01-02", "aucun", 7],
    ["a whole year 2026, France", "2025-12-31", "2026-12-31", "France", 261 - 9],
    ["a whole year 2026, aucun", "2025-12-31", "2026-12-31", "aucun", 261],
  ] as const)("%s: wd(%s, %s, %s) = %i", (_name, a, b, cal, expected) => {
    expect(workingDaysBetween(a, b, cal)).toBe(expected);
  });

  it.each(["France", "Alsace-Moselle", "aucun"] as const)("equals the day-by-day count for any span (%s)", (cal) => {
    const day = fc.integer({ min: toDayNumber("2023-06-01"), max: toDayNumber("2031-06-30") });
    fc.assert(
      fc.property(day, day, (x, y) => {
        const a = fromDayNumber(x);
        const b = fromDayNumber(y);
        expect(workingDaysBetween(a, b, cal)).toBe(naiveWd(a, b, cal));
      }),
      { numRuns: 150 },
    );
  });
});

describe("stepDuration", () => {
  it.each([
    ["one working day", "2026-03-04", "2026-03-04", "France", 1],
    ["a week", "2026-03-02", "2026-03-06", "France", 5],
    ["a weekend only is still 1", "2026-03-07", "2026-03-08", "France", 1],
    ["a holiday only is still 1", "2026-05-14", "2026-05-14", "France", 1],
    ["three weeks over Ascension and Whit Monday 2026", "2026-05-11", "2026-05-29", "France", 13],
    ["Easter week 2026, France", "2026-03-30", "2026-04-10", "France", 9],
    ["Easter week 2026, Alsace-Moselle", "2026-03-30", "2026-04-10", "Alsace-Moselle", 8],
    ["Easter week 2026, aucun", "2026-03-30", "2026-04-10", "aucun", 10],
  ] as const)("%s: [%s, %s] %s → %i", (_name, start, finish, cal, expected) => {
    expect(stepDuration(start, finish, cal)).toBe(expected);
  });
});

describe("addWorkingDays (SPEC addWd)", () => {
  it.each([
    ["zero on a working day", "2026-03-02", 0, "France", "2026-03-02"],
    ["zero on a Saturday moves to Monday", "2026-03-07", 0, "France", "2026-03-09"],
    ["zero on a holiday moves to the next day", "2026-05-14", 0, "France", "2026-05-15"],
    ["weekend start then 1", "2026-03-07", 1, "France", "2026-03-10"],
    ["Mon + 4 = Fri", "2026-03-02", 4, "France", "2026-03-06"],
    ["Fri + 1 = Mon", "2026-03-06", 1, "France", "2026-03-09"],
    ["over Ascension", "2026-05-13", 1, "France", "2026-05-15"],
    ["over Ascension and Whit Monday 2026", "2026-05-11", 12, "France", "2026-05-29"],
    ["same, aucun", "2026-05-11", 12, "aucun", "2026-05-27"],
    ["over Christmas, Alsace-Moselle", "2025-12-24", 1, "Alsace-Moselle", "2025-12-29"],
    ["over Christmas, France", "2025-12-24", 1, "France", "2025-12-26"],
    ["a whole year of 2026, France", "2026-01-02", 251, "France", "2026-12-31"],
  ] as const)("%s: addWd(%s, %i, %s) = %s", (_name, start, n, cal, expected) => {
    expect(addWorkingDays(start, n, cal)).toBe(expected);
  });

  it("throws on a negative count (programmer error)", () => {
    expect(() => addWorkingDays("2026-03-02", -1, "France")).toThrow(RangeError);
  });

  it.each(["France", "Alsace-Moselle", "aucun"] as const)("lands n working days after the start (%s)", (cal) => {
    fc.assert(
      fc.property(
        fc.integer({ min: toDayNumber("2024-01-01"), max: toDayNumber("2030-12-31") }),
        fc.integer({ min: 0, max: 700 }),
        (x, n) => {
          const start = fromDayNumber(x);
          const result = addWorkingDays(start, n, cal);
          const first = isWorkingDay(start, cal) ? start : nextWorkingDay(start, cal);
          expect(isWorkingDay(result, cal)).toBe(true);
          expect(naiveWd(first, result, cal)).toBe(n);
        },
      ),
      { numRuns: 100 },
    );
  });
});

describe("nextWorkingDay", () => {
  it.each([
    ["Mon → Tue", "2026-03-02", "France", "2026-03-03"],
    ["Fri → Mon", "2026-03-06", "France", "2026-03-09"],
    ["Sat → Mon", "2026-03-07", "France", "2026-03-09"],
    ["before Whit Monday", "2026-05-22", "France", "2026-05-26"],
    ["Christmas Eve, France", "2025-12-24", "France", "2025-12-26"],
    ["Christmas Eve, Alsace-Moselle", "2025-12-24", "Alsace-Moselle", "2025-12-29"],
    ["New Year's Eve 2026", "2026-12-31", "France", "2027-01-04"],
    ["aucun keeps holidays", "2026-05-13", "aucun", "2026-05-14"],
  ] as const)("%s: %s (%s) → %s", (_name, iso, cal, expected) => {
    expect(nextWorkingDay(iso, cal)).toBe(expected);
  });
});
