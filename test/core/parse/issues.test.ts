import { describe, expect, it } from "vitest";
import { checkFiche } from "../../../src/core/checks/index.js";
import { formatIssues } from "../../../src/core/messages/index.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import type { Lang, WorkbookGrid } from "../../../src/core/types.js";
import { d, frenchSheets } from "./fixtures.js";

/** The issue list as users see it, one line each. */
function report(grid: WorkbookGrid, lang: Lang = "fr", statusDate = "2026-06-30"): string[] {
  const parsed = parseWorkbook(grid);
  const drafts = [...parsed.issues, ...checkFiche(parsed.fiche, { statusDate })];
  return formatIssues(drafts, lang).map((i) => `${i.severity} ${i.code} ${i.sheet}!${i.cell ?? "-"} ${i.message}`);
}

/** A workbook typed in a hurry: every kind of cell problem once. */
function messyWorkbook(): WorkbookGrid {
  const sheets = frenchSheets().map((s) => {
    switch (s.name) {
      case "Projet":
        return {
          name: " projet ",
          rows: [
            ["Code projet :", "NUM-2026-01"],
            ["Intitulé", "Fibre"],
            ["Statut", "presque fini"],
            ["Chef de projet", "#N/A"],
            ["Service pilote", "DSI"],
            ["Taux FCTVA", 16.404],
            ["Autorisation de programme", "12 k€"],
          ],
        };
      case "Calendrier":
        return {
          name: "CALENDRIER",
          rows: [
            ["Planning 2026"],
            ["ID", "Étape", "Début prévu", "Fin prévue", "Début réel", "Fin réelle", "Avancement", "Prédécesseurs"],
            ["E1", "Études", "05/01/2026", "31/02/2026", null, null, "150 %", null],
            ["E2", "Travaux", 46113, 46023, null, null, 0.5, "E1; E9"],
            ["E2", "Doublon", "01/04/2026", "30/04/2026", null, null, null, "E3"],
            ["E3", "Réception", "01/10/2026", "01/10/2026", "15/10/2026", "10/10/2026", null, "E2"],
            [null, "Sans ID", "01/10/2026", "01/10/2026"],
          ],
        };
      case "Budget":
        return {
          name: "Budget",
          rows: [
            ["Poste", "Section", "Sens", "Exercice", "Étape", "Prévu initial", "Crédits ouverts", "Engagé", "Mandaté"],
            ["Études", "Invest", "D", 2026, "E1", 10000, 10000, 12000, 13000],
            ["Travaux", "Investissement", "Dépense", "vingt-six", "E2", 5000, null, null, null],
            ["Matériel", "Investissement", "Dépense", 2026, "E7", "-200", null, null, null],
            [
              "Subvention",
              "Fonctionnement",
              "Recette",
              2026,
              null,
              20000,
              { kind: "error" as const, code: "#REF!" },
              null,
              null,
            ],
          ],
        };
      default:
        return s;
    }
  });
  return { sheets };
}

