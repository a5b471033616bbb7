/**
 * Template v1, declared once as data (SPEC §1). The parser, the template writer, the data
 * validation lists and the docs all read these tables.
 */
import type { TabKey } from "../types.js";

/** How a cell is read. `enum` columns name their list in {@link ENUMS}. */
export type ColumnType =
  | "text"
  | "list"
  | "amount"
  | "date"
  | "percent"
  | "month"
  | "year"
  | "number"
  | "yesno"
  | "enum";

export type EnumKey = "status" | "holidays" | "section" | "flow" | "decision" | "trend" | "yesno";

export interface EnumValue {
  /** Canonical (French) value, as written in the data model. */
  readonly value: string;
  readonly en: string;
  /** Other accepted spellings (matched loosely). */
  readonly aliases?: readonly string[];
}

export interface ColumnSpec {
  /** Field of the model (and key in TabLayout.columns). */
  readonly key: string;
  readonly fr: string;
  readonly en: string;
  readonly aliases?: readonly string[];
  readonly type: ColumnType;
  readonly enumKey?: EnumKey;
  readonly required?: boolean;
  /** For `list` columns: the separators (default `;` and `,`). Names of people keep their commas. */
  readonly separators?: ";" | ";,";
  /** Width in characters for the template writer. */
  readonly width: number;
  /** One line for the instructions tab and the docs. */
  readonly help: { readonly fr: string; readonly en: string };
}

export interface TabSpec {
  readonly key: TabKey;
  readonly fr: string;
  readonly en: string;
  readonly aliases: readonly string[];
  readonly required: boolean;
  /** `keyValue`: labels in column A, values in column B (the Projet tab). */
  readonly shape: "keyValue" | "table";
  readonly columns: readonly ColumnSpec[];
}

export const ENUMS: Readonly<Record<EnumKey, readonly EnumValue[]>> = {
  status: [
    { value: "prévu", en: "planned", aliases: ["prevue", "planifie"] },
    { value: "en cours", en: "in progress", aliases: ["ongoing"] },
    { value: "réalisé", en: "done", aliases: ["realisee", "termine", "completed", "complete"] },
    { value: "suspendu", en: "on hold", aliases: ["suspended"] },
    { value: "abandonné", en: "cancelled", aliases: ["canceled", "abandoned"] },
  ],
  holidays: [
    { value: "France", en: "France" },
    { value: "Alsace-Moselle", en: "Alsace-Moselle", aliases: ["Alsace Moselle", "Alsace"] },
    { value: "aucun", en: "none", aliases: ["aucune"] },
  ],
  section: [
    { value: "Investissement", en: "Capital", aliases: ["I", "Invest"] },
    { value: "Fonctionnement", en: "Operating", aliases: ["F", "Fonct"] },
  ],
  flow: [
    { value: "Dépense", en: "Expense", aliases: ["D", "Dépenses", "Expenses"] },
    { value: "Recette", en: "Revenue", aliases: ["R", "Recettes", "Revenues", "Income"] },
  ],
  decision: [
    { value: "favorable", en: "approved", aliases: ["favourable", "avis favorable"] },
    { value: "défavorable", en: "rejected", aliases: ["unfavourable", "avis défavorable"] },
    { value: "ajourné", en: "postponed", aliases: ["deferred", "ajournée"] },
    { value: "en attente", en: "pending", aliases: ["waiting"] },
  ],
  trend: [
    { value: "hausse", en: "up", aliases: ["augmentation", "increase"] },
    { value: "baisse", en: "down", aliases: ["diminution", "decrease"] },
  ],
  yesno: [
    { value: "oui", en: "yes", aliases: ["o", "y", "x", "vrai", "true", "1"] },
    { value: "non", en: "no", aliases: ["n", "faux", "false", "0"] },
  ],
};

const h = (fr: string, en: string) => ({ fr, en });

