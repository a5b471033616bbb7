import { describe, expect, it } from "vitest";
import {
  columnLabel,
  formatIssue,
  formatIssues,
  ISSUE_CODES,
  SEVERITY,
  tabLabel,
} from "../../../src/core/messages/index.js";
import { EXAMPLES } from "../../../src/core/messages/reference.js";
import type { IssueCode, IssueDraft } from "../../../src/core/types.js";

const draft = (
  code: IssueCode,
  params: IssueDraft["params"],
  sheet: string | null = "Budget",
  cell: string | null = "L5",
): IssueDraft => ({
  code,
  sheet,
  cell,
  params,
});
const show = (s: string) => s.replace(/\u202F/g, " ").replace(/\u00A0/g, " ");

describe("catalogue", () => {
  it("covers every issue code with a severity and an example", () => {
    expect(ISSUE_CODES.length).toBe(22);
    for (const code of ISSUE_CODES) {
      expect(SEVERITY[code]).toMatch(/^(error|warning|info)$/);
      expect(EXAMPLES[code]).toBeDefined();
    }
  });

  it.each(ISSUE_CODES)("%s renders in French and English without holes", (code) => {
    for (const lang of ["fr", "en"] as const) {
      const message = formatIssue(draft(code, EXAMPLES[code].params), lang).message;
      expect(message.length).toBeGreaterThan(10);
      expect(message).not.toMatch(/undefined|NaN|null|\?\)|« »|""/);
    }
  });

  it.each<[string, IssueDraft, string, string]>([
    [
      "VALUE_INVALID amount",
      draft("VALUE_INVALID", { column: "Prévu initial", tab: "Budget", expected: "amount", found: "douze" }),
      "« Prévu initial » : attendu un montant (ex. 1 234,56), trouvé « douze »",
      '"Initial budget": expected an amount (e.g. 1234.56), found "douze"',
    ],
    [
      "VALUE_INVALID 12 k€",
      draft("VALUE_INVALID", { column: "Engagé", tab: "Budget", expected: "amountNoMultiplier", found: "12 k€" }),
      "« Engagé » : attendu un montant en euros écrit en entier, sans « k » ni « M » (ex. 12 000), trouvé « 12 k€ »",
      '"Committed": expected an amount in euros written in full, without "k" or "M" (e.g. 12000), found "12 k€"',
    ],
    [
      "VALUE_INVALID enum",
      draft("VALUE_INVALID", { column: "Décision", tab: "Validation", expected: "decision", found: "ok" }),
      "« Décision » : attendu l'une des valeurs : favorable, défavorable, ajourné, en attente, trouvé « ok »",
      '"Decision": expected one of: approved, rejected, postponed, pending, found "ok"',
    ],
    [
      "VALUE_REQUIRED uses the tab to translate Étape",
      draft("VALUE_REQUIRED", { column: "Étape", tab: "Calendrier" }),
      "« Étape » est obligatoire : la cellule est vide",
      '"Step" is required: the cell is empty',
    ],
    [
      "BUDGET_OVERCOMMITTED",
      draft("BUDGET_OVERCOMMITTED", { line: "Travaux", committed: 12000, open: 10000 }),
      "Engagé (12 000,00 €) supérieur aux crédits ouverts (10 000,00 €) sur « Travaux »",
      'Committed (€12,000.00) exceeds open credits (€10,000.00) on "Travaux"',
    ],
    [
      "STAFF_OVERLOAD",
      draft("STAFF_OVERLOAD", { service: "Usages numériques", month: "2026-03", planned: 25.5, capacity: 20 }),
      "« Usages numériques » surchargé en mars 2026 : 25,5 j prévus pour 20 j disponibles",
      '"Usages numériques" overloaded in March 2026: 25.5 days planned for 20 days available',
    ],
    [
      "COFINANCING_ABOVE_80",
      draft("COFINANCING_ABOVE_80", { rate: 0.85 }),
      "Cofinancements à 85 % des dépenses : la collectivité doit en financer au moins 20 %",
      "Co-funding covers 85% of expenses: the authority must fund at least 20%",
    ],
    [
      "TAB_MISSING translates the tab",
      draft("TAB_MISSING", { tab: "Calendrier" }, "Calendrier", null),
      "Onglet « Calendrier » absent : il est obligatoire",
      'Required tab "Schedule" is missing',
    ],
    [
      "DATE_ORDER",
      draft("DATE_ORDER", { start: "2026-02-01", finish: "2026-01-31" }),
      "Fin (31/01/2026) antérieure au début (01/02/2026)",
      "Finish (2026-01-31) is before start (2026-02-01)",
    ],
  ])("%s", (_name, d, fr, en) => {
    expect(show(formatIssue(d, "fr").message)).toBe(fr);
    expect(show(formatIssue(d, "en").message)).toBe(en);
  });

  it("keeps place, code and order; adds the severity", () => {
    const drafts = [
      draft("BUDGET_OVERCOMMITTED", { line: "A", committed: 2, open: 1 }),
      draft("TAB_MISSING", { tab: "Budget" }, "Budget", null),
    ];
    expect(formatIssues(drafts, "fr").map((i) => [i.severity, i.code, i.sheet, i.cell])).toEqual([
      ["warning", "BUDGET_OVERCOMMITTED", "Budget", "L5"],
      ["error", "TAB_MISSING", "Budget", null],
    ]);
  });

  it.each<[string, string, string | undefined, string]>([
    ["a Calendrier column", "Fin prévue", "Calendrier", "Baseline finish"],
    ["Étape in Budget", "Étape", "Budget", "Step"],
    ["Étape in Validation", "Étape", "Validation", "Stage"],
    ["Sens in Évaluation", "Sens", "Évaluation", "Direction"],
    ["an unknown label stays", "Remarque", "Budget", "Remarque"],
  ])("columnLabel: %s", (_name, column, tab, en) => {
    expect(columnLabel(column, "en", tab)).toBe(en);
    expect(columnLabel(column, "fr", tab)).toBe(column);
  });

  it("tabLabel translates canonical names only", () => {
    expect(tabLabel("Équipe", "en")).toBe("Team");
    expect(tabLabel("Feuil1", "en")).toBe("Feuil1");
  });
});
