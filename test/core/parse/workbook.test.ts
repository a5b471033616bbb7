import { describe, expect, it } from "vitest";
import { findHeader } from "../../../src/core/parse/header.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import { findSheet } from "../../../src/core/parse/tabs.js";
import { tabSpec } from "../../../src/core/template/columns.js";
import type { Cell, IssueDraft, WorkbookGrid } from "../../../src/core/types.js";
import { d, frenchSheets, frenchWorkbook, withSheet } from "./fixtures.js";

const where = (issues: readonly IssueDraft[]) => issues.map((i) => `${i.code} ${i.sheet}!${i.cell ?? "-"}`);
/** One param of drafts of mixed codes (each code has its own params type). */
const param = (i: IssueDraft, key: string): unknown => (i.params as Readonly<Record<string, unknown>>)[key];

describe("tab matching", () => {
  it.each<[string, string, Parameters<typeof tabSpec>[0]]>([
    ["French name", "Calendrier", "calendrier"],
    ["lower case", "calendrier", "calendrier"],
    ["spaces around", "  Calendrier ", "calendrier"],
    ["no accents", "Equipe", "equipe"],
    ["capitals with accent", "ÉQUIPE", "equipe"],
    ["English name", "Schedule", "calendrier"],
    ["alias", "Staffing", "equipe"],
    ["alias with accent", "Suivi budgetaire", "budget"],
    ["English Capacity", "capacity", "capacite"],
  ])("%s: %s", (_name, sheetName, key) => {
    const grid: WorkbookGrid = {
      sheets: [
        { name: "Autre", rows: [] },
        { name: sheetName, rows: [] },
      ],
    };
    expect(findSheet(grid, tabSpec(key))?.name).toBe(sheetName);
  });

  it("ignores tabs that only look alike", () => {
    const grid: WorkbookGrid = { sheets: [{ name: "Calendrier 2025", rows: [] }] };
    expect(findSheet(grid, tabSpec("calendrier"))).toBeNull();
  });
});

describe("header row", () => {
  it("is found below a title row and blank rows", () => {
    const sheet = {
      name: "Budget",
      rows: [
        ["Suivi budgétaire 2026"],
        [],
        ["Ville de X", null, "Poste"],
        ["Poste", "Section", "Exercice", "Prévu initial"],
      ],
    };
    expect(findHeader(sheet, tabSpec("budget"))).toEqual({
      headerRow: 4,
      columns: { line: 0, section: 1, year: 2, initial: 3 },
      lastColumn: 3,
    });
  });

  it("accepts English, aliases, required stars and units in brackets; ignores unknown columns", () => {
    const sheet = {
      name: "Budget",
      rows: [["Line", "Remarque", "Section *", "Fiscal year", "Prévu initial (€)", "Titré"]],
    };
    expect(findHeader(sheet, tabSpec("budget"))?.columns).toEqual({
      line: 0,
      section: 2,
      year: 3,
      initial: 4,
      paid: 5,
    });
  });

  it("is not searched beyond the tenth row", () => {
    const rows: Cell[][] = Array.from({ length: 10 }, () => ["titre"]);
    rows.push(["Poste", "Section", "Exercice", "Prévu initial"]);
    expect(findHeader({ name: "Budget", rows }, tabSpec("budget"))).toBeNull();
  });
});

