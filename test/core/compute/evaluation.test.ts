import { describe, expect, it } from "vitest";
import { attainment, computeEvaluation, indicatorStatus } from "../../../src/core/compute/evaluation.js";
import { indicator } from "./fixtures.js";

describe("attainment and status", () => {
  it.each([
    ["hausse reached", { baseline: 10, target: 20, measured: 20 }, 1, "atteint"],
    ["hausse beyond target", { baseline: 10, target: 20, measured: 25 }, 1.5, "atteint"],
    ["hausse halfway", { baseline: 10, target: 20, measured: 15 }, 0.5, "en progrès"],
    ["hausse unchanged", { baseline: 10, target: 20, measured: 10 }, 0, "non atteint"],
    ["hausse worse", { baseline: 10, target: 20, measured: 5 }, -0.5, "non atteint"],
    [
      "baisse halfway (negative denominator)",
      { baseline: 100, target: 60, measured: 80, direction: "baisse" as const },
      0.5,
      "en progrès",
    ],
    ["baisse reached", { baseline: 100, target: 60, measured: 55, direction: "baisse" as const }, 1.125, "atteint"],
    ["baisse worse", { baseline: 100, target: 60, measured: 110, direction: "baisse" as const }, -0.25, "non atteint"],
    ["no measure", { baseline: 10, target: 20, measured: null }, null, "non mesuré"],
    ["missing baseline counts as 0", { baseline: null, target: 200, measured: 50 }, 0.25, "en progrès"],
    ["no target: cannot be judged", { baseline: 10, target: null, measured: 50 }, null, "non mesuré"],
    ["target = baseline, held (hausse)", { baseline: 95, target: 95, measured: 96 }, null, "atteint"],
    ["target = baseline, missed (hausse)", { baseline: 95, target: 95, measured: 90 }, null, "non atteint"],
    [
      "target = baseline, held (baisse)",
      { baseline: 5, target: 5, measured: 4, direction: "baisse" as const },
      null,
      "atteint",
    ],
  ])("%s", (_name, over, expectedAttainment, expectedStatus) => {
    const i = indicator(over);
    const a = attainment(i);
    if (expectedAttainment === null) expect(a).toBeNull();
    else expect(a).toBeCloseTo(expectedAttainment, 12);
    expect(indicatorStatus(i)).toBe(expectedStatus);
  });
});

describe("computeEvaluation", () => {
  it("one result per indicator, in order, with its row", () => {
    const a = indicator({ name: "Taux de dématérialisation", baseline: 0.2, target: 0.8, measured: 0.5 });
    const b = indicator({ name: "Satisfaction" });
    const r = computeEvaluation([a, b]);
    expect(r.map((x) => [x.name, x.row, x.status])).toEqual([
      ["Taux de dématérialisation", a.row, "en progrès"],
      ["Satisfaction", b.row, "non mesuré"],
    ]);
    expect(r[0]?.attainment).toBeCloseTo(0.5, 12);
  });
});
