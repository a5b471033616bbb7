/**
 * The words of "what changed", French and English, shared by the command line's report and the
 * `Évolution` tab: field and theme names, and the one sentence for two files that cannot be compared.
 */
import { enumWord, healthWord, type LabelKey, labels } from "../report/labels.js";
import type { Lang } from "../types.js";
import type { FieldKey, HealthValue, Theme } from "./types.js";

const FR = {
  themes: {
    project: "Projet",
    health: "Santé",
    budget: "Budget",
    lines: "Lignes budgétaires (plus gros écarts d'abord)",
    funding: "Plan de financement",
    funders: "Financeurs",
    schedule: "Calendrier",
    steps: "Étapes",
    issues: "Contrôles",
    projects: "Projets",
    totals: "Totaux",
  },
  fields: {
    healthOverall: "Santé globale",
    healthBudget: "Santé du budget",
    healthSchedule: "Santé des délais",
    healthStaffing: "Santé de l'équipe",
    requested: "Montant sollicité",
    awarded: "Montant notifié",
    received: "Montant encaissé",
    expected: "Financement attendu",
    toReceive: "Reste à encaisser",
    ownerShare: "Autofinancement",
    publicAidRate: "Taux d'aides publiques",
    percentComplete: "Avancement",
    actualStart: "Début réel",
    actualFinish: "Fin réelle",
    projectsUnknown: "Projets à vérifier",
  },
  unknownHealth: "à vérifier",
  fundingStatus: {
    planned: "envisagé",
    requested: "sollicité",
    awarded: "notifié",
    refused: "refusé",
    closed: "soldé",
  },
  problems: {
    kinds: (oldFile: string, oldKind: string, newFile: string, newKind: string) =>
      `impossible de comparer ${oldFile} (${oldKind}) avec ${newFile} (${newKind}) : donnez deux fiches projet ou deux portefeuilles`,
    neither: (file: string) =>
      `${file} n'est ni une fiche projet (pas d'onglet Projet) ni un portefeuille généré par fiche-projet (pas d'onglet Portefeuille marqué)`,
    noProjectTable: (file: string) =>
      `${file} : l'onglet Portefeuille n'a pas de tableau des projets (en-têtes Code projet et Intitulé introuvables)`,
    notPortfolio: (file: string) =>
      `${file} n'est pas un portefeuille généré par fiche-projet (pas d'onglet Portefeuille marqué « Généré par fiche-projet »)`,
    fiche: "une fiche projet",
    portfolio: "un portefeuille",
  },
} as const;

type Words = {
  readonly themes: Readonly<Record<Theme, string>>;
  readonly fields: Readonly<Record<keyof typeof FR.fields, string>>;
  readonly unknownHealth: string;
  readonly fundingStatus: Readonly<Record<keyof typeof FR.fundingStatus, string>>;
  readonly problems: {
    readonly kinds: (oldFile: string, oldKind: string, newFile: string, newKind: string) => string;
    readonly neither: (file: string) => string;
    readonly noProjectTable: (file: string) => string;
    readonly notPortfolio: (file: string) => string;
    readonly fiche: string;
    readonly portfolio: string;
  };
};

const EN: Words = {
  themes: {
    project: "Project",
    health: "Health",
    budget: "Budget",
    lines: "Budget lines (largest moves first)",
    funding: "Funding plan",
    funders: "Funders",
    schedule: "Schedule",
    steps: "Steps",
    issues: "Checks",
    projects: "Projects",
    totals: "Totals",
  },
  fields: {
    healthOverall: "Overall health",
    healthBudget: "Budget health",
    healthSchedule: "Schedule health",
    healthStaffing: "Staffing health",
    requested: "Requested",
    awarded: "Awarded",
    received: "Received",
    expected: "Expected funding",
    toReceive: "Still to receive",
    ownerShare: "Owner's share",
    publicAidRate: "Public aid rate",
    percentComplete: "% complete",
    actualStart: "Actual start",
    actualFinish: "Actual finish",
    projectsUnknown: "Projects to check",
  },
  unknownHealth: "to check",
  fundingStatus: {
    planned: "planned",
    requested: "requested",
    awarded: "awarded",
    refused: "refused",
    closed: "closed",
  },
  problems: {
    kinds: (oldFile, oldKind, newFile, newKind) =>
      `cannot compare ${oldFile} (${oldKind}) with ${newFile} (${newKind}): give two project sheets or two portfolios`,
    neither: (file) =>
      `${file} is neither a project sheet (no Projet tab) nor a portfolio written by fiche-projet (no marked Portefeuille tab)`,
    noProjectTable: (file) => `${file}: its Portefeuille tab has no project table (no Project code and Title headers)`,
    notPortfolio: (file) =>
      `${file} is not a portfolio written by fiche-projet (no Portefeuille tab marked "Généré par fiche-projet")`,
    fiche: "a project sheet",
    portfolio: "a portfolio",
  },
};

/** The words of one language. */
export function compareWords(lang: Lang): Words {
  return lang === "en" ? EN : FR;
}

/** Fields named by the generated tabs' own labels. */
const REPORT_LABEL: Partial<Record<FieldKey, LabelKey>> = {
  code: "code",
  title: "title",
  status: "status",
  lead: "lead",
  leadService: "leadService",
  initial: "initial",
  open: "open",
  committed: "committed",
  paid: "paid",
  forecast: "forecast",
  fctva: "fctva",
  netCostAfterFctva: "netCostAfterFctva",
  baselineFinish: "baselineFinish",
  forecastFinish: "forecastFinish",
  slipWorkingDays: "slipWorkingDays",
  slipCalendarDays: "slipCalendarDays",
  errors: "errors",
  warnings: "warnings",
  projects: "projects",
  projectsGreen: "projectsGreen",
  projectsAmber: "projectsAmber",
  projectsRed: "projectsRed",
};

/** `flowForecast` fields: the flow's word, then the measure's. */
const FLOW_FORECAST: Partial<Record<FieldKey, readonly [LabelKey, LabelKey]>> = {
  expensesForecast: ["expenses", "forecast"],
  revenuesForecast: ["revenues", "forecast"],
  netCostForecast: ["netCost", "forecast"],
};

/**
 * A field's name in a report.
 * @example fieldLabel("expenses.forecast", "fr") // "Dépenses — Prévision finale"
 * @example fieldLabel("percentComplete", "en") // "% complete"
 */
export function fieldLabel(field: FieldKey, lang: Lang): string {
  const t = labels(lang);
  const own = compareWords(lang).fields as Readonly<Record<string, string>>;
  if (own[field] !== undefined) return own[field];
  const label = REPORT_LABEL[field];
  if (label) return t(label);
  const pair = FLOW_FORECAST[field] ?? (field.split(".") as [LabelKey, LabelKey]);
  return `${t(pair[0])} — ${t(pair[1])}`;
}

/**
 * A health value in words, « à vérifier » included.
 * @example healthValueWord("unknown", "fr") // "à vérifier"
 */
export function healthValueWord(health: HealthValue, lang: Lang): string {
  return health === "unknown" ? compareWords(lang).unknownHealth : healthWord(health, lang);
}

/**
 * A status in words: a project's (`en cours`) or a funder's (`awarded`, or `requested + awarded`).
 * @example statusWord("awarded", "fr") // "notifié"
 */
export function statusWord(status: string, lang: Lang): string {
  const funding = compareWords(lang).fundingStatus as Readonly<Record<string, string>>;
  return status
    .split(" + ")
    .map((s) => funding[s] ?? enumWord(s, lang))
    .join(" + ");
}
