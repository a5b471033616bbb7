/** Two versions of the médiathèque compared: the example as of the last COPIL, and a month later. */
import { describe, expect, it } from "vitest";
import {
  compareProblemText,
  compareWorkbooks,
  portfolioSheets,
  toCompareDocument,
} from "../../../src/core/app/index.js";
import { MEDIATHEQUE } from "../../../src/core/examples/index.js";
import { outputSheetsToGrid } from "../../../src/core/template/grid.js";
import type { WorkbookGrid } from "../../../src/core/types.js";
import { LAST_COPIL, lastCopilPortfolio, mediathequeMonthLater, THIS_COPIL, WORKS_LINE } from "../../fixtures/copil.js";
import { date, dropTab, fr, grid, setProject } from "../../fixtures/edit.js";

const TODAY = "2027-01-04";
const before = { file: "avant.xlsx", grid: grid(fr(MEDIATHEQUE)) };
const after = { file: "apres.xlsx", grid: grid(mediathequeMonthLater()) };

function compared(old = before, now = after, statusDate: string | null = null) {
  const outcome = compareWorkbooks(old, now, { lang: "fr", today: TODAY, statusDate });
  if (!outcome.ok) throw new Error(compareProblemText(outcome.problem, "en"));
  if (outcome.comparison.kind !== "fiche") throw new Error("expected two fiches");
  return outcome.comparison;
}
const change = (what: string) => compared().changes.find((c) => c.what === what);

describe("compare two fiches: the example and a changed copy", () => {
  it("each side is computed as of its own Date d'état", () => {
    const c = compared();
    expect([c.old, c.new]).toEqual([
      { file: "avant.xlsx", statusDate: LAST_COPIL },
      { file: "apres.xlsx", statusDate: THIS_COPIL },
    ]);
  });

  it.each([
    ["a step slipped: E7's forecast finish, four weeks", "steps.E7.forecastFinish", "2027-04-30", "2027-05-28", 28],
    ["the opening slipped with it", "schedule.forecastFinish", "2027-07-03", "2027-07-23", 20],
    ["the project's slip, working days", "schedule.slipWorkingDays", 0, 14, 14],
    ["E6 finished late", "steps.E6.actualFinish", null, "2026-12-11", null],
    ["E8 progressed", "steps.E8.percentComplete", 0.7, 0.9, 0.2],
    ["a line's forecast up", `budget.expenses.lines["${WORKS_LINE}"].forecast`, 880_000, 925_000, 45_000],
    ["the expenses' forecast up by as much", "budget.expenses.forecast", 2_617_500, 2_662_500, 45_000],
    ["the net cost too", "budget.netCost.forecast", 997_500, 1_042_500, 45_000],
    ["a DETR instalment received (titres émis)", "budget.revenues.lines.DETR.paid", 120_000, 280_000, 160_000],
    ["revenues paid", "budget.revenues.paid", 276_000, 436_000, 160_000],
    ["the FCTVA follows the eligible forecast", "budget.fctva", 396_976.8, 404_358.6, 7_381.8],
    ["budget health: an overrun makes it amber", "health.budget", "green", "amber", null],
  ])("%s", (_name, what, old, now, delta) => {
    expect(change(what)).toMatchObject({ old, new: now, delta });
  });

  it("an issue resolved (E6 no longer late) and one appeared (the works line's overrun)", () => {
    const issues = compared().changes.filter((c) => c.theme === "issues");
    expect(issues.map((c) => [c.what, c.old === null ? "appeared" : "resolved"])).toEqual([
      ['issues.BUDGET_FORECAST_OVERRUN["Budget!N5"]', "appeared"],
      ['issues.STEP_LATE["Calendrier!F7"]', "resolved"],
    ]);
  });

  it("nothing else moved: overall health, project fields, untouched steps and lines are not listed", () => {
    const whats = compared().changes.map((c) => c.what);
    expect(whats).not.toContain("health.overall");
    expect(whats.filter((w) => w.startsWith("project."))).toEqual([]);
    expect(whats.filter((w) => /^steps\.(E1|E2|E3|E4|E5|E12)\./.test(w))).toEqual([]);
  });

  it("the same workbook twice: no change", () => {
    expect(compared(before, before).changes).toEqual([]);
  });

  it("changes come by theme, in report order", () => {
    const themes = compared().changes.map((c) => c.theme);
    const order = ["project", "health", "budget", "lines", "funding", "funders", "schedule", "steps", "issues"];
    expect([...themes].sort((a, b) => order.indexOf(a) - order.indexOf(b))).toEqual(themes);
  });

  it("--status-date is the new fiche's; the old one keeps its own Date d'état", () => {
    const c = compared(before, after, "2027-01-15");
    expect([c.old.statusDate, c.new.statusDate]).toEqual([LAST_COPIL, "2027-01-15"]);
  });

  it("an old fiche without Date d'état is computed as of --status-date, else today", () => {
    const undated = fr(MEDIATHEQUE);
    setProject(undated, "Projet", "Date d'état", null);
    const old = { file: "avant.xlsx", grid: grid(undated) };
    expect(compared(old, after, "2027-01-15").old.statusDate).toBe("2027-01-15");
    expect(compared(old, after).old.statusDate).toBe(TODAY);
  });

  it("a fiche with a missing tab is still compared: its issue appears", () => {
    const broken = { file: "cassee.xlsx", grid: grid(dropTab(mediathequeMonthLater(), "Budget")) };
    const appeared = compared(before, broken).changes.filter((c) => c.theme === "issues" && c.old === null);
    expect(appeared.map((c) => c.what)).toContain("issues.TAB_MISSING.Budget");
  });
});

