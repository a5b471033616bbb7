import { describe, expect, it } from "vitest";
import { addWorkingDays } from "../../../src/core/calendar/index.js";
import { computeSchedule, forecastStep } from "../../../src/core/compute/schedule.js";
import { scheduleIssues } from "../../../src/core/compute/schedule-issues.js";
import type { ScheduleResult, Step } from "../../../src/core/types.js";
import { LAYOUT, step } from "./fixtures.js";

// March 2026 has no public holiday: Mondays are 2, 9, 16, 23, 30; Fridays 6, 13, 20, 27.
const FR = "France" as const;
const run = (steps: Step[], statusDate = "2026-03-02"): ScheduleResult =>
  computeSchedule(steps, { statusDate, calendar: FR });
const byId = (r: ScheduleResult) => Object.fromEntries(r.steps.map((s) => [s.id, s]));

describe("forecastStep", () => {
  const opts = { statusDate: "2026-03-02", calendar: FR };
  it.each([
    [
      "no predecessor keeps its baseline",
      step("A", "2026-03-09", "2026-03-13"),
      null,
      "2026-03-09",
      "2026-03-13",
      false,
    ],
    [
      "a predecessor ending early does not pull it earlier",
      step("A", "2026-03-09", "2026-03-13"),
      "2026-03-02",
      "2026-03-09",
      "2026-03-13",
      false,
    ],
    [
      "a predecessor ending late pushes it, duration kept",
      step("A", "2026-03-09", "2026-03-13"),
      "2026-03-10",
      "2026-03-11",
      "2026-03-17",
      true,
    ],
    [
      "a predecessor ending on a Friday pushes it to Monday",
      step("A", "2026-03-09", "2026-03-10"),
      "2026-03-13",
      "2026-03-16",
      "2026-03-17",
      true,
    ],
    [
      "a later Fin prévisionnelle wins over the pushed finish",
      step("A", "2026-03-09", "2026-03-13", { forecastFinish: "2026-03-27" }),
      "2026-03-10",
      "2026-03-11",
      "2026-03-27",
      true,
    ],
    [
      "a Début réel wins over the predecessors",
      step("A", "2026-03-09", "2026-03-13", { actualStart: "2026-03-09" }),
      "2026-03-20",
      "2026-03-09",
      "2026-03-13",
      false,
    ],
    [
      "a Fin réelle is the finish, even before the status date",
      step("A", "2026-02-02", "2026-02-06", { actualFinish: "2026-02-10" }),
      null,
      "2026-02-02",
      "2026-02-10",
      false,
    ],
  ] as const)("%s", (_name, s, latest, start, finish, driven) => {
    const d = forecastStep(s, latest, opts);
    expect([d.start, d.finish, d.driven]).toEqual([start, finish, driven]);
  });

  it("an unfinished step cannot end before the status date", () => {
    const d = forecastStep(step("A", "2026-02-02", "2026-02-06"), null, { statusDate: "2026-03-04", calendar: FR });
    expect(d.finish).toBe("2026-03-04");
  });

  it("pushes across Ascension and Whit Monday 2026 in working days", () => {
    // 13 working days baseline (11–29 May); pushed a week later it needs 13 more working days.
    const s = step("A", "2026-05-11", "2026-05-29");
    const d = forecastStep(s, "2026-05-15", { statusDate: "2026-05-01", calendar: FR });
    expect(d.start).toBe("2026-05-18");
    expect(d.finish).toBe(addWorkingDays("2026-05-18", 12, FR));
    expect(d.finish).toBe("2026-06-04");
  });
});

