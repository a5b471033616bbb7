/** What the panel may claim from a real check document: template coverage and the health chips. */
import { describe, expect, it } from "vitest";
import { checkWorkbook, templateTabsToAdd } from "../../src/core/app/index.js";
import { MEDIATHEQUE } from "../../src/core/examples/index.js";
import { exampleGrid, outputSheetsToGrid } from "../../src/core/template/grid.js";
import type { WorkbookGrid } from "../../src/core/types.js";
import { type Chips, healthChips, type TemplateCoverage, templateCoverage } from "../../src/panel/claims.js";

const check = (grid: WorkbookGrid, lang: "fr" | "en" = "fr") =>
  checkWorkbook(grid, { lang, today: "2026-11-20" }).document;
const names = (...tabs: string[]): WorkbookGrid => ({ sheets: tabs.map((name) => ({ name, rows: [] })) });

/** The example with one tab's data rows removed (its header kept). */
function withoutRows(tab: string): WorkbookGrid {
  const grid = exampleGrid(MEDIATHEQUE);
  return { sheets: grid.sheets.map((s) => (s.name === tab ? { ...s, rows: s.rows.slice(0, 1) } : s)) };
}

/** The example with one Budget amount made unreadable (an error on the Budget tab). */
function withBudgetError(): WorkbookGrid {
  const grid = exampleGrid(MEDIATHEQUE);
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== "Budget") return s;
      const header = s.rows[0] ?? [];
      const col = header.findIndex((c) => typeof c === "string" && c.startsWith("Engagé"));
      return { ...s, rows: s.rows.map((r, i) => (i === 1 ? r.map((c, j) => (j === col ? "12 k€" : c)) : r)) };
    }),
  };
}

const fresh = () => outputSheetsToGrid(templateTabsToAdd(["Feuil1"], "fr"));
const media = check(exampleGrid(MEDIATHEQUE));

describe("templateCoverage", () => {
  it.each<[string, WorkbookGrid, TemplateCoverage]>([
    ["a blank workbook: none", names("Feuil1"), "none"],
    ["a capacity workbook: none", names("Capacité"), "none"],
    ["Projet and Budget only: partial", names("Projet", "Budget"), "partial"],
    ["the fiche just created: complete", fresh(), "complete"],
    ["the example: complete", exampleGrid(MEDIATHEQUE), "complete"],
  ])("%s", (_name, grid, coverage) => {
    expect(templateCoverage(check(grid))).toBe(coverage);
  });

  it("reads English messages and English tab names alike", () => {
    expect(templateCoverage(check(names("Sheet1"), "en"))).toBe("none");
    expect(templateCoverage(check(names("Project", "Schedule"), "en"))).toBe("partial");
  });
});

describe("healthChips", () => {
  it.each<[string, WorkbookGrid, Chips | null]>([
    // The core says « à vérifier » for all three: the panel shows nothing, the missing tabs say why.
    ["a blank workbook: no chips at all", names("Feuil1"), null],
    // Every tab there but empty: « bon » would be a verdict on data nobody entered.
    ["the fiche just created: no chips at all", fresh(), null],
    [
      "only some tabs: the missing ones are « à vérifier », never green",
      names("Projet", "Budget"),
      { budget: "unknown", schedule: "unknown", staffing: "unknown" },
    ],
    [
      "an empty Équipe tab: « pas de données », not the amber of an absent digital service",
      withoutRows("Équipe"),
      { budget: "green", schedule: "amber", staffing: "empty" },
    ],
    [
      "an error on the Budget tab: « à vérifier », never green",
      withBudgetError(),
      { budget: "unknown", schedule: "amber", staffing: "green" },
    ],
    [
      "the example: the core's lights",
      exampleGrid(MEDIATHEQUE),
      { budget: "green", schedule: "amber", staffing: "green" },
    ],
  ])("%s", (_name, grid, chips) => {
    expect(healthChips(check(grid))).toEqual(chips);
  });

  it("the example's chips are its health as the core computed it", () => {
    const { budget, schedule, staffing } = media.health;
    expect(healthChips(media)).toEqual({ budget, schedule, staffing });
  });
});