describe("the compare JSON document", () => {
  it("keys in a fixed order, each change { what, old, new, delta }", () => {
    const doc = toCompareDocument(compared());
    expect(Object.keys(doc)).toEqual(["schemaVersion", "kind", "old", "new", "changes", "project"]);
    expect(doc).toMatchObject({ schemaVersion: 1, kind: "fiche", project: { code: "MED-2025-01" } });
    for (const c of doc.changes) expect(Object.keys(c)).toEqual(["what", "old", "new", "delta"]);
    expect(new Set(doc.changes.map((c) => c.what)).size).toBe(doc.changes.length);
  });

  it("money to cents and ratios to 4 decimals, as SPEC §4", () => {
    const numbers = toCompareDocument(compared()).changes.flatMap((c) => [c.old, c.new, c.delta]);
    for (const n of numbers) if (typeof n === "number") expect(Math.round(n * 10_000) / 10_000).toBe(n);
  });
});

describe("workbooks that cannot be compared", () => {
  const portfolio: WorkbookGrid = outputSheetsToGrid(portfolioSheets(lastCopilPortfolio()));
  const notes: WorkbookGrid = { sheets: [{ name: "Notes", rows: [["à relire"]] }] };
  it.each([
    [
      "a fiche and a portfolio",
      before.grid,
      portfolio,
      "KINDS_DIFFER",
      "impossible de comparer a.xlsx (une fiche projet) avec b.xlsx (un portefeuille)",
    ],
    [
      "a portfolio and a fiche",
      portfolio,
      before.grid,
      "KINDS_DIFFER",
      "impossible de comparer a.xlsx (un portefeuille) avec b.xlsx (une fiche projet)",
    ],
    ["neither, old side", notes, before.grid, "NOT_COMPARABLE", "a.xlsx n'est ni une fiche projet"],
    ["neither, new side", before.grid, notes, "NOT_COMPARABLE", "b.xlsx n'est ni une fiche projet"],
  ])("%s", (_name, old, now, code, sentence) => {
    const outcome = compareWorkbooks(
      { file: "a.xlsx", grid: old },
      { file: "b.xlsx", grid: now },
      { lang: "fr", today: TODAY },
    );
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.problem.code).toBe(code);
    const text = compareProblemText(outcome.problem, "fr");
    expect(text.replace(/\u00A0/g, " ")).toContain(sentence);
    expect(text).not.toContain("\n");
  });

  it("a portfolio is not a fiche because a project lead named a tab Portefeuille", () => {
    const withTab = fr(MEDIATHEQUE);
    withTab.push({ name: "Portefeuille", rows: [["mes notes"]] });
    setProject(withTab, "Projet", "Date d'état", date(THIS_COPIL));
    expect(compareWorkbooks(before, { file: "x.xlsx", grid: grid(withTab) }, { lang: "fr", today: TODAY }).ok).toBe(
      true,
    );
  });
});
