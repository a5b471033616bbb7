/** Two portfolios compared, read back from their `Portefeuille` tab; and the `Évolution` tab. */
import { describe, expect, it } from "vitest";
import {
  compareWorkbooks,
  type NamedPortfolio,
  portfolioSheets,
  previousPortfolio,
  toCompareDocument,
} from "../../../src/core/app/index.js";
import { portfolioSnapshot } from "../../../src/core/compare/portfolioSnapshot.js";
import { markStatusDate, readPortfolioTab } from "../../../src/core/compare/portfolioTab.js";
import type { PortfolioComparison } from "../../../src/core/compare/types.js";
import type { Portfolio } from "../../../src/core/portfolio/types.js";
import { outputSheetsToGrid } from "../../../src/core/template/grid.js";
import type { Cell, Lang, OutputSheet, Sheet, WorkbookGrid } from "../../../src/core/types.js";
import { LAST_COPIL, lastCopilPortfolio, THIS_COPIL, thisCopilPortfolio } from "../../fixtures/copil.js";

const written = (p: Portfolio): WorkbookGrid => outputSheetsToGrid(portfolioSheets(p));
/** The grid with its Portefeuille tab changed by `edit`. */
const editTab = (g: WorkbookGrid, edit: (s: Sheet) => Sheet): WorkbookGrid => ({
  sheets: g.sheets.map((s) => (s.name === "Portefeuille" ? edit(s) : s)),
});

describe("a portfolio read back from its Portefeuille tab", () => {
  it.each(["fr", "en"] as const)("gives what was consolidated (%s)", (lang: Lang) => {
    const p = thisCopilPortfolio(lang);
    const read = readPortfolioTab(written(p));
    expect(read).toEqual({ ok: true, snapshot: portfolioSnapshot(p) });
  });

  it("finds columns by their header, not their position", () => {
    const p = lastCopilPortfolio();
    const reversed = editTab(written(p), (s) => ({
      ...s,
      rows: s.rows.map((r, i) => (i === 0 ? r : [...r].reverse())),
    }));
    expect(readPortfolioTab(reversed)).toEqual({ ok: true, snapshot: portfolioSnapshot(p) });
  });

  it("a column the tab lacks reads as null, the others still", () => {
    const header = (s: Sheet) => s.rows.findIndex((r) => r.includes("Code projet"));
    const noSlip = editTab(written(lastCopilPortfolio()), (s) => {
      const col = s.rows[header(s)]?.indexOf("Glissement (jours ouvrés)") ?? -1;
      return { ...s, rows: s.rows.map((r) => r.filter((_, c) => c !== col)) };
    });
    const read = readPortfolioTab(noSlip);
    if (!read.ok) throw new Error(read.problem);
    expect(read.snapshot.projects.map((p) => p.slipWorkingDays)).toEqual([null, null, null, null]);
    expect(read.snapshot.projects.map((p) => p.health.overall)).toEqual(["amber", "green", "red", "green"]);
  });

  it.each([
    ["no Portefeuille tab", { sheets: [{ name: "Projet", rows: [["Code projet", "X"]] }] }, "noPortfolioTab"],
    [
      "a Portefeuille tab without the mark",
      { sheets: [{ name: "Portefeuille", rows: [["Mon suivi"]] }] },
      "noPortfolioTab",
    ],
    [
      "a marked tab without a project table",
      {
        sheets: [{ name: "Portefeuille", rows: [["Généré par fiche-projet — Portefeuille"], ["Projets", "Alertes"]] }],
      },
      "noProjectTable",
    ],
  ] as const)("%s", (_name, grid, problem) => {
    expect(readPortfolioTab(grid)).toEqual({ ok: false, problem });
  });

  it("a code listed twice keeps its first row; the table ends at the first row without a code", () => {
    const doubled = editTab(written(lastCopilPortfolio()), (s) => {
      const rows: Cell[][] = s.rows.map((r) => [...r]);
      const at = rows.findIndex((r) => r.includes("Code projet"));
      const first = rows[at + 1] as Cell[];
      rows.splice(at + 2, 0, [...first]);
      rows.push([], ["", "IGNORED"], ["notes.xlsx", "ZZZ-1"]);
      return { ...s, rows };
    });
    const read = readPortfolioTab(doubled);
    if (!read.ok) throw new Error(read.problem);
    expect(read.snapshot.projects.map((p) => p.code)).toEqual([
      "MED-2025-01",
      "NUM-2026-02",
      "VOI-2026-01",
      "MOB-2025-04",
    ]);
  });
});

