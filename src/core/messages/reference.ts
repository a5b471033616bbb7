/**
 * What each issue code means, where it points and a typical draft: the source of docs/checks.md
 * and of the catalogue's tests, so the documentation cannot drift from the messages.
 */
import type { IssueCode, IssueDraftOf, IssueParamsByCode } from "../types.js";

/** One code explained: when it fires, where it points, and an example draft. */
export interface CodeReference<C extends IssueCode> {
  readonly when: string;
  readonly where: string;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly params: IssueParamsByCode[C];
}

/**
 * The example draft of `code`.
 * @example exampleDraft("STEP_UNKNOWN").params.id // "E9"
 */
export function exampleDraft<C extends IssueCode>(code: C): IssueDraftOf<C> {
  const ref = EXAMPLES[code];
  return { code, sheet: ref.sheet, cell: ref.cell, params: ref.params };
}

/** Every code explained, in catalogue order. */
export const EXAMPLES: { readonly [C in IssueCode]: CodeReference<C> } = {
  TAB_MISSING: {
    when: "A required tab (Projet, Calendrier, Budget, Équipe) is absent under its French name, English name or an alias.",
    where: "The canonical French tab name; no cell.",
    sheet: "Calendrier",
    cell: null,
    params: { tab: "Calendrier" },
  },
  COLUMN_MISSING: {
    when: "A required column has no header in the tab's header row (or the tab has no header row at all); a required Projet label appears nowhere in column A. The tab's rows are then not read.",
    where:
      "The header-row cell where the column would go (after the last header); no cell when no header row was found, or for a Projet label.",
    sheet: "Budget",
    cell: "M1",
    params: { column: "Prévu initial", tab: "Budget" },
  },
  VALUE_REQUIRED: {
    when: "A required cell is empty. In a table the row is then left out.",
    where: "The empty cell (column B of its label's row for Projet).",
    sheet: "Calendrier",
    cell: "E7",
    params: { column: "Début prévu", tab: "Calendrier" },
  },
  VALUE_INVALID: {
    when: "A cell cannot be read as its column's type, or breaks its range (amounts and days ≥ 0, percentages 0–100 %). A required field makes the row left out; an optional one is treated as empty.",
    where: "The cell.",
    sheet: "Budget",
    cell: "J4",
    params: { column: "Prévu initial", tab: "Budget", expected: "amountNoMultiplier", found: "12 k€" },
  },
  CELL_FORMULA_ERROR: {
    when: "A cell that is read holds a formula error (#REF!, #N/A, #DIV/0!, #VALUE!, #NAME?, #NUM!, #NULL!, #SPILL!, #CALC!, #GETTING_DATA, #ERROR!…), as an error cell or as that exact text.",
    where: "The cell.",
    sheet: "Budget",
    cell: "K5",
    params: { error: "#REF!", column: "Crédits ouverts", tab: "Budget" },
  },
  ID_DUPLICATE: {
    when: "Two Calendrier steps share an ID (IDs are compared exactly, after trimming).",
    where: "The ID cell of each repeat; the first use is named in the message.",
    sheet: "Calendrier",
    cell: "A9",
    params: { id: "E3", firstCell: "A5" },
  },
  STEP_UNKNOWN: {
    when: "A predecessor, a Budget Étape or an Équipe Étape is not a Calendrier ID. Silent when the Calendrier could not be read; an ID on a Calendrier row left out for a bad value still counts as known.",
    where: "The Prédécesseurs cell (Calendrier) or the Étape cell (Budget, Équipe).",
    sheet: "Budget",
    cell: "G4",
    params: { id: "E9" },
  },
  SCHEDULE_CYCLE: {
    when: "Predecessors loop back. Each group of steps caught in loops is reported once, with one loop named in finish-to-start order.",
    where: "The Prédécesseurs cell of the group's first step in Calendrier order.",
    sheet: "Calendrier",
    cell: "K3",
    params: { ids: "E2 → E3 → E4 → E2" },
  },
  DATE_ORDER: {
    when: "Fin prévue before Début prévu, or Fin réelle before Début réel.",
    where: "The finish cell.",
    sheet: "Calendrier",
    cell: "F4",
    params: { start: "2026-04-01", finish: "2026-03-31" },
  },
  BUDGET_OVERCOMMITTED: {
    when: "Engagé > Crédits ouverts on a line (compared in cents).",
    where: "The Engagé cell.",
    sheet: "Budget",
    cell: "L5",
    params: { line: "Travaux", committed: 12000, open: 10000 },
  },
  BUDGET_PAID_EXCEEDS_COMMITTED: {
    when: "Mandaté > Engagé on a line whose Engagé > 0 (compared in cents).",
    where: "The Mandaté cell.",
    sheet: "Budget",
    cell: "M5",
    params: { line: "Travaux", paid: 13000, committed: 12000 },
  },
  BUDGET_FORECAST_OVERRUN: {
    when: "Prévision finale > Crédits ouverts on a line (compared in cents). An empty Prévision finale defaults to max(Crédits ouverts, Engagé), so an over-committed line also overruns.",
    where: "The Prévision finale cell, or Prévu initial when the tab has no Prévision finale column.",
    sheet: "Budget",
    cell: "N5",
    params: { line: "Travaux", forecast: 185000, open: 180000 },
  },
  STEP_LATE: {
    when: "An unfinished step whose Fin prévue is before the status date (computed by src/core/compute).",
    where: "The Fin prévue cell.",
    sheet: "Calendrier",
    cell: "F4",
    params: { id: "E2", baselineFinish: "2026-03-31", statusDate: "2026-06-30" },
  },
  STEP_FORECAST_IN_PAST: {
    when: "An unfinished step whose Fin prévisionnelle is before the status date (computed by src/core/compute).",
    where: "The Fin prévisionnelle cell.",
    sheet: "Calendrier",
    cell: "I4",
    params: { id: "E2", forecastFinish: "2026-05-15", statusDate: "2026-06-30" },
  },
  STAFF_OVERLOAD: {
    when: "A service's planned days exceed its capacity in a month (computed by src/core/compute).",
    where: "The Jours disponibles cell of that service and month in Capacité.",
    sheet: "Capacité",
    cell: "C4",
    params: { service: "Usages numériques", month: "2026-03", planned: 25, capacity: 20 },
  },
  DIGITAL_SERVICE_ABSENT: {
    when: "No Équipe row names the Service numérique (default Usages numériques; case, accents and spaces ignored). Silent when Équipe could not be read.",
    where: "The Équipe tab; no cell.",
    sheet: "Équipe",
    cell: null,
    params: { service: "Usages numériques" },
  },
  VALIDATION_OVERDUE: {
    when: "A validation stage whose Date prévue is before the status date and whose Décision is empty or « en attente ».",
    where: "The Date prévue cell.",
    sheet: "Validation",
    cell: "C3",
    params: { stage: "Marché travaux", plannedDate: "2026-05-20" },
  },
  EVALUATION_MISSING: {
    when: "Statut is « réalisé » and no indicator has a Mesure.",
    where: "The Évaluation tab (its actual name, or « Évaluation » when absent); no cell.",
    sheet: "Évaluation",
    cell: null,
    params: {},
  },
  AP_EXCEEDED: {
    when: "An Autorisation de programme is given and investment expenses committed over all years exceed it (compared in cents).",
    where: "The Autorisation de programme value cell in Projet.",
    sheet: "Projet",
    cell: "B13",
    params: { committed: 265000, ap: 250000 },
  },
  COFINANCING_ABOVE_80: {
    when: "The public aid rate of SPEC §5.2 — public funding expected ÷ (public funding expected + the owner's share), private funding outside the base — exceeds 80 % (compared unrounded, in cents), and Dérogation 20 % (Projet) is not oui. Without Financement rows, the Budget's Investissement revenue lines stand for the public funding.",
    where: "The Financement tab, or the Budget tab when its revenue lines stand for the plan; no cell.",
    sheet: "Financement",
    cell: null,
    params: { rate: 0.8512 },
  },
  FUNDING_OVERFUNDED: {
    when: "Financement has rows and the owner's share (Investissement expenses' Prévision finale − funding expected) is below 0 € (compared in cents).",
    where: "The Financement tab; no cell.",
    sheet: "Financement",
    cell: null,
    params: { expected: 1_080_000, expenses: 1_000_000 },
  },
  FUNDING_AWARD_ABOVE_BASE: {
    when: "On a Financement row with Montant notifié, Taux and Assiette éligible, the Montant notifié exceeds Taux × Assiette éligible + 1 € (compared in cents).",
    where: "The Montant notifié cell.",
    sheet: "Financement",
    cell: "H3",
    params: { funder: "État", scheme: "DETR", awarded: 420_000, rate: 0.25, base: 1_600_000, ceiling: 400_000 },
  },
  FUNDING_RECEIVED_EXCEEDS_AWARDED: {
    when: "On a notifié or soldé Financement row with a Montant notifié, the Montant encaissé exceeds it (compared in cents).",
    where: "The Montant encaissé cell.",
    sheet: "Financement",
    cell: "J4",
    params: { funder: "Région Pays de la Loire", scheme: "", received: 320_000, awarded: 300_000 },
  },
  FUNDING_START_DEADLINE: {
    when: "On a Financement row not refusé, Début au plus tard is before the status date and no Calendrier step has a Début réel on or before it.",
    where: "The Début au plus tard cell.",
    sheet: "Financement",
    cell: "L3",
    params: { funder: "État", scheme: "DSIL", startBy: "2026-09-15", statusDate: "2026-11-15" },
  },
  FUNDING_COMPLETION_DEADLINE: {
    when: "On a Financement row neither refusé nor soldé, Achèvement au plus tard is before the project's forecast finish (SPEC §3).",
    where: "The Achèvement au plus tard cell.",
    sheet: "Financement",
    cell: "M2",
    params: {
      funder: "Département de la Vendée",
      scheme: "Amendes de police",
      completeBy: "2027-03-31",
      forecastFinish: "2027-05-31",
    },
  },
  FUNDING_BUDGET_MISMATCH: {
    when: "Financement has rows, the Budget has Investissement revenue lines, and the rows' expected total and those lines' Prévision finale total differ by more than 1 €.",
    where: "The Financement tab; no cell.",
    sheet: "Financement",
    cell: null,
    params: { funding: 535_000, budget: 470_000 },
  },
  PORTFOLIO_DUPLICATE_CODE: {
    when: "Two workbooks of a portfolio share a Code projet. One is counted (the latest Date d'état written in it, an empty one being the oldest; ties: the first given or found), the others are set aside; each gets this error.",
    where: "The Code projet value cell in Projet, in each workbook of the group.",
    sheet: "Projet",
    cell: "B2",
    params: { code: "NUM-2026-01", files: "ecoles.xlsx, mediatheque.xlsx", kept: "ecoles.xlsx" },
  },
  FILE_UNREADABLE: {
    when: "A file of a portfolio cannot be opened as a workbook.",
    where: "No sheet, no cell.",
    sheet: null,
    cell: null,
    params: { file: "budget.xlsx", reason: "not a workbook" },
  },
  PORTFOLIO_NOT_A_PROJECT: {
    when: "A file of a consolidation has no Projet tab and every tab carries the generated mark (a previous portfolio or report): it is skipped, not a failure.",
    where: "The file; no sheet, no cell.",
    sheet: null,
    cell: null,
    params: {},
  },
  PORTFOLIO_CAPACITY_FILE: {
    when: "A file of a consolidation has a Capacité tab and no Projet tab, and no capacity was given (`--capacity`, the open workbook's or the direction's own Capacité tab): it is the portfolio capacity.",
    where: "The file; no sheet, no cell.",
    sheet: null,
    cell: null,
    params: {},
  },
  PORTFOLIO_CAPACITY_IGNORED: {
    when: "A file of a consolidation has a Capacité tab and no Projet tab while a capacity was given or another capacity workbook came first: it is skipped.",
    where: "The file; no sheet, no cell.",
    sheet: null,
    cell: null,
    params: {},
  },
};
