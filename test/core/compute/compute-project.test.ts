import { describe, expect, it } from "vitest";
import { computeProject, type DEFAULT_THRESHOLDS } from "../../../src/core/compute/index.js";
import { capacity, fiche, indicator, line, staff, step } from "./fixtures.js";

/** A small real-looking project: a late study, works waiting for it, a digital team over capacity. */
const sample = fiche({
  project: { holidays: "France", fctvaRate: 0.16404, leadService: "Direction des finances" },
  steps: [
    step("E1", "2026-03-02", "2026-03-13", { row: 3, actualStart: "2026-03-02", percentComplete: 0.6 }),
    step("E2", "2026-03-16", "2026-04-10", { row: 4, predecessors: ["E1"] }),
    step("J1", "2026-04-10", "2026-04-10", { row: 5, predecessors: ["E2"], milestone: true }),
  ],
  budget: [
    line({ row: 3, initial: 50_000, committed: 20_000, paid: 8_000, fctva: true }),
    line({ row: 4, initial: 10_000, type: "Recette", funder: "DETR" }),
  ],
  team: [staff("Usages numériques", "2026-03", 12, 6), staff("Direction des finances", "2026-03", 3)],
  capacity: [capacity("Usages numériques", "2026-03", 10, 3)],
  indicators: [indicator({ baseline: 0, target: 100, measured: null })],
});

describe("computeProject", () => {
  const { results, issues } = computeProject(sample, { statusDate: "2026-03-18" });

  it("issues: schedule warnings first (Calendrier order), then staffing", () => {
    expect(issues.map((i) => [i.code, i.sheet, i.cell])).toEqual([
      ["STEP_LATE", "Calendrier", "F3"],
      ["STAFF_OVERLOAD", "Capacité", "C3"],
    ]);
  });

  it("schedule: the late study (F = status date) pushes the works and the milestone", () => {
    expect(results.statusDate).toBe("2026-03-18");
    expect(results.schedule.steps.map((s) => [s.id, s.forecastStart, s.forecastFinish, s.slipWorkingDays])).toEqual([
      ["E1", "2026-03-02", "2026-03-18", 3],
      ["E2", "2026-03-19", "2026-04-15", 3], // 19 working days: Easter Monday 6 Apr skipped
      ["J1", "2026-04-16", "2026-04-16", 4],
    ]);
    expect(results.schedule).toMatchObject({
      baselineFinish: "2026-04-10",
      forecastFinish: "2026-04-16",
      slipWorkingDays: 4,
      slipCalendarDays: 6,
      lateSteps: ["E1"],
      criticalPath: ["E1", "E2", "J1"],
    });
  });

  it("budget, earned value, staffing and evaluation together", () => {
    expect(results.budget.netCost.forecast).toBe(40_000);
    expect(results.budget.fctva).toBeCloseTo(50_000 * 0.16404, 9);
    expect(results.evm.bac).toBe(50_000);
    expect(results.evm.ac).toBe(8_000);
    expect(results.staffing.digitalServiceInvolved).toBe(true);
    expect(results.staffing.load[1]).toMatchObject({ service: "Usages numériques", load: 1.2 });
    expect(results.evaluation.map((e) => e.status)).toEqual(["non mesuré"]);
  });

  it("health: green budget, amber schedule, amber staffing (load 120 %), overall amber", () => {
    expect(results.health).toEqual({ budget: "green", schedule: "amber", staffing: "amber", overall: "amber" });
  });

  it("thresholds can be overridden in part; undefined keeps the default", () => {
    const r = computeProject(sample, {
      statusDate: "2026-03-18",
      thresholds: { scheduleRedDays: 3, staffingRed: 1.1 },
    });
    expect(r.results.health).toEqual({ budget: "green", schedule: "red", staffing: "red", overall: "red" });
    const same = computeProject(sample, {
      statusDate: "2026-03-18",
      thresholds: { budgetRed: undefined } as unknown as Partial<typeof DEFAULT_THRESHOLDS>,
    });
    expect(same.results.health).toEqual(results.health);
  });

  it("an empty fiche computes without throwing", () => {
    const r = computeProject(fiche(), { statusDate: "2026-03-18" });
    expect(r.issues).toEqual([]);
    expect(r.results.health).toEqual({ budget: "green", schedule: "green", staffing: "amber", overall: "amber" });
  });

  it("a fiche with a cycle computes without throwing (the checks report the cycle)", () => {
    const f = fiche({
      steps: [
        step("A", "2026-03-02", "2026-03-06", { predecessors: ["B"] }),
        step("B", "2026-03-02", "2026-03-06", { predecessors: ["A"] }),
      ],
    });
    const r = computeProject(f, { statusDate: "2026-03-02" });
    expect(r.results.schedule.steps).toEqual([]);
    expect(r.results.schedule.forecastFinish).toBeNull();
  });
});
