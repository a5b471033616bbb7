import { describe, expect, it } from "vitest";
import { analyzeWorkbook } from "../../../src/core/analyze.js";
import {
  EXAMPLE_CAPACITY,
  EXAMPLE_STATUS_DATE,
  EXAMPLES,
  type ExampleProject,
  MEDIATHEQUE,
} from "../../../src/core/examples/index.js";
import { consolidateEntries } from "../../../src/core/portfolio/index.js";
import { DEFAULT_DIGITAL_SERVICE } from "../../../src/core/template/columns.js";
import { exampleGrid } from "../../../src/core/template/grid.js";
import type { Analysis, CapacityRow, Cell } from "../../../src/core/types.js";

const analyses = new Map<ExampleProject, Analysis>(
  EXAMPLES.map((p) => [p, analyzeWorkbook(exampleGrid(p), { statusDate: "2030-01-01" })]),
);
const analysisOf = (p: ExampleProject) => analyses.get(p) as Analysis;
const byCode = (code: string) => EXAMPLES.find((p) => p.project.code === code) as ExampleProject;
const capacityRows: CapacityRow[] = EXAMPLE_CAPACITY.map((c, i) => ({ ...c, row: i + 2 }));

describe("the example projects", () => {
  it("are six, with distinct codes and file names, MEDIATHEQUE first", () => {
    expect(EXAMPLES).toHaveLength(6);
    expect(EXAMPLES[0]).toBe(MEDIATHEQUE);
    expect(new Set(EXAMPLES.map((p) => p.project.code)).size).toBe(6);
    expect(new Set(EXAMPLES.map((p) => p.file)).size).toBe(6);
  });

  it.each(EXAMPLES.map((p) => [p.project.code, p] as const))("%s: shape of a realistic fiche", (_code, p) => {
    expect(p.project.statusDate).toBe(EXAMPLE_STATUS_DATE);
    expect(p.steps.length).toBeGreaterThanOrEqual(8);
    expect(p.steps.length).toBeLessThanOrEqual(15);
    expect(p.steps.some((s) => s.milestone)).toBe(true);
    expect(p.steps.some((s) => s.predecessors.length > 0)).toBe(true);
    expect(p.budget.some((l) => l.type === "Recette")).toBe(true);
    expect(p.budget.every((l) => l.account !== null)).toBe(true);
    expect(p.team.some((r) => r.month.startsWith("2026-"))).toBe(true);
    expect(p.indicators.every((i) => i.baseline !== null && i.target !== null)).toBe(true);
  });

  it.each(EXAMPLES.map((p) => [p.project.code, p] as const))("%s: the grid holds no error cell", (_code, p) => {
    const cells: Cell[] = exampleGrid(p).sheets.flatMap((s) => s.rows.flat());
    expect(cells.filter((c) => c !== null && typeof c === "object" && c.kind === "error")).toEqual([]);
  });

  it.each([
    ["MED-2025-01", "amber", ["STEP_LATE"]],
    ["NUM-2026-02", "green", []],
    [
      "VOI-2026-01",
      "red",
      [
        "BUDGET_OVERCOMMITTED",
        "BUDGET_FORECAST_OVERRUN",
        "DIGITAL_SERVICE_ABSENT",
        "STEP_LATE",
        "STEP_FORECAST_IN_PAST",
        "FUNDING_COMPLETION_DEADLINE",
      ],
    ],
    ["BAT-2026-03", "amber", ["BUDGET_OVERCOMMITTED", "BUDGET_FORECAST_OVERRUN", "VALIDATION_OVERDUE", "STEP_LATE"]],
    ["MOB-2025-04", "green", []],
    ["FS-2027-01", "green", ["FUNDING_BUDGET_MISMATCH"]],
  ])("%s is %s with warnings %j and no error", (code, health, warnings) => {
    const a = analysisOf(byCode(code));
    expect(a.results.statusDate).toBe(EXAMPLE_STATUS_DATE);
    expect(a.results.health.overall).toBe(health);
    expect(a.issues.filter((i) => i.severity === "error")).toEqual([]);
    expect([...new Set(a.issues.map((i) => i.code))].sort()).toEqual([...warnings].sort());
  });

  it("one project is done with every indicator measured, one is planned", () => {
    const done = EXAMPLES.filter((p) => p.project.status === "réalisé");
    expect(done).toHaveLength(1);
    expect(done[0]?.indicators.every((i) => i.measured !== null && i.measuredOn !== null)).toBe(true);
    expect(analysisOf(done[0] as ExampleProject).results.evaluation.map((e) => e.status)).not.toContain("non mesuré");
    expect(EXAMPLES.filter((p) => p.project.status === "prévu")).toHaveLength(1);
  });

  it("every project but one involves the digital service", () => {
    const without = EXAMPLES.filter((p) => !analysisOf(p).results.staffing.digitalServiceInvolved);
    expect(without.map((p) => p.project.code)).toEqual(["VOI-2026-01"]);
    expect(without[0]?.team.some((r) => r.service === DEFAULT_DIGITAL_SERVICE)).toBe(false);
  });

  it("one project uses the Alsace-Moselle holidays, the others France", () => {
    expect(EXAMPLES.map((p) => p.project.holidays).sort()).toEqual([
      "Alsace-Moselle",
      "France",
      "France",
      "France",
      "France",
      "France",
    ]);
  });

  it("the médiathèque is co-financed by DETR, DSIL and the Region, has FCTVA-eligible works and an AP", () => {
    const funders = MEDIATHEQUE.budget.filter((l) => l.type === "Recette").map((l) => l.funder);
    expect(funders).toEqual(expect.arrayContaining(["DETR", "DSIL", "Région"]));
    expect(MEDIATHEQUE.budget.some((l) => l.fctva && l.account === "2313")).toBe(true);
    expect(MEDIATHEQUE.project.programmeAuthorisation).toBe(2_900_000);
    const budget = analysisOf(MEDIATHEQUE).results.budget;
    expect(budget.cofinancingRate).toBeGreaterThan(0.2);
    expect(budget.cofinancingRate).toBeLessThan(0.8);
    expect(budget.fctva).toBeGreaterThan(0);
  });
});

