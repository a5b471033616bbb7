import { describe, expect, it } from "vitest";
import { computeEvm, earnedFraction, plannedFraction, stepBudgets } from "../../../src/core/compute/evm.js";
import { evmIndices } from "../../../src/core/compute/evm-indices.js";
import { line, step } from "./fixtures.js";

const FR = "France" as const;

describe("evmIndices (PMBOK example)", () => {
  const r = evmIndices({ bac: 4000, pv: 3000, ev: 2500, ac: 2800 });
  it.each([
    ["CV", r.cv, -300],
    ["SV", r.sv, -500],
    ["CPI", r.cpi, 0.893],
    ["SPI", r.spi, 0.833],
    ["EAC", r.eac, 4480],
    ["ETC", r.etc, 1680],
    ["VAC", r.vac, -480],
    ["TCPI", r.tcpi, 1.25],
  ])("%s = %d", (_name, value, expected) => {
    expect(value).toBeCloseTo(expected, 3);
  });
  it("full precision inside", () => {
    expect(r.cpi).toBe(2500 / 2800);
    expect(r.eac).toBeCloseTo(4480, 9);
  });
});

describe("evmIndices: null wherever a divisor is 0", () => {
  it.each([
    [
      "AC = 0 (nothing paid)",
      { bac: 1000, pv: 500, ev: 400, ac: 0 },
      { cpi: null, eac: null, etc: null, vac: null, spi: 0.8, tcpi: 0.6 },
    ],
    ["PV = 0 (nothing planned yet)", { bac: 1000, pv: 0, ev: 0, ac: 100 }, { spi: null, cpi: 0, eac: null }],
    ["BAC = AC (budget spent)", { bac: 1000, pv: 1000, ev: 900, ac: 1000 }, { tcpi: null, cpi: 0.9 }],
    [
      "EV = 0 with AC > 0: CPI 0, EAC has no value",
      { bac: 1000, pv: 200, ev: 0, ac: 100 },
      { cpi: 0, eac: null, etc: null },
    ],
  ])("%s", (_name, base, expected) => {
    expect(evmIndices(base)).toMatchObject(expected);
  });
});

describe("plannedFraction", () => {
  // 9–20 Mar 2026: 10 working days.
  const s = step("A", "2026-03-09", "2026-03-20");
  it.each([
    ["before Début prévu", "2026-03-06", 0],
    ["on Début prévu (one day done)", "2026-03-09", 0.1],
    ["halfway", "2026-03-13", 0.5],
    ["on a Saturday halfway", "2026-03-14", 0.5],
    ["on Fin prévue", "2026-03-20", 1],
    ["after Fin prévue", "2026-06-01", 1],
  ])("%s (%s) → %d", (_name, d, expected) => {
    expect(plannedFraction(s, d, FR)).toBeCloseTo(expected, 12);
  });
  it("a milestone is 0 before and 1 from its day", () => {
    const m = step("M", "2026-03-13", "2026-03-13", { milestone: true });
    expect([plannedFraction(m, "2026-03-12", FR), plannedFraction(m, "2026-03-13", FR)]).toEqual([0, 1]);
  });
});

describe("earnedFraction", () => {
  it.each([
    [
      "finished counts 100 % whatever its %",
      step("A", "2026-03-02", "2026-03-06", { actualFinish: "2026-03-06", percentComplete: 0.5 }),
      1,
    ],
    ["Avancement given", step("A", "2026-03-02", "2026-03-06", { percentComplete: 0.4 }), 0.4],
    ["no Avancement is 0", step("A", "2026-03-02", "2026-03-06"), 0],
  ])("%s", (_name, s, expected) => {
    expect(earnedFraction(s)).toBe(expected);
  });
});

describe("stepBudgets", () => {
  it("uses step budgets when any step has one (others 0)", () => {
    const steps = [step("A", "2026-03-02", "2026-03-06", { budget: 500 }), step("B", "2026-03-09", "2026-03-20")];
    expect(stepBudgets(steps, [line({ initial: 99_999 })], FR)).toEqual([500, 0]);
  });
  it("otherwise spreads the expenses' Prévu initial by duration, milestones 0, revenues ignored", () => {
    const steps = [
      step("A", "2026-03-02", "2026-03-06"), // 5 days
      step("B", "2026-03-09", "2026-03-20"), // 10 days
      step("M", "2026-03-20", "2026-03-20", { milestone: true }),
    ];
    const lines = [line({ initial: 20_000 }), line({ initial: 10_000 }), line({ initial: 7_000, type: "Recette" })];
    expect(stepBudgets(steps, lines, FR)).toEqual([10_000, 20_000, 0]);
  });
  it("only milestones: nothing to spread over", () => {
    expect(
      stepBudgets([step("M", "2026-03-20", "2026-03-20", { milestone: true })], [line({ initial: 100 })], FR),
    ).toEqual([0]);
  });
});

describe("computeEvm", () => {
  it("reproduces the PMBOK example from a fiche: BAC 4 000, PV 3 000, EV 2 500, AC 2 800", () => {
    const steps = [
      step("A", "2026-03-02", "2026-03-06", { budget: 2000, actualFinish: "2026-03-06" }),
      step("B", "2026-03-09", "2026-03-20", { budget: 2000, percentComplete: 0.25 }), // 10 days, 5 elapsed at D
    ];
    const lines = [
      line({ initial: 4000, paid: 2000 }),
      line({ initial: 0, paid: 800 }),
      line({ initial: 500, paid: 900, type: "Recette" }),
    ];
    const r = computeEvm(steps, lines, "2026-03-13", FR);
    expect([r.bac, r.pv, r.ev, r.ac]).toEqual([4000, 3000, 2500, 2800]);
    expect(r.cpi).toBeCloseTo(0.893, 3);
    expect(r.spi).toBeCloseTo(0.833, 3);
    expect(r.eac).toBeCloseTo(4480, 9);
    expect(r.etc).toBeCloseTo(1680, 9);
    expect(r.vac).toBeCloseTo(-480, 9);
    expect(r.tcpi).toBeCloseTo(1.25, 12);
  });
  it("without step budgets BAC is the expenses' Prévu initial", () => {
    const steps = [
      step("A", "2026-03-02", "2026-03-06", { percentComplete: 0.5 }),
      step("B", "2026-03-09", "2026-03-20"),
    ];
    const r = computeEvm(steps, [line({ initial: 30_000 })], "2026-03-06", FR);
    expect([r.bac, r.pv, r.ev, r.ac]).toEqual([30_000, 10_000, 5_000, 0]);
    expect(r.cpi).toBeNull();
  });
  it("no step, no budget: zeros and nulls, no throw", () => {
    expect(computeEvm([], [], "2026-03-06", FR)).toEqual({
      bac: 0,
      pv: 0,
      ev: 0,
      ac: 0,
      cv: 0,
      sv: 0,
      cpi: null,
      spi: null,
      eac: null,
      etc: null,
      vac: null,
      tcpi: null,
    });
  });
});