describe("computeSchedule", () => {
  it("chain on time: no slip, the whole tight chain is critical", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06"),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"] }),
      step("C", "2026-03-16", "2026-03-20", { predecessors: ["B"] }),
    ]);
    expect(r).toMatchObject({
      baselineFinish: "2026-03-20",
      forecastFinish: "2026-03-20",
      slipWorkingDays: 0,
      slipCalendarDays: 0,
      lateSteps: [],
      criticalPath: ["A", "B", "C"],
    });
    expect(r.steps.map((s) => [s.id, s.forecastStart, s.forecastFinish, s.slipWorkingDays, s.critical])).toEqual([
      ["A", "2026-03-02", "2026-03-06", 0, true],
      ["B", "2026-03-09", "2026-03-13", 0, true],
      ["C", "2026-03-16", "2026-03-20", 0, true],
    ]);
  });

  it("chain with slack: a predecessor with float is not critical", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-04"),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"] }),
    ]);
    expect(r.criticalPath).toEqual(["B"]);
  });

  it("chain: a forecast delay ripples down every successor", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06", { forecastFinish: "2026-03-10" }),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"] }),
      step("C", "2026-03-16", "2026-03-20", { predecessors: ["B"] }),
    ]);
    const s = byId(r);
    expect([s.B?.forecastStart, s.B?.forecastFinish]).toEqual(["2026-03-11", "2026-03-17"]);
    expect([s.C?.forecastStart, s.C?.forecastFinish]).toEqual(["2026-03-18", "2026-03-24"]);
    expect(r).toMatchObject({ forecastFinish: "2026-03-24", slipWorkingDays: 2, slipCalendarDays: 4 });
    expect(r.criticalPath).toEqual(["A", "B", "C"]);
  });

  it("diamond: the longer branch drives the join and is the critical path", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06"),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"] }),
      step("C", "2026-03-09", "2026-03-20", { predecessors: ["A"] }),
      step("D", "2026-03-23", "2026-03-27", { predecessors: ["B", "C"] }),
    ]);
    expect(r.criticalPath).toEqual(["A", "C", "D"]);
    expect(byId(r).B?.critical).toBe(false);
  });

  it("diamond: the late branch pushes the join", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06"),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"], forecastFinish: "2026-03-24" }),
      step("C", "2026-03-09", "2026-03-20", { predecessors: ["A"] }),
      step("D", "2026-03-23", "2026-03-27", { predecessors: ["B", "C"] }),
    ]);
    const d = byId(r).D;
    expect([d?.forecastStart, d?.forecastFinish, d?.slipWorkingDays]).toEqual(["2026-03-25", "2026-03-31", 2]);
    expect(r.criticalPath).toEqual(["A", "B", "D"]);
  });

  it("a predecessor finished late pushes an unfinished successor", () => {
    const r = run(
      [
        step("A", "2026-03-02", "2026-03-06", { actualStart: "2026-03-02", actualFinish: "2026-03-11" }),
        step("B", "2026-03-09", "2026-03-13", { predecessors: ["A"] }),
      ],
      "2026-03-11",
    );
    const s = byId(r);
    expect(s.A).toMatchObject({
      forecastFinish: "2026-03-11",
      slipWorkingDays: 3,
      slipCalendarDays: 5,
      finished: true,
    });
    expect(s.B).toMatchObject({
      forecastStart: "2026-03-12",
      forecastFinish: "2026-03-18",
      slipWorkingDays: 3,
      slipCalendarDays: 5,
      late: false,
    });
    expect(r).toMatchObject({
      baselineFinish: "2026-03-13",
      forecastFinish: "2026-03-18",
      slipWorkingDays: 3,
      slipCalendarDays: 5,
      criticalPath: ["A", "B"],
      lateSteps: [],
    });
  });

  it("a finished step ahead of plan has a negative slip", () => {
    const r = run([step("A", "2026-03-02", "2026-03-06", { actualFinish: "2026-03-04" })], "2026-03-10");
    expect(byId(r).A).toMatchObject({ slipWorkingDays: -2, slipCalendarDays: -2, late: false });
  });

  it("a milestone after a late step moves to the working day after it", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06", { forecastFinish: "2026-03-10" }),
      step("M", "2026-03-09", "2026-03-09", { predecessors: ["A"], milestone: true }),
    ]);
    expect(byId(r).M).toMatchObject({ forecastStart: "2026-03-11", forecastFinish: "2026-03-11", slipWorkingDays: 2 });
    expect(r.criticalPath).toEqual(["A", "M"]);
  });

  it("a forecast in the past: the step ends no earlier than the status date and is late", () => {
    const r = run([step("A", "2026-03-02", "2026-03-06", { forecastFinish: "2026-03-10" })], "2026-03-16");
    expect(byId(r).A).toMatchObject({
      forecastFinish: "2026-03-16",
      slipWorkingDays: 6,
      slipCalendarDays: 10,
      late: true,
    });
    expect(r.lateSteps).toEqual(["A"]);
  });

  it("an actual start given is kept even when a predecessor is late", () => {
    const r = run(
      [
        step("A", "2026-03-02", "2026-03-06", { forecastFinish: "2026-03-13" }),
        step("B", "2026-03-09", "2026-03-11", { predecessors: ["A"], actualStart: "2026-03-09" }),
      ],
      "2026-03-09",
    );
    expect(byId(r).B).toMatchObject({ forecastStart: "2026-03-09", forecastFinish: "2026-03-11", critical: false });
    expect(r.criticalPath).toEqual(["A"]);
  });

  it("a cycle is left out without a throw; its successors are scheduled without it", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06"),
      step("B", "2026-03-09", "2026-03-13", { predecessors: ["C"] }),
      step("C", "2026-03-09", "2026-03-13", { predecessors: ["B"] }),
      step("D", "2026-03-09", "2026-03-13", { predecessors: ["C", "A"] }),
      step("E", "2026-03-09", "2026-03-13", { predecessors: ["E"] }),
    ]);
    expect(r.steps.map((s) => s.id)).toEqual(["A", "D"]);
    expect(byId(r).D).toMatchObject({ forecastStart: "2026-03-09", forecastFinish: "2026-03-13" });
    expect(r.criticalPath).toEqual(["A", "D"]);
  });

  it("a step between two cycles is still scheduled", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-06", { predecessors: ["B"] }),
      step("B", "2026-03-02", "2026-03-06", { predecessors: ["A"] }),
      step("X", "2026-03-09", "2026-03-13", { predecessors: ["B"] }),
      step("C", "2026-03-16", "2026-03-20", { predecessors: ["X", "D"] }),
      step("D", "2026-03-16", "2026-03-20", { predecessors: ["C"] }),
    ]);
    expect(r.steps.map((s) => s.id)).toEqual(["X"]);
  });

  it("an unknown predecessor is ignored", () => {
    const r = run([step("A", "2026-03-09", "2026-03-13", { predecessors: ["Z", "A0"] })]);
    expect(byId(r).A).toMatchObject({ forecastStart: "2026-03-09", forecastFinish: "2026-03-13" });
  });

  it("a duplicated ID: a predecessor refers to its first occurrence", () => {
    const r = run([
      step("A", "2026-03-02", "2026-03-10"),
      step("A", "2026-03-02", "2026-03-03"),
      step("B", "2026-03-04", "2026-03-06", { predecessors: ["A"] }),
    ]);
    expect(r.steps.map((s) => [s.id, s.forecastFinish])).toEqual([
      ["A", "2026-03-10"],
      ["A", "2026-03-03"],
      ["B", "2026-03-13"],
    ]);
  });

  it("no step: no dates, no slip", () => {
    expect(run([])).toEqual({
      baselineFinish: null,
      forecastFinish: null,
      slipWorkingDays: 0,
      slipCalendarDays: 0,
      lateSteps: [],
      criticalPath: [],
      steps: [],
    });
  });

  it("critical path ties on F are listed in Calendrier order", () => {
    const r = run([step("B", "2026-03-02", "2026-03-06"), step("A", "2026-03-02", "2026-03-06")]);
    expect(r.criticalPath).toEqual(["B", "A"]);
  });

  it("2 000 linked steps in a chain with extra links: linear, no recursion limit", () => {
    const steps: Step[] = [];
    for (let i = 0; i < 2000; i++) {
      const day = addWorkingDays("2026-01-05", i, FR);
      const predecessors = i === 0 ? [] : i === 1 ? ["S0"] : [`S${i - 1}`, `S${i - 2}`];
      steps.push(step(`S${i}`, day, day, { predecessors }));
    }
    // Reverse the sheet so that the dependency order differs from the Calendrier order.
    const r = run(steps.reverse(), "2026-01-05");
    expect(r.steps).toHaveLength(2000);
    expect(r.forecastFinish).toBe(addWorkingDays("2026-01-05", 1999, FR));
    expect(r.criticalPath).toHaveLength(2000);
    expect(r.criticalPath[0]).toBe("S0");
    expect(r.slipWorkingDays).toBe(0);
  });
});