describe("parseWorkbook", () => {
  it("reads the clean French workbook without issues", () => {
    const { fiche, issues } = parseWorkbook(frenchWorkbook());
    expect(issues).toEqual([]);
    expect(fiche.project).toMatchObject({
      code: "NUM-2026-01",
      status: "en cours",
      steeringCommittee: ["Vice-président", "DGS", "DSI"],
      digitalService: "Usages numériques",
      statusDate: "2026-06-30",
      holidays: "France",
      programmeAuthorisation: 250000,
      fctvaRate: 0.16404,
    });
    expect(fiche.steps.map((s) => [s.id, s.row, s.predecessors, s.percentComplete])).toEqual([
      ["E1", 4, [], 1],
      ["E2", 5, ["E1"], 0.4],
      ["E3", 6, ["E2"], null],
    ]);
    expect(fiche.team.map((t) => [t.month, t.actual])).toEqual([
      ["2026-04", 4],
      ["2026-04", 8.5],
    ]);
    expect(fiche.layout.calendrier).toMatchObject({ sheet: "Calendrier", headerRow: 3 });
    expect(fiche.layout.projet?.rows?.code).toBe(2);
  });

  it("applies the defaults of SPEC §1", () => {
    const grid: WorkbookGrid = {
      sheets: [
        { name: "Projet", rows: [["Code projet", "P1"]] },
        {
          name: "Calendrier",
          rows: [
            ["ID", "Étape", "Début prévu", "Fin prévue"],
            ["A", "Étude", "01/02/2026", "28/02/2026"],
          ],
        },
        {
          name: "Budget",
          rows: [
            ["Poste", "Section", "Exercice", "Prévu initial", "Engagé"],
            ["Études", "Fonctionnement", 2026, 1000, 1500],
            ["Divers", "Fonctionnement", 2026, 800, null],
          ],
        },
        {
          name: "Équipe",
          rows: [
            ["Service", "Mois"],
            ["Finances", "2026-02"],
          ],
        },
      ],
    };
    const { fiche } = parseWorkbook(grid);
    expect(fiche.project).toMatchObject({
      digitalService: "Usages numériques",
      holidays: "France",
      fctvaRate: 0.16404,
      statusDate: null,
      programmeAuthorisation: null,
      steeringCommittee: [],
    });
    expect(
      fiche.budget.map(({ type, open, committed, paid, forecast, fctva }) => ({
        type,
        open,
        committed,
        paid,
        forecast,
        fctva,
      })),
    ).toEqual([
      { type: "Dépense", open: 1000, committed: 1500, paid: 0, forecast: 1500, fctva: false },
      { type: "Dépense", open: 800, committed: 0, paid: 0, forecast: 800, fctva: false },
    ]);
    expect(fiche.steps[0]).toMatchObject({ milestone: false, percentComplete: null, predecessors: [], budget: null });
    expect(fiche.team[0]).toMatchObject({ planned: 0, actual: 0, person: null, step: null });
  });

  it("reads an English workbook", () => {
    const grid: WorkbookGrid = {
      sheets: [
        {
          name: "Project",
          rows: [
            ["Project code", "EN-1"],
            ["Title", "Library portal"],
            ["Status", "in progress"],
            ["Project lead", "Alex"],
            ["Lead service", "Culture"],
            ["Holidays", "none"],
            ["Status date", "2026-05-31"],
          ],
        },
        {
          name: "Schedule",
          rows: [
            ["ID", "Step", "Baseline start", "Baseline finish", "% complete", "Predecessors", "Milestone"],
            ["S1", "Specs", "2026-01-05", "2026-02-27", 0.5, null, "no"],
            ["S2", "Go live", "2026-03-02", "2026-03-02", null, "S1", "yes"],
          ],
        },
        {
          name: "Budget",
          rows: [
            ["Line", "Section", "Type", "Year", "Initial budget", "Committed", "Paid", "Forecast"],
            ["Licences", "Operating", "Expense", 2026, 12000, 11000, 5000, 12000],
            ["Grant", "Operating", "Revenue", 2026, 3000, null, null, null],
          ],
        },
        {
          name: "Team",
          rows: [
            ["Service", "Month", "Planned days"],
            ["Usages numériques", "March 2026", 3],
          ],
        },
      ],
    };
    const { fiche, issues } = parseWorkbook(grid);
    expect(issues).toEqual([]);
    expect(fiche.project).toMatchObject({
      code: "EN-1",
      status: "en cours",
      holidays: "aucun",
      statusDate: "2026-05-31",
    });
    expect(fiche.steps.map((s) => [s.id, s.milestone, s.percentComplete])).toEqual([
      ["S1", false, 0.5],
      ["S2", true, null],
    ]);
    expect(fiche.budget.map((b) => [b.section, b.type])).toEqual([
      ["Fonctionnement", "Dépense"],
      ["Fonctionnement", "Recette"],
    ]);
    expect(fiche.team[0]).toMatchObject({ month: "2026-03", planned: 3 });
  });

  it("reports every missing required tab under its French name", () => {
    const { issues } = parseWorkbook({ sheets: [{ name: "Feuil1", rows: [["x"]] }] });
    expect(issues).toEqual([
      { code: "TAB_MISSING", sheet: "Projet", cell: null, params: { tab: "Projet" } },
      { code: "TAB_MISSING", sheet: "Calendrier", cell: null, params: { tab: "Calendrier" } },
      { code: "TAB_MISSING", sheet: "Budget", cell: null, params: { tab: "Budget" } },
      { code: "TAB_MISSING", sheet: "Équipe", cell: null, params: { tab: "Équipe" } },
    ]);
  });

  it("reports missing required columns once each and reads no row of that tab", () => {
    const { fiche, issues } = parseWorkbook(
      withSheet("Budget", [
        ["Poste", "Engagé", "Remarque"],
        ["Études", 10, "x"],
        ["Travaux", 20, "y"],
      ]),
    );
    expect(fiche.budget).toEqual([]);
    expect(where(issues)).toEqual(["COLUMN_MISSING Budget!D1", "COLUMN_MISSING Budget!E1", "COLUMN_MISSING Budget!F1"]);
    expect(issues.map((i) => param(i, "column"))).toEqual(["Section", "Exercice", "Prévu initial"]);
  });

  it("reports every required column without a cell when a present tab has no header row", () => {
    const { issues, fiche } = parseWorkbook(withSheet("Équipe", [["Rien à voir"], [1, 2, 3]]));
    expect(where(issues)).toEqual(["COLUMN_MISSING Équipe!-", "COLUMN_MISSING Équipe!-"]);
    expect(fiche.layout.equipe).toEqual({ sheet: "Équipe", headerRow: 0, columns: {} });
  });

  it("reports a required Projet label that is absent as COLUMN_MISSING without a cell, an empty one as VALUE_REQUIRED at B", () => {
    const rows = frenchSheets()
      .find((s) => s.name === "Projet")
      ?.rows.filter((r) => r[0] !== "Chef de projet")
      .map((r) => (r[0] === "Intitulé" ? ["Intitulé", "  "] : r));
    const { issues } = parseWorkbook(withSheet("Projet", rows ?? []));
    expect(where(issues)).toEqual(["COLUMN_MISSING Projet!-", "VALUE_REQUIRED Projet!B3"]);
    expect(issues.map((i) => param(i, "column"))).toEqual(["Chef de projet", "Intitulé"]);
  });

  it("skips empty rows and keeps sheet row numbers", () => {
    const { fiche } = parseWorkbook(
      withSheet("Équipe", [
        ["Service", "Mois", "Charge prévue"],
        [],
        [null, "  ", null],
        ["Usages numériques", "2026-05", 2],
      ]),
    );
    expect(fiche.team.map((t) => t.row)).toEqual([4]);
  });

  it("ragged rows: missing trailing cells are empty", () => {
    const { fiche, issues } = parseWorkbook(
      withSheet("Calendrier", [
        ["ID", "Étape", "Début prévu", "Fin prévue", "Prédécesseurs"],
        ["A", "Étude", d("2026-01-01"), d("2026-01-31")],
      ]),
    );
    expect(issues).toEqual([]);
    expect(fiche.steps[0]?.predecessors).toEqual([]);
  });

  it("a formula error in a required cell is reported once and leaves the row out", () => {
    const { fiche, issues } = parseWorkbook(
      withSheet("Équipe", [
        ["Service", "Mois", "Charge prévue"],
        ["Usages numériques", "#REF!", 2],
        [{ kind: "error", code: "#N/A" }, "2026-05", "#DIV/0!"],
        ["Finances", "2026-05", "#VALUE!"],
      ]),
    );
    expect(issues.map((i) => `${i.code} ${i.cell} ${String(param(i, "error"))}`)).toEqual([
      "CELL_FORMULA_ERROR B2 #REF!",
      "CELL_FORMULA_ERROR A3 #N/A",
      "CELL_FORMULA_ERROR C3 #DIV/0!",
      "CELL_FORMULA_ERROR C4 #VALUE!",
    ]);
    expect(fiche.team.map((t) => [t.row, t.planned])).toEqual([[4, 0]]);
  });

  it("an invalid optional value is reported and its default applies", () => {
    const { fiche, issues } = parseWorkbook(
      withSheet("Budget", [
        ["Poste", "Section", "Sens", "Exercice", "Prévu initial", "Crédits ouverts", "FCTVA"],
        ["Études", "Investissement", "Dépenses ?", 2026, 1000, "beaucoup", "peut-être"],
      ]),
    );
    expect(issues.map((i) => `${i.code} ${i.cell} ${String(param(i, "expected"))}`)).toEqual([
      "VALUE_INVALID C2 flow",
      "VALUE_INVALID F2 amount",
      "VALUE_INVALID G2 yesno",
    ]);
    expect(fiche.budget[0]).toMatchObject({ type: "Dépense", open: 1000, fctva: false });
  });

  it("remembers the IDs of Calendrier rows left out, so references to them are not unknown", () => {
    const { fiche } = parseWorkbook(
      withSheet("Calendrier", [
        ["ID", "Étape", "Début prévu", "Fin prévue", "Prédécesseurs"],
        ["E1", "Études", "31/02/2026", d("2026-03-31")],
        ["E2", null, d("2026-04-01"), d("2026-04-30"), "E1"],
        [null, "Sans ID", d("2026-04-01"), d("2026-04-30")],
        ["E3", "Travaux", d("2026-05-01"), d("2026-05-31"), "E1; E2"],
      ]),
    );
    expect(fiche.steps.map((s) => s.id)).toEqual(["E3"]);
    expect(fiche.unreadStepIds).toEqual(["E1", "E2"]);
  });

  it.each<[string, string, string]>([
    ["Alsace alias", "Alsace", "Alsace-Moselle"],
    ["English none", "None", "aucun"],
    ["accents dropped", "aucune", "aucun"],
  ])("Jours fériés: %s", (_name, typed, expected) => {
    const { fiche } = parseWorkbook(
      withSheet("Projet", [
        ["Code projet", "X"],
        ["Jours fériés :", typed],
      ]),
    );
    expect(fiche.project.holidays).toBe(expected);
  });
});
