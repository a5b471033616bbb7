import { describe, expect, it } from "vitest";
import { checkFiche } from "../../../src/core/checks/index.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import { largeWorkbook } from "./fixtures.js";

describe("a large project", () => {
  it("parses and checks every row (no stack overflow, no quadratic lookup)", () => {
    const { fiche, issues } = parseWorkbook(largeWorkbook());
    expect(issues).toEqual([]);
    expect([fiche.steps.length, fiche.budget.length, fiche.team.length]).toEqual([2000, 20_000, 50_000]);
    const checks = checkFiche(fiche, { statusDate: "2026-06-30" });
    expect(checks).toEqual([]);
  });
});
