import { describe, expect, it } from "vitest";
import { computeBudget } from "../../../src/core/compute/budget.js";
import {
  budgetHealth,
  DEFAULT_THRESHOLDS,
  scheduleHealth,
  staffingHealth,
  worstHealth,
} from "../../../src/core/compute/health.js";
import type { BudgetLine, LoadCell, ScheduleResult, StaffingResult } from "../../../src/core/types.js";
import { line } from "./fixtures.js";

const T = DEFAULT_THRESHOLDS;

describe("DEFAULT_THRESHOLDS", () => {
  it("are SPEC's", () => {
    expect(T).toEqual({ budgetRed: 1.1, budgetAmber: 1, scheduleRedDays: 20, staffingRed: 1.2, staffingAmber: 1 });
  });
});

describe("budgetHealth", () => {
  const light = (lines: BudgetLine[], t = T) => budgetHealth(computeBudget(lines, 0), lines, t);
  it.each([
    ["forecast = open", [line({ initial: 1000 })], "green"],
    ["forecast below open", [line({ initial: 1000, forecast: 900 })], "green"],
    ["forecast just above open", [line({ initial: 1000, forecast: 1000.01 })], "amber"],
    ["forecast exactly 110 % is amber", [line({ initial: 1000, forecast: 1100 })], "amber"],
    ["forecast just above 110 %", [line({ initial: 1000, forecast: 1100.01 })], "red"],
    [
      "one line overcommitted, total within open",
      [line({ initial: 1000, committed: 1100, forecast: 1100 }), line({ initial: 500, forecast: 0 })],
      "amber",
    ],
    [
      "a revenue line overcommitted does not count",
      [line({ initial: 1000 }), line({ initial: 100, committed: 200, forecast: 100, type: "Recette" })],
      "green",
    ],
    [
      "revenues do not offset an expense overrun",
      [line({ initial: 1000, forecast: 1200 }), line({ initial: 5000, type: "Recette" })],
      "red",
    ],
    ["no open credit but a forecast", [line({ initial: 0, forecast: 10 })], "red"],
    ["no budget at all", [], "green"],
  ])("%s → %s", (_name, lines, expected) => {
    expect(light(lines)).toBe(expected);
  });
  it("thresholds can be changed", () => {
    const lines = [line({ initial: 1000, forecast: 1060 })];
    expect(light(lines, { ...T, budgetRed: 1.05 })).toBe("red");
    expect(light(lines, { ...T, budgetAmber: 1.08 })).toBe("green");
  });
});

describe("scheduleHealth", () => {
  const s = (slipWorkingDays: number, lateSteps: string[] = []): ScheduleResult => ({
    baselineFinish: null,
    forecastFinish: null,
    slipWorkingDays,
    slipCalendarDays: 0,
    lateSteps,
    criticalPath: [],
    steps: [],
  });
  it.each([
    ["on time", s(0), T, "green"],
    ["ahead", s(-3), T, "green"],
    ["one day late", s(1), T, "amber"],
    ["20 days late is still amber", s(20), T, "amber"],
    ["21 days late", s(21), T, "red"],
    ["no slip but a late step", s(0, ["A"]), T, "amber"],
    ["custom limit 5: 6 days", s(6), { ...T, scheduleRedDays: 5 }, "red"],
  ])("%s → %s", (_name, schedule, t, expected) => {
    expect(scheduleHealth(schedule, t)).toBe(expected);
  });
});

describe("staffingHealth", () => {
  const cell = (planned: number, capacity: number | null): LoadCell => ({
    service: "Voirie",
    month: "2026-03",
    planned,
    actual: 0,
    capacity,
    load: capacity === null || capacity === 0 ? null : planned / capacity,
  });
  const st = (load: LoadCell[], digitalServiceInvolved = true): StaffingResult => ({
    services: [],
    digitalServiceInvolved,
    load,
  });
  it.each([
    ["no load", st([]), "green"],
    ["load 100 %", st([cell(10, 10)]), "green"],
    ["load just over 100 %", st([cell(10.1, 10)]), "amber"],
    ["load exactly 120 % is amber", st([cell(12, 10)]), "amber"],
    ["load just over 120 %", st([cell(12.1, 10)]), "red"],
    ["planned days over a capacity of 0", st([cell(1, 0)]), "red"],
    ["no planned day and a capacity of 0", st([cell(0, 0)]), "green"],
    ["no capacity known", st([cell(50, null)]), "green"],
    ["digital service absent", st([cell(5, 10)], false), "amber"],
    ["digital service absent and overload", st([cell(13, 10)], false), "red"],
  ])("%s → %s", (_name, staffing, expected) => {
    expect(staffingHealth(staffing, T)).toBe(expected);
  });
  it("thresholds can be changed", () => {
    expect(staffingHealth(st([cell(9, 10)]), { ...T, staffingAmber: 0.8 })).toBe("amber");
    expect(staffingHealth(st([cell(11, 10)]), { ...T, staffingRed: 1.05 })).toBe("red");
  });
});

describe("worstHealth", () => {
  it.each([
    [[], "green"],
    [["green", "green", "green"], "green"],
    [["green", "amber", "green"], "amber"],
    [["amber", "red", "green"], "red"],
    [["red", "amber"], "red"],
  ] as const)("%j → %s", (lights, expected) => {
    expect(worstHealth(lights)).toBe(expected);
  });
});
