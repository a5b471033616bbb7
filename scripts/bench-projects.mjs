// Generated project workbooks for the benchmarks (template v1 headers, realistic values):
// `writeTypicalProject` — a project as an intercommunality would fill it (a few dozen budget
// lines and steps, a year or two of staffing); `writeBigProject` — a huge one (20 000 budget
// lines, 2 000 linked steps, 50 000 staffing rows, times `scale`), written with exceljs's
// streaming writer so that generating it stays cheap.
import ExcelJS from "exceljs";
import { prng } from "./hostile-corpus.mjs";

const SERVICES = [
  "Culture",
  "Voirie",
  "Usages numériques",
  "Finances",
  "Bâtiments",
  "Urbanisme",
  "Environnement",
  "Communication",
  "Mobilités",
  "Éducation",
];
const FUNDERS = ["DETR", "DSIL", "Région", "Département", "FEDER", "CAF"];
const ACCOUNTS = ["2031", "2313", "2315", "2183", "6226", "6042", "6231", "1341", "1321"];

const DAY = 86_400_000;
const START = Date.UTC(2025, 0, 6);
const date = (offsetDays) => new Date(START + offsetDays * DAY);
const month = (m) => {
  const y = 2025 + Math.floor(m / 12);
  return `${y}-${String((m % 12) + 1).padStart(2, "0")}`;
};
const pick = (rand, list) => list[Math.floor(rand() * list.length)];
const money = (rand, max) => Math.round(rand() * max * 100) / 100;

const HEADERS = {
  Calendrier: [
    "ID",
    "Étape",
    "Acteur",
    "Début prévu",
    "Fin prévue",
    "Début réel",
    "Fin réelle",
    "Fin prévisionnelle",
    "Avancement",
    "Prédécesseurs",
    "Jalon",
    "Budget",
  ],
  Budget: [
    "Poste",
    "Section",
    "Sens",
    "Exercice",
    "Imputation",
    "Service",
    "Étape",
    "Financeur",
    "FCTVA",
    "Prévu initial",
    "Crédits ouverts",
    "Engagé",
    "Mandaté",
    "Prévision finale",
  ],
  Équipe: ["Service", "Agent ou rôle", "Étape", "Mois", "Charge prévue", "Charge réalisée"],
  Évaluation: ["Indicateur", "Unité", "Référence", "Cible", "Mesure", "Date de mesure", "Sens"],
  Financement: [
    "Financeur",
    "Dispositif",
    "Catégorie",
    "Assiette éligible",
    "Taux",
    "Montant sollicité",
    "Date de dépôt",
    "Montant notifié",
    "Date de notification",
    "Montant encaissé",
    "Statut",
    "Début au plus tard",
    "Achèvement au plus tard",
  ],
};

const CATEGORIES = ["État", "Collectivité", "UE", "Autre public", "Privé"];

/** A plan de financement row (SPEC §5.1): some awarded with their deadlines, some only requested. */
function fundingRow(i, rand) {
  const base = 50_000 + Math.round(rand() * 500_000);
  const rate = Math.round(rand() * 40) / 100;
  const awarded = rand() < 0.5;
  const notified = awarded ? Math.round(base * rate) : null;
  return [
    `Financeur ${i + 1}`,
    `Dispositif ${i % 17}`,
    CATEGORIES[i % CATEGORIES.length],
    base,
    rate,
    Math.round(base * rate),
    date(30 + (i % 200)),
    notified,
    awarded ? date(120 + (i % 200)) : null,
    awarded ? Math.round((notified ?? 0) * rand()) : null,
    awarded ? "attribué" : "sollicité",
    awarded ? date(850 + (i % 200)) : null,
    awarded ? date(1580 + (i % 200)) : null,
  ];
}

function projetRows(code, rand) {
  return [
    ["Code projet", code],
    [
      "Intitulé",
      `Projet ${code} — ${pick(rand, ["médiathèque", "portail citoyen", "voirie", "rénovation énergétique", "plan vélo", "tiers-lieu"])}`,
    ],
    ["Fondements", "Délibération du conseil communautaire"],
    ["Objectifs poursuivis", "Améliorer le service rendu aux habitants"],
    ["Statut", pick(rand, ["prévu", "en cours", "en cours", "en cours", "réalisé", "suspendu"])],
    ["Chef de projet", `Agent ${Math.floor(rand() * 500)}`],
    ["Service pilote", pick(rand, SERVICES)],
    ["Élu référent", "Vice-président"],
    ["Comité de pilotage", "DGS; DGA; Élu référent"],
    ["Date d'état", date(540)],
    ["Jours fériés", rand() < 0.1 ? "Alsace-Moselle" : "France"],
    ["Autorisation de programme", money(rand, 3_000_000) + 500_000],
  ];
}