describe("markStatusDate", () => {
  it.each([
    ["French mark", "Généré par fiche-projet — Portefeuille de projets — état au 15/11/2026", "2026-11-15"],
    ["English mark", "Généré par fiche-projet — Project portfolio — as of 2026-11-15", "2026-11-15"],
    ["no shared status date", "Généré par fiche-projet — Portefeuille de projets", null],
    ["an impossible date", "Généré par fiche-projet — Portefeuille — état au 31/02/2026", null],
  ])("%s", (_name, mark, expected) => {
    expect(markStatusDate(mark)).toBe(expected);
  });
});

function comparedPortfolios(): PortfolioComparison {
  const outcome = compareWorkbooks(
    { file: "octobre.xlsx", grid: written(lastCopilPortfolio()) },
    { file: "novembre.xlsx", grid: written(thisCopilPortfolio("en")) },
    { lang: "fr", today: THIS_COPIL },
  );
  if (!outcome.ok || outcome.comparison.kind !== "portfolio") throw new Error("expected two portfolios");
  return outcome.comparison;
}

describe("compare two portfolios", () => {
  it("status dates from the marks, even across languages", () => {
    const c = comparedPortfolios();
    expect([c.old.statusDate, c.new.statusDate]).toEqual([LAST_COPIL, THIS_COPIL]);
  });

  it("projects by what changed most: health worse first, then slip; added, removed, unchanged after", () => {
    expect(comparedPortfolios().projects.map((e) => [e.code, e.move, e.healthWorsening, e.slipDelta])).toEqual([
      ["NUM-2026-02", "kept", 1, 0],
      ["MED-2025-01", "kept", 0, 14],
      ["VOI-2026-01", "kept", 0, 0],
      ["FS-2027-01", "added", 0, null],
      ["MOB-2025-04", "removed", 0, null],
    ]);
  });

  it.each([
    [
      "a project added",
      "projects.FS-2027-01",
      null,
      "Tiers-lieu et espace France Services de la halle de la gare",
      null,
    ],
    ["a project removed", "projects.MOB-2025-04", "Plan vélo intercommunal : phase 1", null, null],
    ["health then and now", "projects.NUM-2026-02.health.overall", "green", "amber", null],
    ["slip", "projects.MED-2025-01.slipWorkingDays", 0, 14, 14],
    ["forecast finish", "projects.MED-2025-01.forecastFinish", "2027-07-03", "2027-07-23", 20],
    ["expenses' forecast", "projects.MED-2025-01.expenses.forecast", 2_617_500, 2_662_500, 45_000],
    ["net cost", "projects.MED-2025-01.netCost.forecast", 997_500, 1_042_500, 45_000],
    ["totals: expenses' forecast", "totals.expenses.forecast", 5_074_100, 4_945_800, -128_300],
    ["totals: projects amber", "totals.projectsByHealth.amber", 1, 2, 1],
  ])("%s", (_name, what, old, now, delta) => {
    expect(comparedPortfolios().changes.find((c) => c.what === what)).toMatchObject({ old, new: now, delta });
  });

  it("the JSON: changes, then each project then and now, then the totals", () => {
    const doc = toCompareDocument(comparedPortfolios());
    expect(Object.keys(doc)).toEqual(["schemaVersion", "kind", "old", "new", "changes", "projects", "totals"]);
    if (doc.kind !== "portfolio") throw new Error("portfolio expected");
    expect(doc.projects[3]).toMatchObject({
      code: "FS-2027-01",
      move: "added",
      old: null,
      new: { health: { overall: "green" } },
    });
    expect(Object.keys(doc.projects[0]?.new ?? {})).toEqual([
      "title",
      "status",
      "health",
      "slipWorkingDays",
      "forecastFinish",
      "expenses",
      "revenues",
      "netCost",
      "errors",
      "warnings",
    ]);
    expect(doc.totals.new).toMatchObject({ projects: 4, projectsByHealth: { green: 1, amber: 2, red: 1, unknown: 0 } });
  });
});

