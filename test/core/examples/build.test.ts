import { describe, expect, it } from "vitest";
import { line, monthly, nextMonth, step } from "../../../src/core/examples/build.js";

describe("nextMonth", () => {
  it.each([
    ["2026-01", "2026-02"],
    ["2026-09", "2026-10"],
    ["2026-12", "2027-01"],
  ])("%s → %s", (month, next) => {
    expect(nextMonth(month)).toBe(next);
  });
});

describe("monthly", () => {
  it("one row per planned value across a year end; missing actuals are 0", () => {
    expect(monthly("Culture", "Agent", "E1", "2026-11", [4, 2, 3], [3])).toEqual([
      { service: "Culture", person: "Agent", step: "E1", month: "2026-11", planned: 4, actual: 3 },
      { service: "Culture", person: "Agent", step: "E1", month: "2026-12", planned: 2, actual: 0 },
      { service: "Culture", person: "Agent", step: "E1", month: "2027-01", planned: 3, actual: 0 },
    ]);
  });

  it("no planned value, no row", () => {
    expect(monthly("Culture", null, null, "2026-01", [])).toEqual([]);
  });
});

describe("builders apply the parser's defaults", () => {
  it.each([
    [
      "nothing committed: forecast = open = initial",
      { initial: 100 },
      { open: 100, committed: 0, paid: 0, forecast: 100 },
    ],
    ["open credits raised by a DM", { initial: 100, open: 120 }, { open: 120, forecast: 120 }],
    ["overcommitted: forecast = committed", { initial: 100, committed: 130 }, { open: 100, forecast: 130 }],
    ["explicit forecast wins", { initial: 100, committed: 90, forecast: 95 }, { forecast: 95 }],
  ])("line: %s", (_name, given, expected) => {
    const l = line({ line: "Travaux", section: "Investissement", year: 2026, ...given });
    expect(l).toMatchObject({ type: "Dépense", fctva: false, account: null, ...expected });
  });

  it("a milestone finishes the day it starts", () => {
    const s = step({ id: "J1", name: "Jalon", baselineStart: "2026-06-19", milestone: true });
    expect(s.baselineFinish).toBe("2026-06-19");
    expect(s.predecessors).toEqual([]);
  });
});
