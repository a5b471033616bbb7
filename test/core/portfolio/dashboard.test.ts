/** SPEC §6 `Tableau de bord`: the first tab, what a comité de direction decides from. */
import { describe, expect, it } from "vitest";
import { consolidatePortfolio, summarizeProject } from "../../../src/core/portfolio/index.js";
import { buildDashboardSheet, sortForDashboard } from "../../../src/core/portfolio/tabs/dashboard.js";
import { HEALTH_POINT_COLORS, MONEY_AXIS_FORMAT } from "../../../src/core/report/chartLook.js";
import type { CapacityRow, Health, YearSectionTotal } from "../../../src/core/types.js";
import { makeAnalysis, measures } from "../output/fixtures.js";
import { allCells, expectWellFormed, rowOf, stylesAt } from "../report/invariants.js";

const lights = (overall: Health) => ({ budget: overall, schedule: overall, staffing: overall, overall });
const project = (code: string, overall: Health, status: "en cours" | "prévu" | "réalisé" = "en cours") =>
  summarizeProject(`dossier/${code}.xlsx`, makeAnalysis({ code, health: lights(overall), status }));
const investment = (year: number, forecast: number): YearSectionTotal => ({
  year,
  section: "Investissement",
  type: "Dépense",
  ...measures(0, 0, 0, 0, forecast),
});
const capacity = (service: string, month: string, available: number): CapacityRow => ({
  row: 2,
  service,
  month,
  available,
});

describe("the dashboard's order", () => {
  it("red, « à vérifier », amber, green, then by code", () => {
    const p = consolidatePortfolio(
      [
        project("G-2", "green"),
        project("A-1", "amber"),
        project("U-1", "unknown"),
        project("R-2", "red"),
        project("g-1", "green"),
        project("R-1", "red"),
      ],
      {},
    );
    expect(sortForDashboard(p.rows).map((r) => r.code)).toEqual(["R-1", "R-2", "U-1", "A-1", "g-1", "G-2"]);
  });
});