describe("scheduleIssues", () => {
  it("STEP_LATE at Fin prévue and STEP_FORECAST_IN_PAST at Fin prévisionnelle, unfinished steps only", () => {
    const steps = [
      step("A", "2026-03-02", "2026-03-06", { row: 3, forecastFinish: "2026-03-10" }),
      step("B", "2026-03-02", "2026-03-06", { row: 4, actualFinish: "2026-03-09", forecastFinish: "2026-03-09" }),
      step("C", "2026-03-02", "2026-03-20", { row: 5, forecastFinish: "2026-03-12" }),
      step("D", "2026-03-02", "2026-03-16", { row: 6 }),
    ];
    expect(scheduleIssues(steps, LAYOUT, "2026-03-16")).toEqual([
      {
        code: "STEP_LATE",
        sheet: "Calendrier",
        cell: "F3",
        params: { id: "A", baselineFinish: "2026-03-06", statusDate: "2026-03-16" },
      },
      {
        code: "STEP_FORECAST_IN_PAST",
        sheet: "Calendrier",
        cell: "I3",
        params: { id: "A", forecastFinish: "2026-03-10", statusDate: "2026-03-16" },
      },
      {
        code: "STEP_FORECAST_IN_PAST",
        sheet: "Calendrier",
        cell: "I5",
        params: { id: "C", forecastFinish: "2026-03-12", statusDate: "2026-03-16" },
      },
    ]);
  });

  it("falls back to the tab name and a null cell when the layout lacks Calendrier", () => {
    const issues = scheduleIssues([step("A", "2026-03-02", "2026-03-06")], {}, "2026-03-16");
    expect(issues.map((i) => [i.sheet, i.cell])).toEqual([["Calendrier", null]]);
  });
});
