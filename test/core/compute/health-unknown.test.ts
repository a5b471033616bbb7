/** SPEC §3 Health: « à vérifier » when an error in the data a dimension depends on makes its figure unreliable. */
import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../../src/core/analyze.js";
import { healthRank, withUnreliable, worstHealth } from "../../../src/core/compute/health.js";
import { unreliableDimensions } from "../../../src/core/compute/unreliable.js";
import { MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import type { Health, HealthResult, Issue, WorkbookGrid } from "../../../src/core/types.js";
import { clone, setCell } from "../../fixtures/edit.js";

const issue = (severity: Issue["severity"], sheet: string | null): Issue => ({
  severity,
  code: severity === "error" ? "VALUE_INVALID" : "STEP_LATE",
  sheet,
  cell: "B3",
  message: "…",
});

describe("worstHealth: red beats unknown, unknown beats amber", () => {
  it.each<[string, Health[], Health]>([
    ["all green", ["green", "green", "green"], "green"],
    ["amber and green", ["green", "amber", "green"], "amber"],
    ["unknown and amber", ["unknown", "amber", "green"], "unknown"],
    ["red and unknown", ["unknown", "red", "green"], "red"],
    ["only unknown", ["unknown", "unknown", "unknown"], "unknown"],
  ])("%s", (_name, lights, overall) => {
    expect(worstHealth(lights)).toBe(overall);
  });

  it("sorts red, unknown, amber, green (a portfolio's order)", () => {
    const lights: Health[] = ["green", "amber", "unknown", "red"];
    expect([...lights].sort((a, b) => healthRank(b) - healthRank(a))).toEqual(["red", "unknown", "amber", "green"]);
  });
});

describe("unreliableDimensions", () => {
  it.each<[string, Issue[], object]>([
    ["an error on Budget", [issue("error", "Budget")], { budget: true }],
    ["an error on Calendrier, spelt in English", [issue("error", "Schedule")], { schedule: true }],
    ["an error on Équipe", [issue("error", "Equipe")], { staffing: true }],
    ["an error on Capacité (the load's divisor)", [issue("error", "Capacité")], { staffing: true }],
    ["an error on Financement (the plan's receipts)", [issue("error", "Financement")], { budget: true }],
    ["an error on Funding, spelt in English", [issue("error", "Funding")], { budget: true }],
    ["a warning is not an error", [issue("warning", "Budget")], {}],
    [
      "an error on Projet or Évaluation leaves the lights alone",
      [issue("error", "Projet"), issue("error", "Évaluation")],
      {},
    ],
    ["an error on no sheet", [issue("error", null)], {}],
  ])("%s", (_name, issues, expected) => {
    expect(unreliableDimensions(issues)).toEqual(expected);
  });

  it("turns only the unreliable lights into unknown, and recomputes the overall", () => {
    const h: HealthResult = { budget: "green", schedule: "red", staffing: "amber", overall: "red" };
    expect(withUnreliable(h, { budget: true })).toEqual({ ...h, budget: "unknown", overall: "red" });
    expect(withUnreliable(h, { schedule: true })).toEqual({
      budget: "green",
      schedule: "unknown",
      staffing: "amber",
      overall: "unknown",
    });
  });
});

describe("an analysis with an error", () => {
  const analyze = (grid: WorkbookGrid = exampleGrid(MEDIATHEQUE, "fr")) =>
    analyzeWorkbook(grid, { statusDate: "2026-11-15" });

  it("a Budget amount that cannot be read makes the budget « à vérifier », not green", () => {
    const clean = analyze();
    expect(clean.results.health.budget).not.toBe("unknown");
    const g = clone(exampleGrid(MEDIATHEQUE, "fr"));
    setCell(g, "Budget", 0, "Prévu initial", "douze mille");
    const broken = analyze({ sheets: g });
    expect(broken.issues.some((i) => i.severity === "error" && i.sheet === "Budget")).toBe(true);
    expect(broken.results.health.budget).toBe("unknown");
    expect(broken.results.health.schedule).toBe(clean.results.health.schedule);
    expect(["unknown", "red"]).toContain(broken.results.health.overall);
  });

  it("a Financement amount that cannot be read makes the budget « à vérifier », the schedule alone", () => {
    const clean = analyze();
    const g = clone(exampleGrid(MEDIATHEQUE, "fr"));
    setCell(g, "Financement", 0, "Montant notifié", "trois cent mille");
    const broken = analyze({ sheets: g });
    expect(broken.issues.some((i) => i.severity === "error" && i.sheet === "Financement")).toBe(true);
    expect(broken.issues.some((i) => i.severity === "error" && i.sheet === "Budget")).toBe(false);
    expect(broken.results.health.budget).toBe("unknown");
    expect(broken.results.health.schedule).toBe(clean.results.health.schedule);
  });
});