export const TABS: readonly TabSpec[] = [
  {
    key: "projet",
    fr: "Projet",
    en: "Project",
    aliases: [],
    required: true,
    shape: "keyValue",
    columns: [
      {
        key: "code",
        fr: "Code projet",
        en: "Project code",
        type: "text",
        required: true,
        width: 40,
        help: h("Identifiant unique du projet dans le portefeuille", "Unique identifier across the portfolio"),
      },
      {
        key: "title",
        fr: "Intitulé",
        en: "Title",
        type: "text",
        required: true,
        width: 40,
        help: h("Intitulé du projet", "Project title"),
      },
      {
        key: "rationale",
        fr: "Fondements",
        en: "Rationale",
        type: "text",
        width: 40,
        help: h("Pourquoi ce projet", "Why this project"),
      },
      {
        key: "objectives",
        fr: "Objectifs poursuivis",
        en: "Objectives",
        type: "text",
        width: 40,
        help: h("Objectifs poursuivis", "Objectives"),
      },
      {
        key: "status",
        fr: "Statut",
        en: "Status",
        type: "enum",
        enumKey: "status",
        required: true,
        width: 40,
        help: h("prévu, en cours, réalisé, suspendu ou abandonné", "planned, in progress, done, on hold or cancelled"),
      },
      {
        key: "lead",
        fr: "Chef de projet",
        en: "Project lead",
        type: "text",
        required: true,
        width: 40,
        help: h("Nom du chef de projet", "Project lead's name"),
      },
      {
        key: "leadService",
        fr: "Service pilote",
        en: "Lead service",
        type: "text",
        required: true,
        width: 40,
        help: h("Service qui pilote le projet", "Service leading the project"),
      },
      {
        key: "sponsor",
        fr: "Élu référent",
        en: "Sponsor",
        type: "text",
        width: 40,
        help: h("Élu référent", "Elected sponsor"),
      },
      {
        key: "steeringCommittee",
        fr: "Comité de pilotage",
        en: "Steering committee",
        type: "list",
        separators: ";",
        width: 40,
        help: h("Membres séparés par ;", "Members separated by ;"),
      },
      {
        key: "digitalService",
        fr: "Service numérique",
        en: "Digital service",
        type: "text",
        width: 40,
        help: h("Par défaut : Usages numériques", "Default: Usages numériques"),
      },
      {
        key: "statusDate",
        fr: "Date d'état",
        en: "Status date",
        type: "date",
        width: 40,
        help: h(
          "Date à laquelle les calculs sont faits (défaut : aujourd'hui)",
          "Date as of which everything is computed (default: today)",
        ),
      },
      {
        key: "holidays",
        fr: "Jours fériés",
        en: "Holidays",
        type: "enum",
        enumKey: "holidays",
        width: 40,
        help: h("France, Alsace-Moselle ou aucun", "France, Alsace-Moselle or none"),
      },
      {
        key: "programmeAuthorisation",
        fr: "Autorisation de programme",
        en: "Programme authorisation",
        type: "amount",
        width: 40,
        help: h(
          "AP votée pour un investissement pluriannuel",
          "Programme authorisation voted for a multi-year investment",
        ),
      },
      {
        key: "fctvaRate",
        fr: "Taux FCTVA",
        en: "VAT refund rate",
        type: "percent",
        width: 40,
        help: h("Par défaut 16,404 %", "Default 16.404 %"),
      },
    ],
  },
  {
    key: "validation",
    fr: "Validation",
    en: "Approvals",
    aliases: ["Circuit de validation", "Validation circuit"],
    required: false,
    shape: "table",
    columns: [
      {
        key: "stage",
        fr: "Étape",
        en: "Stage",
        type: "text",
        required: true,
        width: 28,
        help: h("Étape du circuit de validation", "Stage of the validation circuit"),
      },
      {
        key: "body",
        fr: "Instance",
        en: "Body",
        type: "text",
        width: 28,
        help: h("Ex. Bureau communautaire", "E.g. Bureau communautaire"),
      },
      {
        key: "plannedDate",
        fr: "Date prévue",
        en: "Planned date",
        type: "date",
        width: 14,
        help: h("Date prévue de passage", "Planned date"),
      },
      {
        key: "decisionDate",
        fr: "Date de décision",
        en: "Decision date",
        type: "date",
        width: 16,
        help: h("Date de la décision", "Decision date"),
      },
      {
        key: "decision",
        fr: "Décision",
        en: "Decision",
        type: "enum",
        enumKey: "decision",
        width: 14,
        help: h("favorable, défavorable, ajourné, en attente", "approved, rejected, postponed, pending"),
      },
    ],
  },
  {
    key: "calendrier",
    fr: "Calendrier",
    en: "Schedule",
    aliases: ["Planning", "Étapes", "Steps"],
    required: true,
    shape: "table",
    columns: [
      {
        key: "id",
        fr: "ID",
        en: "ID",
        aliases: ["Identifiant", "N°"],
        type: "text",
        required: true,
        width: 8,
        help: h("Identifiant unique de l'étape", "Unique step identifier"),
      },
      {
        key: "name",
        fr: "Étape",
        en: "Step",
        type: "text",
        required: true,
        width: 32,
        help: h("Libellé de l'étape", "Step name"),
      },
      {
        key: "objective",
        fr: "Objectif opérationnel",
        en: "Operational objective",
        type: "text",
        width: 28,
        help: h("Objectif opérationnel", "Operational objective"),
      },
      {
        key: "actor",
        fr: "Acteur",
        en: "Actor",
        type: "text",
        width: 20,
        help: h("Service ou personne", "Service or person"),
      },
      {
        key: "baselineStart",
        fr: "Début prévu",
        en: "Baseline start",
        type: "date",
        required: true,
        width: 13,
        help: h("Date de début prévue", "Baseline start date"),
      },
      {
        key: "baselineFinish",
        fr: "Fin prévue",
        en: "Baseline finish",
        type: "date",
        required: true,
        width: 13,
        help: h("Date de fin prévue (≥ début)", "Baseline finish date (≥ start)"),
      },
      {
        key: "actualStart",
        fr: "Début réel",
        en: "Actual start",
        type: "date",
        width: 13,
        help: h("Date de début réelle", "Actual start date"),
      },
      {
        key: "actualFinish",
        fr: "Fin réelle",
        en: "Actual finish",
        type: "date",
        width: 13,
        help: h("Date de fin réelle (vaut 100 %)", "Actual finish (means 100 %)"),
      },
      {
        key: "forecastFinish",
        fr: "Fin prévisionnelle",
        en: "Forecast finish",
        type: "date",
        width: 16,
        help: h("Estimation actuelle de la fin", "Current estimate of the finish"),
      },
      {
        key: "percentComplete",
        fr: "Avancement",
        en: "% complete",
        aliases: ["Percent complete", "% avancement"],
        type: "percent",
        width: 12,
        help: h("0 à 100 %", "0 to 100 %"),
      },
      {
        key: "predecessors",
        fr: "Prédécesseurs",
        en: "Predecessors",
        type: "list",
        width: 14,
        help: h("ID séparés par ; ou , (fin → début)", "IDs separated by ; or , (finish-to-start)"),
      },
      {
        key: "milestone",
        fr: "Jalon",
        en: "Milestone",
        type: "yesno",
        enumKey: "yesno",
        width: 8,
        help: h("oui / non", "yes / no"),
      },
      {
        key: "budget",
        fr: "Budget",
        en: "Budget",
        type: "amount",
        width: 14,
        help: h("Part du budget de l'étape (valeur acquise)", "Step's share of the budget (earned value)"),
      },
    ],
  },
  {
    key: "budget",
    fr: "Budget",
    en: "Budget",
    aliases: ["Suivi budgétaire", "Budget tracking"],
    required: true,
    shape: "table",
    columns: [
      {
        key: "line",
        fr: "Poste",
        en: "Line",
        aliases: ["Budget line", "Libellé"],
        type: "text",
        required: true,
        width: 30,
        help: h("Poste de dépense ou de recette", "Expense or revenue line"),
      },
      {
        key: "section",
        fr: "Section",
        en: "Section",
        type: "enum",
        enumKey: "section",
        required: true,
        width: 16,
        help: h("Investissement ou Fonctionnement", "Capital or Operating"),
      },
      {
        key: "type",
        fr: "Sens",
        en: "Type",
        type: "enum",
        enumKey: "flow",
        width: 10,
        help: h("Dépense (défaut) ou Recette", "Expense (default) or Revenue"),
      },
      {
        key: "year",
        fr: "Exercice",
        en: "Year",
        aliases: ["Fiscal year"],
        type: "year",
        required: true,
        width: 10,
        help: h("Année budgétaire", "Budget year"),
      },
      {
        key: "account",
        fr: "Imputation",
        en: "Account",
        type: "text",
        width: 12,
        help: h("Nature / chapitre", "Nature / chapter code"),
      },
      {
        key: "service",
        fr: "Service",
        en: "Service",
        type: "text",
        width: 18,
        help: h("Service gestionnaire", "Managing service"),
      },
      {
        key: "step",
        fr: "Étape",
        en: "Step",
        type: "text",
        width: 8,
        help: h("ID d'une étape du Calendrier", "A Schedule step ID"),
      },
      {
        key: "funder",
        fr: "Financeur",
        en: "Funder",
        type: "text",
        width: 14,
        help: h("DETR, DSIL, Région… (recettes)", "DETR, DSIL, Region… (revenues)"),
      },
      {
        key: "fctva",
        fr: "FCTVA",
        en: "VAT refund",
        type: "yesno",
        enumKey: "yesno",
        width: 8,
        help: h("Dépense d'investissement éligible au FCTVA", "Capital expense eligible to the VAT refund"),
      },
      {
        key: "initial",
        fr: "Prévu initial",
        en: "Initial budget",
        type: "amount",
        required: true,
        width: 15,
        help: h("Budget de référence", "Baseline budget"),
      },
      {
        key: "open",
        fr: "Crédits ouverts",
        en: "Open credits",
        type: "amount",
        width: 15,
        help: h("BP + DM (défaut : prévu initial)", "Current budget (default: initial)"),
      },
      {
        key: "committed",
        fr: "Engagé",
        en: "Committed",
        type: "amount",
        width: 15,
        help: h("Cumul engagé (défaut 0)", "Cumulative committed (default 0)"),
      },
      {
        key: "paid",
        fr: "Mandaté",
        en: "Paid",
        aliases: ["Titré", "Titres émis"],
        type: "amount",
        width: 15,
        help: h("Mandaté, ou titres émis pour une recette", "Paid, or invoiced for a revenue"),
      },
      {
        key: "forecast",
        fr: "Prévision finale",
        en: "Forecast",
        aliases: ["Estimate at completion"],
        type: "amount",
        width: 15,
        help: h(
          "Estimation à terminaison (défaut : max(ouverts, engagé))",
          "Estimate at completion (default: max(open, committed))",
        ),
      },
    ],
  },
  {
    key: "equipe",
    fr: "Équipe",
    en: "Team",
    aliases: ["Staffing", "Ressources humaines"],
    required: true,
    shape: "table",
    columns: [
      {
        key: "service",
        fr: "Service",
        en: "Service",
        type: "text",
        required: true,
        width: 22,
        help: h("Service mobilisé", "Service involved"),
      },
      {
        key: "person",
        fr: "Agent ou rôle",
        en: "Person or role",
        aliases: ["Agent", "Rôle", "Role"],
        type: "text",
        width: 22,
        help: h("Agent ou rôle", "Person or role"),
      },
      {
        key: "step",
        fr: "Étape",
        en: "Step",
        type: "text",
        width: 8,
        help: h("ID d'une étape du Calendrier", "A Schedule step ID"),
      },
      {
        key: "month",
        fr: "Mois",
        en: "Month",
        type: "month",
        required: true,
        width: 10,
        help: h("2026-03, 03/2026 ou mars 2026", "2026-03, 03/2026 or March 2026"),
      },
      {
        key: "planned",
        fr: "Charge prévue",
        en: "Planned days",
        aliases: ["Jours prévus"],
        type: "number",
        width: 14,
        help: h("Jours-agent prévus", "Planned person-days"),
      },
      {
        key: "actual",
        fr: "Charge réalisée",
        en: "Actual days",
        aliases: ["Jours réalisés"],
        type: "number",
        width: 14,
        help: h("Jours-agent réalisés", "Actual person-days"),
      },
    ],
  },
  {
    key: "capacite",
    fr: "Capacité",
    en: "Capacity",
    aliases: [],
    required: false,
    shape: "table",
    columns: [
      {
        key: "service",
        fr: "Service",
        en: "Service",
        type: "text",
        required: true,
        width: 22,
        help: h("Service", "Service"),
      },
      { key: "month", fr: "Mois", en: "Month", type: "month", required: true, width: 10, help: h("Mois", "Month") },
      {
        key: "available",
        fr: "Jours disponibles",
        en: "Available days",
        type: "number",
        required: true,
        width: 16,
        help: h(
          "Jours que le service peut donner aux projets ce mois",
          "Days the service can give to projects that month",
        ),
      },
    ],
  },
  {
    key: "evaluation",
    fr: "Évaluation",
    en: "Evaluation",
    aliases: ["Indicateurs", "Indicators"],
    required: false,
    shape: "table",
    columns: [
      {
        key: "name",
        fr: "Indicateur",
        en: "Indicator",
        type: "text",
        required: true,
        width: 32,
        help: h("Nom de l'indicateur", "Indicator name"),
      },
      { key: "unit", fr: "Unité", en: "Unit", type: "text", width: 10, help: h("Unité", "Unit") },
      {
        key: "baseline",
        fr: "Référence",
        en: "Baseline",
        type: "number",
        width: 12,
        help: h("Valeur de départ", "Starting value"),
      },
      { key: "target", fr: "Cible", en: "Target", type: "number", width: 12, help: h("Valeur visée", "Target value") },
      {
        key: "measured",
        fr: "Mesure",
        en: "Measured",
        type: "number",
        width: 12,
        help: h("Dernière mesure", "Latest measure"),
      },
      {
        key: "measuredOn",
        fr: "Date de mesure",
        en: "Measured on",
        type: "date",
        width: 14,
        help: h("Date de la mesure", "Date of the measure"),
      },
      {
        key: "direction",
        fr: "Sens",
        en: "Direction",
        type: "enum",
        enumKey: "trend",
        width: 10,
        help: h("hausse (défaut) ou baisse", "up (default) or down"),
      },
    ],
  },
];

/** The spec of one tab by key. */
export function tabSpec(key: TabKey): TabSpec {
  const spec = TABS.find((t) => t.key === key);
  if (!spec) throw new Error(`Unknown tab key ${key}`);
  return spec;
}

/** The spec of one column of a tab by key. */
export function columnSpec(tab: TabKey, key: string): ColumnSpec {
  const spec = tabSpec(tab).columns.find((c) => c.key === key);
  if (!spec) throw new Error(`Unknown column ${tab}.${key}`);
  return spec;
}

/** Default `Service numérique` and `Taux FCTVA` (SPEC §1). */
export const DEFAULT_DIGITAL_SERVICE = "Usages numériques";
export const DEFAULT_FCTVA_RATE = 0.16404;