describe("whole issue lists", () => {
  it("a messy workbook, in French", () => {
    expect(report(messyWorkbook())).toMatchInlineSnapshot(`
      [
        "error VALUE_INVALID  projet !B3 « Statut » : attendu l'une des valeurs : prévu, en cours, réalisé, suspendu, abandonné, trouvé « presque fini »",
        "error CELL_FORMULA_ERROR  projet !B4 Erreur de formule #N/A : corrigez la formule ou saisissez une valeur",
        "error VALUE_INVALID  projet !B7 « Autorisation de programme » : attendu un montant en euros écrit en entier, sans « k » ni « M » (ex. 12 000), trouvé « 12 k€ »",
        "error VALUE_INVALID CALENDRIER!D3 « Fin prévue » : attendu une date (ex. 31/12/2026), trouvé « 31/02/2026 »",
        "error VALUE_INVALID CALENDRIER!G3 « Avancement » : attendu un pourcentage entre 0 et 100 %, trouvé « 150 % »",
        "error VALUE_REQUIRED CALENDRIER!A7 « ID » est obligatoire : la cellule est vide",
        "error VALUE_INVALID Budget!D3 « Exercice » : attendu une année (ex. 2026), trouvé « vingt-six »",
        "error VALUE_INVALID Budget!F4 « Prévu initial » : attendu un montant positif ou nul, trouvé « -200 »",
        "error CELL_FORMULA_ERROR Budget!G5 Erreur de formule #REF! : corrigez la formule ou saisissez une valeur",
        "error ID_DUPLICATE CALENDRIER!A5 ID « E2 » en double (déjà utilisé en A4)",
        "error STEP_UNKNOWN CALENDRIER!H4 Étape « E9 » inconnue : aucun ID du Calendrier ne correspond",
        "error SCHEDULE_CYCLE CALENDRIER!H4 Les prédécesseurs forment une boucle : E2 → E3 → E2",
        "error DATE_ORDER CALENDRIER!D4 Fin (01/01/2026) antérieure au début (01/04/2026)",
        "error DATE_ORDER CALENDRIER!F6 Fin (10/10/2026) antérieure au début (15/10/2026)",
        "warning BUDGET_OVERCOMMITTED Budget!H2 Engagé (12 000,00 €) supérieur aux crédits ouverts (10 000,00 €) sur « Études »",
        "warning BUDGET_PAID_EXCEEDS_COMMITTED Budget!I2 Mandaté (13 000,00 €) supérieur à l'engagé (12 000,00 €) sur « Études »",
        "warning BUDGET_FORECAST_OVERRUN Budget!F2 Prévision finale (12 000,00 €) supérieure aux crédits ouverts (10 000,00 €) sur « Études »",
        "warning VALIDATION_OVERDUE Validation!C3 Validation « Marché travaux » prévue le 20/05/2026 toujours sans décision",
      ]
    `);
  });

  it("the same workbook, in English", () => {
    expect(report(messyWorkbook(), "en")).toMatchInlineSnapshot(`
      [
        "error VALUE_INVALID  projet !B3 "Status": expected one of: planned, in progress, done, on hold, cancelled, found "presque fini"",
        "error CELL_FORMULA_ERROR  projet !B4 Formula error #N/A: fix the formula or type a value",
        "error VALUE_INVALID  projet !B7 "Programme authorisation": expected an amount in euros written in full, without "k" or "M" (e.g. 12000), found "12 k€"",
        "error VALUE_INVALID CALENDRIER!D3 "Baseline finish": expected a date (e.g. 2026-12-31), found "31/02/2026"",
        "error VALUE_INVALID CALENDRIER!G3 "% complete": expected a percentage between 0 and 100%, found "150 %"",
        "error VALUE_REQUIRED CALENDRIER!A7 "ID" is required: the cell is empty",
        "error VALUE_INVALID Budget!D3 "Year": expected a year (e.g. 2026), found "vingt-six"",
        "error VALUE_INVALID Budget!F4 "Initial budget": expected an amount of zero or more, found "-200"",
        "error CELL_FORMULA_ERROR Budget!G5 Formula error #REF!: fix the formula or type a value",
        "error ID_DUPLICATE CALENDRIER!A5 Duplicate ID "E2" (already used in A4)",
        "error STEP_UNKNOWN CALENDRIER!H4 Unknown step "E9": no Schedule ID matches",
        "error SCHEDULE_CYCLE CALENDRIER!H4 Predecessors form a cycle: E2 → E3 → E2",
        "error DATE_ORDER CALENDRIER!D4 Finish (2026-01-01) is before start (2026-04-01)",
        "error DATE_ORDER CALENDRIER!F6 Finish (2026-10-10) is before start (2026-10-15)",
        "warning BUDGET_OVERCOMMITTED Budget!H2 Committed (€12,000.00) exceeds open credits (€10,000.00) on "Études"",
        "warning BUDGET_PAID_EXCEEDS_COMMITTED Budget!I2 Paid (€13,000.00) exceeds committed (€12,000.00) on "Études"",
        "warning BUDGET_FORECAST_OVERRUN Budget!F2 Forecast (€12,000.00) exceeds open credits (€10,000.00) on "Études"",
        "warning VALIDATION_OVERDUE Validation!C3 Approval stage "Marché travaux" planned on 2026-05-20 still has no decision",
      ]
    `);
  });

  it("a finished project with no measure, no digital service and too much co-funding", () => {
    const sheets = frenchSheets().map((s) => {
      if (s.name === "Projet")
        return { ...s, rows: s.rows.map((r) => (r[0] === "Statut" ? ["Statut", "Réalisé"] : r)) };
      if (s.name === "Équipe") return { ...s, rows: [s.rows[0] ?? [], ["Patrimoine", null, null, d("2026-02-01"), 3]] };
      if (s.name === "Évaluation")
        return { ...s, rows: [s.rows[0] ?? [], ["Écoles raccordées", "écoles", 0, 12, null]] };
      if (s.name === "Budget")
        return {
          ...s,
          rows: [
            ...s.rows.slice(0, 3),
            ["Région", "Investissement", "Recette", 2026, null, "Région", null, 170000, 170000, null, null, null],
          ],
        };
      return s;
    });
    expect(report({ sheets })).toMatchInlineSnapshot(`
      [
        "warning BUDGET_FORECAST_OVERRUN Budget!L3 Prévision finale (185 000,00 €) supérieure aux crédits ouverts (180 000,00 €) sur « Travaux »",
        "warning VALIDATION_OVERDUE Validation!C3 Validation « Marché travaux » prévue le 20/05/2026 toujours sans décision",
        "warning DIGITAL_SERVICE_ABSENT Équipe!- Le service « Usages numériques » n'a aucune ligne dans l'équipe projet",
        "warning EVALUATION_MISSING Évaluation!- Projet réalisé sans aucun indicateur mesuré : renseignez au moins une mesure",
        "warning COFINANCING_ABOVE_80 Budget!- Aides publiques à 83,13 % des financements publics : la collectivité doit en apporter au moins 20 % (CGCT L1111-10), sauf dérogation",
      ]
    `);
  });
});
