/** Small real-looking workbooks built in code (French template, English aliases, quirks). */
import type { Cell, Sheet, WorkbookGrid } from "../../../src/core/types.js";

export const d = (iso: string): Cell => ({ kind: "date", iso });

/** A complete, clean French fiche projet. */
export function frenchSheets(): Sheet[] {
  return [
    {
      name: "Projet",
      rows: [
        ["Fiche projet"],
        ["Code projet", "NUM-2026-01"],
        ["Intitulé", "Déploiement de la fibre dans les écoles"],
        ["Fondements", "Schéma directeur numérique"],
        ["Statut", "en cours"],
        ["Chef de projet", "Camille Martin"],
        ["Service pilote", "Patrimoine bâti"],
        ["Comité de pilotage", "Vice-président ; DGS; DSI"],
        ["Date d'état", d("2026-06-30")],
        ["Autorisation de programme", "250 000 €"],
        ["Taux FCTVA", "16,404 %"],
      ],
    },
    {
      name: "Validation",
      rows: [
        ["Étape", "Instance", "Date prévue", "Date de décision", "Décision"],
        ["Lancement", "Bureau communautaire", d("2026-01-15"), d("2026-01-15"), "favorable"],
        ["Marché travaux", "Commission d'appel d'offres", d("2026-05-20"), null, "en attente"],
      ],
    },
    {
      name: "Calendrier",
      rows: [
        ["Calendrier du projet"],
        [],
        [
          "ID",
          "Étape",
          "Début prévu",
          "Fin prévue",
          "Début réel",
          "Fin réelle",
          "Avancement",
          "Prédécesseurs",
          "Jalon",
          "Budget",
        ],
        ["E1", "Études", d("2026-01-05"), d("2026-03-31"), d("2026-01-05"), d("2026-04-10"), 1, null, "non", 20000],
        ["E2", "Travaux", d("2026-04-01"), d("2026-09-30"), d("2026-04-15"), null, "40 %", "E1", "non", 180000],
        ["E3", "Réception", d("2026-10-01"), d("2026-10-01"), null, null, null, "E2", "oui", null],
      ],
    },
    {
      name: "Budget",
      rows: [
        [
          "Poste",
          "Section",
          "Sens",
          "Exercice",
          "Étape",
          "Financeur",
          "FCTVA",
          "Prévu initial",
          "Crédits ouverts",
          "Engagé",
          "Mandaté",
          "Prévision finale",
        ],
        ["Études", "Investissement", "Dépense", 2026, "E1", null, "oui", 20000, 20000, 19500, 19500, 19500],
        [
          "Travaux",
          "Investissement",
          "Dépense",
          2026,
          "E2",
          null,
          "oui",
          "180 000,00 €",
          180000,
          150000,
          60000,
          185000,
        ],
        ["DSIL", "Investissement", "Recette", 2026, null, "DSIL", null, 60000, 60000, null, null, null],
      ],
    },
    {
      name: "Équipe",
      rows: [
        ["Service", "Agent ou rôle", "Étape", "Mois", "Charge prévue", "Charge réalisée"],
        ["Usages numériques", "Chef de projet SI", "E2", "2026-04", 5, 4],
        ["Patrimoine bâti", "Technicien", "E2", "avril 2026", 10, "8,5"],
      ],
    },
    {
      name: "Évaluation",
      rows: [
        ["Indicateur", "Unité", "Référence", "Cible", "Mesure", "Date de mesure", "Sens"],
        ["Écoles raccordées", "écoles", 0, 12, 5, d("2026-06-01"), "hausse"],
      ],
    },
  ];
}

/** The clean French workbook. */
export function frenchWorkbook(): WorkbookGrid {
  return { sheets: frenchSheets() };
}

/** The clean workbook with one sheet's rows replaced. */
export function withSheet(name: string, rows: readonly (readonly Cell[])[]): WorkbookGrid {
  const sheets = frenchSheets().filter((s) => s.name !== name);
  return { sheets: [...sheets, { name, rows }] };
}

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