describe("the plans de financement (template v2)", () => {
  const plan = (code: string) => analysisOf(byCode(code)).results.funding;

  it("every project but the portail has one; the portail's Budget revenues stand for it", () => {
    expect(EXAMPLES.filter((p) => (p.funding ?? []).length === 0).map((p) => p.project.code)).toEqual(["NUM-2026-02"]);
    expect(plan("NUM-2026-02").source).toBe("budget");
  });

  it("together they show every category and status, a DETR with both deadlines, a sponsor, a refusal, the CAF", () => {
    const rows = EXAMPLES.flatMap((p) => p.funding ?? []);
    expect(new Set(rows.map((r) => r.category))).toEqual(
      new Set(["État", "Collectivité", "Europe", "Autre public", "Privé"]),
    );
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(["envisagé", "sollicité", "notifié", "refusé", "soldé"]),
    );
    const detr = MEDIATHEQUE.funding?.find((r) => r.scheme === "DETR");
    expect([detr?.awardedOn, detr?.startBy, detr?.completeBy]).toEqual(["2025-05-12", "2027-05-12", "2029-05-12"]);
    expect(rows.filter((r) => r.status === "refusé")).toHaveLength(1);
    expect(rows.some((r) => r.funder.startsWith("CAF"))).toBe(true);
  });

  it.each(EXAMPLES.map((p) => [p.project.code ?? "", p] as const))(
    "%s: the plan matches the Budget's Investissement revenues, but the tiers-lieu's, and is under 80 %",
    (code, p) => {
      const f = plan(code);
      const revenues = p.budget
        .filter((l) => l.section === "Investissement" && l.type === "Recette")
        .reduce((sum, l) => sum + l.forecast, 0);
      expect(f.expected - revenues).toBe(code === "FS-2027-01" ? 65_000 : 0);
      expect(f.ownerShare).toBeGreaterThan(0);
      expect(f.publicAidRate).toBeLessThan(0.8);
    },
  );
});

describe("EXAMPLE_CAPACITY", () => {
  it("covers every service of the 2026 staffing rows, twelve months each", () => {
    const services = new Set(EXAMPLES.flatMap((p) => p.team.filter((r) => r.month < "2027").map((r) => r.service)));
    for (const s of services) {
      expect(EXAMPLE_CAPACITY.filter((c) => c.service === s).map((c) => c.month)).toHaveLength(12);
    }
  });

  it.each(EXAMPLES.map((p) => [p.project.code, p] as const))("%s alone overloads no service", (_code, p) => {
    const portfolio = consolidateEntries([{ file: p.file, analysis: analysisOf(p) }], { capacity: capacityRows });
    expect(portfolio.staffing.filter((l) => l.overloaded)).toEqual([]);
  });

  it("together the projects overload Usages numériques from September to December 2026, and only that", () => {
    const entries = EXAMPLES.map((p) => ({ file: p.file, analysis: analysisOf(p) }));
    const portfolio = consolidateEntries(entries, { capacity: capacityRows });
    const over = portfolio.staffing
      .filter((l) => l.overloaded)
      .map((l) => `${l.service} ${l.month} ${l.planned}/${l.capacity}`);
    expect(over).toEqual([
      "Usages numériques 2026-09 25/18",
      "Usages numériques 2026-10 25/18",
      "Usages numériques 2026-11 26/18",
      "Usages numériques 2026-12 20/18",
    ]);
  });
});
