import { describe, expect, it } from "vitest";
import { checkFiche } from "../../../src/core/checks/index.js";
import { parseWorkbook } from "../../../src/core/parse/index.js";
import type { Cell, WorkbookGrid } from "../../../src/core/types.js";

/** A big project: 2 000 chained steps, 20 000 budget lines, 50 000 staffing rows, typed as people type. */
export function largeWorkbook(): WorkbookGrid {
  const steps: Cell[][] = [["ID", "Étape", "Début prévu", "Fin prévue", "Avancement", "Prédécesseurs"]];
  for (let i = 0; i < 2000; i++) {
    steps.push([
      `E${i}`,
      `Étape ${i}`,
      46023 + i,
      `${String((i % 28) + 1).padStart(2, "0")}/12/2031`,
      "50 %",
      i > 0 ? `E${i - 1}` : null,
    ]);
  }
  const budget: Cell[][] = [
    ["Poste", "Section", "Sens", "Exercice", "Étape", "Prévu initial", "Crédits ouverts", "Engagé", "Mandaté"],
  ];
  for (let i = 0; i < 20_000; i++) {
    budget.push([
      `Ligne ${i}`,
      i % 2 ? "Investissement" : "Fonctionnement",
      i % 10 ? "Dépense" : "Recette",
      2026 + (i % 4),
      `E${i % 2000}`,
      "1 234,56 €",
      1300,
      1000.5,
      900,
    ]);
  }
  const team: Cell[][] = [["Service", "Agent ou rôle", "Étape", "Mois", "Charge prévue", "Charge réalisée"]];
  for (let i = 0; i < 50_000; i++) {
    team.push([
      i % 7 ? `Service ${i % 40}` : "Usages numériques",
      `Agent ${i % 300}`,
      `E${i % 2000}`,
      `mars ${2026 + (i % 5)}`,
      "2,5",
      1,
    ]);
  }
  return {
    sheets: [
      {
        name: "Projet",
        rows: [
          ["Code projet", "BIG"],
          ["Intitulé", "Gros projet"],
          ["Statut", "en cours"],
          ["Chef de projet", "A"],
          ["Service pilote", "B"],
        ],
      },
      { name: "Calendrier", rows: steps },
      { name: "Budget", rows: budget },
      { name: "Équipe", rows: team },
    ],
  };
}

describe("a large project", () => {
  it("parses and checks every row (no stack overflow, no quadratic lookup)", () => {
    const { fiche, issues } = parseWorkbook(largeWorkbook());
    expect(issues).toEqual([]);
    expect([fiche.steps.length, fiche.budget.length, fiche.team.length]).toEqual([2000, 20_000, 50_000]);
    const checks = checkFiche(fiche, { statusDate: "2026-06-30" });
    expect(checks).toEqual([]);
  });
});
