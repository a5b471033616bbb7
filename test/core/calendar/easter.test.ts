import { describe, expect, it } from "vitest";
import { easterSunday } from "../../../src/core/calendar/index.js";

describe("easterSunday", () => {
  it.each([
    [2024, "2024-03-31"],
    [2025, "2025-04-20"],
    [2026, "2026-04-05"],
    [2027, "2027-03-28"],
    [2030, "2030-04-21"],
    [2000, "2000-04-23"],
    [1943, "1943-04-25"], // latest possible date
    [2285, "2285-03-22"], // earliest possible date
    [2038, "2038-04-25"],
  ])("Easter %i is %s", (year, iso) => {
    expect(easterSunday(year)).toBe(iso);
  });
});