/** The rows of a step: a chain with an extra link now and then (a diamond). */
function stepRow(i, rand, daysPerStep) {
  const start = i * daysPerStep + Math.floor(rand() * 5);
  const length = 5 + Math.floor(rand() * daysPerStep * 2);
  const done = rand() < 0.4;
  const preds = i === 0 ? "" : i > 3 && rand() < 0.3 ? `E${i};E${i - 2}` : `E${i}`;
  return [
    `E${i + 1}`,
    `Étape ${i + 1}`,
    pick(rand, SERVICES),
    date(start),
    date(start + length),
    done ? date(start) : null,
    done ? date(start + length + Math.floor(rand() * 10)) : null,
    !done && rand() < 0.3 ? date(start + length + Math.floor(rand() * 30)) : null,
    done ? 1 : Math.round(rand() * 100) / 100,
    preds,
    rand() < 0.05 ? "oui" : "non",
    null,
  ];
}

function budgetRow(i, rand, steps) {
  const revenue = rand() < 0.15;
  const initial = money(rand, 200_000);
  const open = rand() < 0.7 ? initial : money(rand, 220_000);
  const committed = money(rand, open * 1.05);
  return [
    `Ligne ${i + 1}`,
    rand() < 0.7 ? "Investissement" : "Fonctionnement",
    revenue ? "Recette" : "Dépense",
    2025 + Math.floor(rand() * 3),
    pick(rand, ACCOUNTS),
    pick(rand, SERVICES),
    `E${1 + Math.floor(rand() * steps)}`,
    revenue ? pick(rand, FUNDERS) : null,
    !revenue && rand() < 0.5 ? "oui" : "non",
    initial,
    open,
    committed,
    money(rand, committed),
    rand() < 0.5 ? money(rand, open * 1.1) : null,
  ];
}

function staffRow(i, rand, steps, months) {
  return [
    SERVICES[i % SERVICES.length],
    `Agent ${i % 37}`,
    `E${1 + Math.floor(rand() * steps)}`,
    month(Math.floor(rand() * months)),
    Math.round(rand() * 10 * 2) / 2,
    Math.round(rand() * 8 * 2) / 2,
  ];
}

function indicatorRows(rand) {
  return Array.from({ length: 4 }, (_, i) => [
    `Indicateur ${i + 1}`,
    "%",
    10,
    60,
    rand() < 0.6 ? Math.round(rand() * 80) : null,
    date(500),
    "hausse",
  ]);
}

/** Writes a typical project workbook; `seed` makes it deterministic. */
export async function writeTypicalProject(path, seed) {
  const rand = prng(seed);
  const code = `PRJ-${String(seed).padStart(4, "0")}`;
  const steps = 15 + Math.floor(rand() * 20);
  const wb = new ExcelJS.Workbook();
  const add = (name, header, rows) => {
    const ws = wb.addWorksheet(name);
    if (header) ws.addRow(header);
    for (const r of rows) ws.addRow(r);
  };
  add("Projet", null, projetRows(code, rand));
  add(
    "Validation",
    ["Étape", "Instance", "Date prévue", "Date de décision", "Décision"],
    [
      ["Opportunité", "Bureau communautaire", date(10), date(12), "favorable"],
      ["Programme", "Conseil communautaire", date(120), null, null],
    ],
  );
  add(
    "Calendrier",
    HEADERS.Calendrier,
    Array.from({ length: steps }, (_, i) => stepRow(i, rand, 20)),
  );
  add(
    "Budget",
    HEADERS.Budget,
    Array.from({ length: 30 + Math.floor(rand() * 40) }, (_, i) => budgetRow(i, rand, steps)),
  );
  add(
    "Équipe",
    HEADERS.Équipe,
    Array.from({ length: 80 + Math.floor(rand() * 120) }, (_, i) => staffRow(i, rand, steps, 24)),
  );
  add("Évaluation", HEADERS.Évaluation, indicatorRows(rand));
  await wb.xlsx.writeFile(path);
}

/**
 * Writes a huge project: 20 000 × scale budget lines, 2 000 × scale steps, 50 000 × scale staffing
 * rows, 2 000 × scale funding rows.
 */
export async function writeBigProject(path, scale, seed = 1) {
  const rand = prng(seed);
  const steps = 2_000 * scale;
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useSharedStrings: true, useStyles: true });
  const add = (name, header, count, row) => {
    const ws = wb.addWorksheet(name);
    if (header) ws.addRow(header).commit();
    for (let i = 0; i < count; i++) {
      const r = ws.addRow(row(i));
      for (const [c, v] of r.values.entries()) if (v instanceof Date) r.getCell(c).numFmt = "dd/mm/yyyy";
      r.commit();
    }
    ws.commit();
  };
  const projet = projetRows(`BIG-${scale}`, rand);
  add("Projet", null, projet.length, (i) => projet[i]);
  add("Calendrier", HEADERS.Calendrier, steps, (i) => stepRow(i, rand, 2));
  add("Budget", HEADERS.Budget, 20_000 * scale, (i) => budgetRow(i, rand, steps));
  add("Équipe", HEADERS.Équipe, 50_000 * scale, (i) => staffRow(i, rand, steps, 36));
  add("Financement", HEADERS.Financement, 2_000 * scale, (i) => fundingRow(i, rand));
  add("Évaluation", HEADERS.Évaluation, 4, () => indicatorRows(rand)[0]);
  await wb.commit();
}
