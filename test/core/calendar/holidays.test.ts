import Holidays from "date-holidays";
import { describe, expect, it } from "vitest";
import { holidaysOf, isWorkingDay } from "../../../src/core/calendar/index.js";
import type { HolidayCalendar } from "../../../src/core/types.js";

const YEARS = [2024, 2025, 2026, 2027, 2028, 2029, 2030];

/** Public holidays per date-holidays, as ISO dates (its `date` is local to France, so TZ-proof). */
function reference(hd: Holidays, year: number): string[] {
  return hd
    .getHolidays(year)
    .filter((h) => h.type === "public")
    .map((h) => h.date.slice(0, 10))
    .sort();
}

describe("holidaysOf against date-holidays", () => {
  const cases: [HolidayCalendar, string, number][] = [];
  for (const year of YEARS) {
    cases.push(["France", "FR", year]);
    cases.push(["Alsace-Moselle", "FR-57 (Moselle)", year]);
    cases.push(["Alsace-Moselle", "FR-67 (Bas-Rhin)", year]);
    cases.push(["Alsace-Moselle", "FR-68 (Haut-Rhin)", year]);
  }
  it.each(cases)("%s matches %s in %i (both ways)", (calendar, label, year) => {
    const state = label.match(/FR-(\d+)/)?.[1];
    const hd = state ? new Holidays("FR", state) : new Holidays("FR");
    const expected = reference(hd, year);
    const ours = [...holidaysOf(year, calendar)].sort();
    expect(ours).toEqual(expected);
    expect(ours).toHaveLength(calendar === "France" ? 11 : 13);
  });
});

describe("holidaysOf", () => {
  it("aucun has no holiday", () => {
    expect(holidaysOf(2026, "aucun").size).toBe(0);
  });
  it("is cached per year and calendar", () => {
    expect(holidaysOf(2026, "France")).toBe(holidaysOf(2026, "France"));
    expect(holidaysOf(2026, "France")).not.toBe(holidaysOf(2027, "France"));
  });
  it.each([
    ["Good Friday 2026", "2026-04-03", ["Alsace-Moselle"]],
    ["Easter Monday 2026", "2026-04-06", ["France", "Alsace-Moselle"]],
    ["Ascension 2026", "2026-05-14", ["France", "Alsace-Moselle"]],
    ["Whit Monday 2026", "2026-05-25", ["France", "Alsace-Moselle"]],
    ["Saint-Étienne 2025", "2025-12-26", ["Alsace-Moselle"]],
    ["Bastille Day 2024", "2024-07-14", ["France", "Alsace-Moselle"]],
  ])("%s (%s) is a holiday in %j only", (_name, iso, calendars) => {
    const year = Number(iso.slice(0, 4));
    for (const cal of ["France", "Alsace-Moselle", "aucun"] as const) {
      expect(holidaysOf(year, cal).has(iso)).toBe(calendars.includes(cal));
    }
  });
});

describe("isWorkingDay", () => {
  it.each([
    ["a Monday", "2026-03-02", "France", true],
    ["a Friday", "2026-03-06", "France", true],
    ["a Saturday", "2026-03-07", "France", false],
    ["a Sunday", "2026-03-08", "aucun", false],
    ["Ascension", "2026-05-14", "France", false],
    ["Ascension without holidays", "2026-05-14", "aucun", true],
    ["Good Friday in France", "2026-04-03", "France", true],
    ["Good Friday in Alsace-Moselle", "2026-04-03", "Alsace-Moselle", false],
    ["26 Dec in France", "2025-12-26", "France", true],
    ["26 Dec in Alsace-Moselle", "2025-12-26", "Alsace-Moselle", false],
    ["29 Feb 2028", "2028-02-29", "France", true],
  ] as const)("%s (%s, %s) → %s", (_name, iso, cal, expected) => {
    expect(isWorkingDay(iso, cal)).toBe(expected);
  });
});
