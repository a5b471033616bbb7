/**
 * The words of the generated tabs, French and English. Tab names stay French whatever the
 * language (SPEC §1: hosts look for `Synthèse`, `Contrôles`…); the words inside follow `lang`.
 */
import { bilingualLabels } from "../messages/index.js";
import { ENUMS } from "../template/columns.js";
import type { Health, IndicatorStatus, Lang, Severity } from "../types.js";

const FR = {
  asOf: "état au",
  noCode: "sans code",
  identity: "Projet",
  code: "Code projet",
  title: "Intitulé",
  status: "Statut",
  lead: "Chef de projet",
  leadService: "Service pilote",
  statusDate: "Date d'état",
  health: "Santé du projet",
  healthBudget: "Budget",
  healthSchedule: "Délais",
  healthStaffing: "Équipe",
  healthOverall: "Global",
  keyFigures: "Budget — chiffres clés",
  expenses: "Dépenses",
  revenues: "Recettes",
  netCost: "Reste à charge",
  initial: "Prévu initial",
  open: "Crédits ouverts",
  committed: "Engagé",
  paid: "Mandaté",
  forecast: "Prévision finale",
  commitmentRate: "Taux d'engagement",
  executionRate: "Taux de réalisation",
  forecastVariance: "Écart prévision / prévu initial",
  forecastVariancePct: "Écart en % du prévu initial",
  cofinancingRate: "Taux de cofinancement",
  fctvaRate: "Taux FCTVA",
  fctva: "FCTVA attendu",
  netCostAfterFctva: "Reste à charge après FCTVA",
  byYearSection: "Budget par exercice et section",
  year: "Exercice",
  section: "Section",
  type: "Sens",
  forecastByYear: "Dépenses prévues (prévision finale) par exercice",
  schedule: "Calendrier",
  baselineFinish: "Fin prévue",
  forecastFinish: "Fin prévisionnelle",
  slipWorkingDays: "Glissement (jours ouvrés)",
  slipCalendarDays: "Glissement (jours)",
  id: "ID",
  step: "Étape",
  late: "En retard",
  critical: "Chemin critique",
  projectFinish: "Projet",
  slipChart: "Glissement par étape (jours ouvrés)",
  staffing: "Charge des services",
  service: "Service",
  month: "Mois",
  planned: "Prévu (jours)",
  actual: "Réalisé (jours)",
  capacity: "Capacité (jours)",
  load: "Charge",
  digitalInvolved: "Service numérique associé",
  indicators: "Évaluation",
  indicator: "Indicateur",
  attainment: "Atteinte",
  none: "Aucun",
  issues: "Contrôles",
  severity: "Gravité",
  issueCode: "Code",
  sheet: "Onglet",
  cell: "Cellule",
  message: "Message",
  noIssue: "Aucun problème détecté.",
  yes: "oui",
  no: "non",
  green: "vert",
  amber: "orange",
  red: "rouge",
  unknown: "à vérifier",
  error: "erreur",
  warning: "alerte",
  info: "info",
  portfolio: "Portefeuille de projets",
  projects: "Projets",
  file: "Fichier",
  errors: "Erreurs",
  warnings: "Alertes",
  overloaded: "Surcharge",
  digitalShare: "Projets avec le service numérique",
  projectsGreen: "Projets au vert",
  projectsAmber: "Projets à l'orange",
  projectsRed: "Projets au rouge",
  projectsToCheck: "Projets à vérifier",
  consolidatedBudget: "Budget consolidé",
  total: "Total",
  byLeadService: "Par service pilote",
  crossLoad: "Charge cumulée des services (tous projets)",
  failures: "Classeurs non consolidés",
  reason: "Motif",
  noLeadService: "(non renseigné)",
  missingCode: "Code projet manquant : le classeur n'est pas consolidé.",
  cpi: "CPI",
  spi: "SPI",
  overloadNone: "Aucun mois en surcharge",
  overloadSummary: "Mois en surcharge",
  noCapacity: "Capacité non renseignée (onglet Capacité) : la charge ne peut pas être comparée",
} as const;

export type LabelKey = keyof typeof FR;
/** Every label key (the typography test reads every French label through it). */
export const LABEL_KEYS = Object.keys(FR) as LabelKey[];

