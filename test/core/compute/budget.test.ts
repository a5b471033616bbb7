import { describe, expect, it } from "vitest";
import { computeBudget, isFctvaEligible } from "../../../src/core/compute/budget.js";
import { budgetLineResult } from "../../../src/core/compute/budget-line.js";
import { totalsByYearSection } from "../../../src/core/compute/by-year-section.js";
import { line } from "./fixtures.js";

describe("budgetLineResult", () => {
  it.each([
    [
      "a line under way",
      line({ initial: 1000, open: 1200, committed: 900, paid: 300, forecast: 1250 }),
      { available: 300, toPay: 600, commitmentRate: 0.75, executionRate: 0.25, variance: 250, variancePct: 0.25 },
    ],
    [
      "zero open credits: rates null, not 0",
      line({ initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 }),
      { available: 0, toPay: 0, commitmentRate: null, executionRate: null, variance: 0, variancePct: null },
    ],
    [
      "overcommitted line: negative available",
      line({ initial: 500, committed: 800, paid: 800 }),
      { available: -300, toPay: 0, commitmentRate: 1.6, executionRate: 1.6, variance: 300, variancePct: 0.6 },
    ],
    [
      "zero initial, credits opened later: variance % null",
      line({ initial: 0, open: 400, committed: 100, paid: 0, forecast: 400 }),
      { available: 300, toPay: 100, commitmentRate: 0.25, executionRate: 0, variance: 400, variancePct: null },
    ],
  ])("%s", (_name, l, expected) => {
    expect(budgetLineResult(l)).toEqual({ row: l.row, ...expected });
  });
});

describe("computeBudget", () => {
  const works = line({
    line: "Travaux",
    section: "Investissement",
    year: 2026,
    fctva: true,
    initial: 100_000,
    open: 120_000,
    committed: 90_000,
    paid: 50_000,
    forecast: 125_000,
  });
  const licence = line({ line: "Licences", section: "Fonctionnement", year: 2027, initial: 20_000, paid: 5_000 });
  const study = line({ line: "Étude", section: "Investissement", year: 2027, initial: 10_000, committed: 10_000 });
  const detr = line({
    line: "DETR",
    section: "Investissement",
    type: "Recette",
    year: 2026,
    fctva: true, // a revenue flagged FCTVA by mistake does not count
    funder: "DETR",
    initial: 40_000,
    committed: 40_000,
    paid: 10_000,
  });
  const lines = [works, licence, detr, study];
  const b = computeBudget(lines, 0.16404);

  it("adds expenses and revenues apart, measure by measure", () => {
    expect(b.expenses).toEqual({
      initial: 130_000,
      open: 150_000,
      committed: 100_000,
      paid: 55_000,
      forecast: 155_000,
    });
    expect(b.revenues).toEqual({ initial: 40_000, open: 40_000, committed: 40_000, paid: 10_000, forecast: 40_000 });
    expect(b.netCost).toEqual({ initial: 90_000, open: 110_000, committed: 60_000, paid: 45_000, forecast: 115_000 });
  });

  it("rates and variance are the expenses'", () => {
    expect(b.commitmentRate).toBeCloseTo(100_000 / 150_000, 12);
    expect(b.executionRate).toBeCloseTo(55_000 / 150_000, 12);
    expect(b.forecastVariance).toBe(25_000);
    expect(b.forecastVariancePct).toBeCloseTo(25_000 / 130_000, 12);
    expect(b.cofinancingRate).toBeCloseTo(40_000 / 155_000, 12);
  });

  it("FCTVA on eligible expenses' forecast, and the net cost after it", () => {
    expect(b.fctva).toBeCloseTo(125_000 * 0.16404, 9);
    expect(b.netCostAfterFctva).toBeCloseTo(115_000 - 125_000 * 0.16404, 9);
  });

  it("keeps one result per line, in input order", () => {
    expect(b.lines.map((l) => l.row)).toEqual(lines.map((l) => l.row));
  });

  it("totals by year, section (Investissement first), type (Dépense first)", () => {
    expect(b.byYearSection.map((t) => [t.year, t.section, t.type, t.initial, t.forecast])).toEqual([
      [2026, "Investissement", "Dépense", 100_000, 125_000],
      [2026, "Investissement", "Recette", 40_000, 40_000],
      [2027, "Investissement", "Dépense", 10_000, 10_000],
      [2027, "Fonctionnement", "Dépense", 20_000, 20_000],
    ]);
  });

  it("no line at all: zero totals and null ratios", () => {
    const empty = computeBudget([], 0.16404);
    expect(empty).toMatchObject({
      commitmentRate: null,
      executionRate: null,
      forecastVariance: 0,
      forecastVariancePct: null,
      cofinancingRate: null,
      fctva: 0,
      netCostAfterFctva: 0,
      byYearSection: [],
    });
  });

  it("revenues only: co-financing rate null (no expense forecast), net cost negative", () => {
    const r = computeBudget([detr], 0.16404);
    expect(r.cofinancingRate).toBeNull();
    expect(r.netCost.forecast).toBe(-40_000);
  });
});

describe("isFctvaEligible", () => {
  it.each([
    ["investment expense flagged", line({ initial: 1, fctva: true }), true],
    [
      "operating expense flagged (building upkeep is eligible since 2016)",
      line({ initial: 1, fctva: true, section: "Fonctionnement" }),
      true,
    ],
    ["expense not flagged", line({ initial: 1 }), false],
    ["revenue flagged", line({ initial: 1, fctva: true, type: "Recette" }), false],
  ])("%s → %s", (_name, l, expected) => {
    expect(isFctvaEligible(l)).toBe(expected);
  });
});

describe("totalsByYearSection", () => {
  // Each year's totals sit in one slot per section × type, in output order.
  it.each<[string, Parameters<typeof line>[0][], string[]]>([
    [
      "every section × type of a year, in order whatever the lines' order",
      [
        { initial: 1, section: "Fonctionnement", type: "Recette" },
        { initial: 2, section: "Fonctionnement", type: "Dépense" },
        { initial: 3, section: "Investissement", type: "Recette" },
        { initial: 4, section: "Investissement", type: "Dépense" },
      ],
      [
        "2026 Investissement Dépense 4",
        "2026 Investissement Recette 3",
        "2026 Fonctionnement Dépense 2",
        "2026 Fonctionnement Recette 1",
      ],
    ],
    [
      "years ascending, numerically, a year's missing slots skipped",
      [
        { initial: 1, year: 2030, section: "Fonctionnement" },
        { initial: 2, year: 2026, type: "Recette" },
        { initial: 3, year: 2027 },
        { initial: 4, year: 2026, type: "Recette" },
      ],
      ["2026 Investissement Recette 6", "2027 Investissement Dépense 3", "2030 Fonctionnement Dépense 1"],
    ],
    ["no line, no total", [], []],
  ])("%s", (_name, lines, expected) => {
    const t = totalsByYearSection(lines.map(line));
    expect(t.map((g) => `${g.year} ${g.section} ${g.type} ${g.initial}`)).toEqual(expected);
  });

  it("sums repeated groups", () => {
    const t = totalsByYearSection([line({ initial: 10, paid: 1 }), line({ initial: 5, paid: 2 })]);
    expect(t).toEqual([
      {
        year: 2026,
        section: "Investissement",
        type: "Dépense",
        initial: 15,
        open: 15,
        committed: 0,
        paid: 3,
        forecast: 15,
      },
    ]);
  });
});