describe("the Évolution tab (consolidate --previous)", () => {
  const previous = (): NamedPortfolio => {
    const read = previousPortfolio({ file: "octobre.xlsx", grid: written(lastCopilPortfolio()) });
    if (!read.ok) throw new Error(read.problem.code);
    return read.previous;
  };
  const evolution = (lang: Lang = "fr"): OutputSheet => {
    const sheets = portfolioSheets(thisCopilPortfolio(lang), { previous: previous() });
    return sheets[1] as OutputSheet;
  };
  const text = (s: OutputSheet) => s.rows.map((r) => r.map((c) => (c === null ? "" : String(c))));
  const bodyRows = (s: OutputSheet) => {
    const header = s.rows.findIndex((r) => r[0] === "Code projet" || r[0] === "Project code");
    return { header, rows: s.rows.slice(header + 1, header + 6) };
  };

  it("comes second, after the first tab; without --previous there is none", () => {
    expect(portfolioSheets(thisCopilPortfolio(), { previous: previous() }).map((s) => s.name)).toEqual([
      "Tableau de bord",
      "Évolution",
      "Portefeuille",
      "PPI",
      "Financements",
      "Budget consolidé",
      "Charge services",
      "Contrôles",
    ]);
    expect(portfolioSheets(thisCopilPortfolio()).map((s) => s.name)).not.toContain("Évolution");
  });

  it.each([
    ["fr", "Évolution", "Généré par fiche-projet — Évolution depuis le 15/11/2026 — état au 15/12/2026"],
    ["en", "Changes", "Généré par fiche-projet — Changes since 2026-11-15 — as of 2026-12-15"],
  ] as const)("%s: its name, and the mark in A1", (lang, name, mark) => {
    const s = evolution(lang);
    expect(s.name).toBe(name);
    expect(s.rows[0]?.[0]).toBe(mark);
    expect(s.styles).toContainEqual({ row: 0, col: 0, rows: 1, cols: 1, style: "mark" });
  });

  it("one row per project, sorted by what changed most, with its move and health then → now", () => {
    const s = evolution();
    const { rows } = bodyRows(s);
    expect(rows.map((r) => r.slice(0, 5))).toEqual([
      ["NUM-2026-02", "Portail citoyen et démarches en ligne", "santé dégradée", "vert", "orange"],
      ["MED-2025-01", "Médiathèque tête de réseau et mise en réseau des bibliothèques", "modifié", "orange", "orange"],
      ["VOI-2026-01", "Programme de voirie 2026 : réfection des voies communautaires", "modifié", "rouge", "rouge"],
      ["FS-2027-01", "Tiers-lieu et espace France Services de la halle de la gare", "nouveau", null, "vert"],
      ["MOB-2025-04", "Plan vélo intercommunal : phase 1", "retiré", "vert", null],
    ]);
    expect(rows[1]?.slice(5)).toEqual([
      0,
      14,
      14,
      { kind: "date", iso: "2027-07-03" },
      { kind: "date", iso: "2027-07-23" },
      2_617_500,
      2_662_500,
      45_000,
    ]);
  });

  it("health cells in the health colours, a removed project muted, the header frozen and filtered", () => {
    const s = evolution();
    const { header } = bodyRows(s);
    const styleAt = (row: number, col: number) =>
      s.styles
        .filter((a) => row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols)
        .map((a) => a.style);
    expect(styleAt(header + 1, 3)).toContain("green");
    expect(styleAt(header + 1, 4)).toContain("amber");
    expect(styleAt(header + 5, 0)).toContain("muted");
    expect(s.frozenRows).toBe(header + 1);
    expect(s.filters).toEqual([{ row: header, col: 0, rows: 6, cols: 13 }]);
    expect(s).toMatchObject({ landscape: true, fitWidth: true, frozenColumns: 2 });
  });

  it("the counts then → now above the table, the expenses' total under it", () => {
    const s = evolution();
    expect(text(s).flat()).toContain("Projets\u00A0: 4 → 4 — au rouge 1 → 1, à l'orange 1 → 2, au vert 2 → 1");
    const total = s.rows.find((r) => r[0] === "Total");
    expect(total?.slice(10)).toEqual([5_074_100, 4_945_800, -128_300]);
  });

  it.each([
    ["a fiche", { sheets: [{ name: "Projet", rows: [] }] }, "NOT_A_PORTFOLIO"],
    ["a workbook of notes", { sheets: [{ name: "Notes", rows: [] }] }, "NOT_A_PORTFOLIO"],
    [
      "a marked tab without a project table",
      { sheets: [{ name: "Portefeuille", rows: [["Généré par fiche-projet"]] }] },
      "NO_PROJECT_TABLE",
    ],
  ] as const)("a previous that is not a portfolio: %s", (_name, grid, code) => {
    const read = previousPortfolio({ file: "x.xlsx", grid });
    expect(read.ok ? null : read.problem.code).toBe(code);
  });
});