const EN: Record<LabelKey, string> = {
  asOf: "as of",
  noCode: "no code",
  identity: "Project",
  code: "Project code",
  title: "Title",
  status: "Status",
  lead: "Project lead",
  leadService: "Lead service",
  statusDate: "Status date",
  health: "Project health",
  healthBudget: "Budget",
  healthSchedule: "Schedule",
  healthStaffing: "Staffing",
  healthOverall: "Overall",
  keyFigures: "Budget — key figures",
  expenses: "Expenses",
  revenues: "Revenues",
  netCost: "Net cost",
  initial: "Initial budget",
  open: "Open credits",
  committed: "Committed",
  paid: "Paid",
  forecast: "Forecast",
  commitmentRate: "Commitment rate",
  executionRate: "Execution rate",
  forecastVariance: "Forecast variance vs initial",
  forecastVariancePct: "Variance as % of initial",
  cofinancingRate: "Co-financing rate",
  fctvaRate: "VAT refund rate (FCTVA)",
  fctva: "Expected VAT refund (FCTVA)",
  netCostAfterFctva: "Net cost after VAT refund",
  byYearSection: "Budget by year and section",
  year: "Year",
  section: "Section",
  type: "Type",
  forecastByYear: "Forecast expenses by year",
  schedule: "Schedule",
  baselineFinish: "Baseline finish",
  forecastFinish: "Forecast finish",
  slipWorkingDays: "Slip (working days)",
  slipCalendarDays: "Slip (days)",
  id: "ID",
  step: "Step",
  late: "Late",
  critical: "Critical path",
  projectFinish: "Project",
  slipChart: "Slip by step (working days)",
  staffing: "Service load",
  service: "Service",
  month: "Month",
  planned: "Planned (days)",
  actual: "Actual (days)",
  capacity: "Capacity (days)",
  load: "Load",
  digitalInvolved: "Digital service involved",
  indicators: "Evaluation",
  indicator: "Indicator",
  attainment: "Attainment",
  none: "None",
  issues: "Checks",
  severity: "Severity",
  issueCode: "Code",
  sheet: "Sheet",
  cell: "Cell",
  message: "Message",
  noIssue: "No problem found.",
  yes: "yes",
  no: "no",
  green: "green",
  amber: "amber",
  red: "red",
  unknown: "to check",
  error: "error",
  warning: "warning",
  info: "info",
  portfolio: "Project portfolio",
  projects: "Projects",
  file: "File",
  errors: "Errors",
  warnings: "Warnings",
  overloaded: "Overload",
  digitalShare: "Projects with the digital service",
  projectsGreen: "Projects green",
  projectsAmber: "Projects amber",
  projectsRed: "Projects red",
  projectsToCheck: "Projects to check",
  consolidatedBudget: "Consolidated budget",
  total: "Total",
  byLeadService: "By lead service",
  crossLoad: "Cumulative service load (all projects)",
  failures: "Workbooks not consolidated",
  reason: "Reason",
  noLeadService: "(not given)",
  missingCode: "Project code missing: the workbook is not consolidated.",
  cpi: "CPI",
  spi: "SPI",
  overloadNone: "No overloaded month",
  overloadSummary: "Overloaded months",
  noCapacity: "No capacity given (Capacity tab): the load cannot be compared",
};

/** A label function for one language: `labels("en")("netCost")` → `"Net cost"`. */
export function labels(lang: Lang): (key: LabelKey) => string {
  return byLang(lang);
}

const byLang = bilingualLabels<LabelKey>(FR, EN);

/** The health word: vert/orange/rouge or green/amber/red. */
export function healthWord(health: Health, lang: Lang): string {
  return labels(lang)(health);
}

/** The severity word: erreur/alerte/info or error/warning/info. */
export function severityWord(severity: Severity, lang: Lang): string {
  return labels(lang)(severity);
}

/** oui/non or yes/no. */
export function yesNo(value: boolean, lang: Lang): string {
  return labels(lang)(value ? "yes" : "no");
}

/** An enum value of the model (status, section, flow…) in the tab's language. */
export function enumWord(value: string, lang: Lang): string {
  if (lang === "fr") return value;
  for (const list of Object.values(ENUMS)) {
    const found = list.find((v) => v.value === value);
    if (found) return found.en;
  }
  return value;
}

const INDICATOR_EN: Record<IndicatorStatus, string> = {
  atteint: "achieved",
  "en progrès": "in progress",
  "non atteint": "not achieved",
  "non mesuré": "not measured",
};

/** An indicator status in the tab's language. */
export function indicatorStatusWord(status: IndicatorStatus, lang: Lang): string {
  return lang === "en" ? INDICATOR_EN[status] : status;
}