describe("Tableau de bord", () => {
  const p = consolidatePortfolio(
    [
      { ...project("A", "green", "réalisé"), byYearSection: [] },
      { ...project("B", "red"), byYearSection: [investment(2026, 100), investment(2027, 50)] },
      { ...project("C", "unknown", "prévu"), byYearSection: [investment(2027, 1)] },
    ],
    { capacity: [capacity("Services techniques", "2026-03", 20), capacity("Usages numériques", "2026-03", 1)] },
  );
  const sheet = buildDashboardSheet(p);
  const header = rowOf(sheet, "Code projet");

  it("is the first tab's layout: well formed, A4 landscape one page wide, the table's header repeated", () => {
    expectWellFormed(sheet);
    expect(sheet.name).toBe("Tableau de bord");
    expect(sheet).toMatchObject({ landscape: true, fitWidth: true, printTitleRows: { row: header, rows: 1 } });
    expect(sheet.rows[1]?.[0]).toBe("Tableau de bord du portefeuille — état au 09/06/2026");
  });

  it("lists the projects with SPEC §6's columns, health in words on its colour, wrapped, then a total", () => {
    expect(sheet.rows[header]).toEqual([
      "Code projet",
      "Intitulé",
      "Chef de projet",
      "Statut",
      "Santé",
      "Dépenses (prévision finale)",
      "Taux de réalisation",
      "Glissement (j ouvrés)",
      "Fin prévisionnelle",
      "Financements à encaisser",
    ]);
    const rows = sheet.rows.slice(header + 1, header + 4);
    expect(rows.map((r) => [r[0], r[3], r[4], r[7]])).toEqual([
      ["B", "en cours", "rouge", 13.000000000000002],
      ["C", "prévu", "à vérifier", 13.000000000000002],
      ["A", "réalisé", "vert", 13.000000000000002],
    ]);
    expect(rows[0]?.[8]).toEqual({ kind: "date", iso: "2027-01-08" });
    expect(stylesAt(sheet, header + 1, 4)).toEqual(["red"]);
    expect(stylesAt(sheet, header + 2, 4)).toEqual(["unknown"]);
    expect(sheet.wrap).toEqual([{ row: header + 1, col: 0, rows: 3, cols: 10 }]);
    expect(sheet.filters).toEqual([{ row: header, col: 0, rows: 4, cols: 10 }]);
    const total = rowOf(sheet, "Total");
    expect(total).toBe(header + 4);
    expect(sheet.rows[total]?.[5]).toBe(p.totals.overall.expenses.forecast);
    expect(sheet.rows[total]?.[9]).toBe(p.rows.reduce((sum, r) => sum + r.fundingToReceive, 0));
  });

  it("shows no file path", () => {
    expect(allCells(sheet).some((c) => typeof c === "string" && c.includes(".xlsx"))).toBe(false);
  });

  it("the strip: key figures, projects by health, investment by year, statuses, overloads", () => {
    const keys = rowOf(sheet, "Chiffres clés");
    const value = (label: string) => sheet.rows[rowOf(sheet, label)]?.[2];
    expect(value("Projets consolidés")).toBe(3);
    expect(value("Dépenses (prévision finale)")).toBe(p.totals.overall.expenses.forecast);
    expect(value("Reste à charge (prévision finale)")).toBe(p.totals.overall.netCost.forecast);
    expect(sheet.rows[keys]?.slice(4, 6)).toEqual(["Santé", "Projets"]);
    expect(sheet.rows.slice(keys + 1, keys + 5).map((r) => r.slice(4, 6))).toEqual([
      ["vert", 1],
      ["orange", 0],
      ["rouge", 1],
      ["à vérifier", 1],
    ]);
    expect(sheet.rows.slice(keys, keys + 3).map((r) => r.slice(8, 10))).toEqual([
      ["Exercice", "Investissement (prévision finale)"],
      ["2026", 100],
      ["2027", 51],
    ]);
    expect(allCells(sheet)).toContain("Statuts\u00A0: 1 en cours, 1 prévu, 1 réalisé");
  });

  it("two charts side by side, above the table: projects by health (its colours) and investment per year", () => {
    const keys = rowOf(sheet, "Chiffres clés");
    const [health, invest] = sheet.charts;
    expect(health).toMatchObject({
      kind: "column",
      title: "Projets par santé",
      data: { row: keys, col: 4, rows: 5, cols: 2 },
      dataLabels: true,
      series: [{ name: "Projets", pointColors: HEALTH_POINT_COLORS }],
    });
    expect(invest).toMatchObject({
      title: "Investissement par exercice (prévision finale)",
      data: { row: keys, col: 8, rows: 3, cols: 2 },
      valueFormat: MONEY_AXIS_FORMAT,
    });
    expect(health?.anchor.row).toBe(invest?.anchor.row);
    expect(health?.anchor.col).toBe(0);
    expect(invest?.anchor.col).toBe(4);
    // The table starts below the charts: 14 rows of 15 pt hold their 195 pt.
    expect(header - (health?.anchor.row ?? 0)).toBeGreaterThan(14);
  });

  it.each([
    ["no capacity given", [], "Services en surcharge\u00A0: capacité des services non fournie", "muted"],
    ["no overload", [capacity("Services techniques", "2026-03", 100)], "Services en surcharge\u00A0: aucun", "muted"],
    [
      "overloads named by service and month",
      [capacity("Services techniques", "2026-03", 10), capacity("Usages numériques", "2026-03", 1)],
      "Services en surcharge\u00A0: Services techniques\u00A0: mars 2026\u00A0; Usages numériques\u00A0: mars 2026",
      "overload",
    ],
  ])("the overload line, %s", (_name, cap, text, style) => {
    const tab = buildDashboardSheet(consolidatePortfolio([project("A", "green")], { capacity: cap }));
    const row = rowOf(tab, text);
    expect(stylesAt(tab, row, 9)).toEqual([style]);
  });

  it("without investment: no investment chart, the strip says so", () => {
    const tab = buildDashboardSheet(consolidatePortfolio([{ ...project("A", "green"), byYearSection: [] }], {}));
    expectWellFormed(tab);
    expect(tab.charts.map((c) => c.title)).toEqual(["Projets par santé"]);
    expect(allCells(tab)).toContain("Aucune dépense d'investissement");
  });

  it("set-aside and unreadable workbooks are counted in the strip", () => {
    const tab = buildDashboardSheet(
      consolidatePortfolio([project("A", "green"), { ...project("A", "green"), file: "copie.xlsx" }], {
        failures: [{ file: "x.xlsx", message: "fichier vide" }],
      }),
    );
    expect(tab.rows[rowOf(tab, "Classeurs non consolidés")]?.[2]).toBe(1);
    expect(tab.rows[rowOf(tab, "Classeurs écartés (code en double)")]?.[2]).toBe(1);
  });

  it("in English", () => {
    const en = buildDashboardSheet({ ...p, lang: "en" });
    expect(en.name).toBe("Dashboard");
    expect(en.rows[1]?.[0]).toBe("Portfolio dashboard — as of 2026-06-09");
    expect(en.rows[rowOf(en, "Project code")]?.slice(4, 6)).toEqual(["Health", "Expenses (forecast)"]);
    expect(en.charts.map((c) => c.title)).toEqual(["Projects by health", "Capital expenditure by year (forecast)"]);
  });
});
