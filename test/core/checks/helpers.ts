/** Fiches built directly (no parsing), laid out as the template writes them: header on row 1. */
import { TABS, type TableTabKey, type TemplateTab } from "../../../src/core/template/columns.js";
import type {
  BudgetLine,
  FicheProjet,
  FundingRow,
  Layout,
  LayoutDraft,
  ProjectInfo,
  StaffRow,
  Step,
} from "../../../src/core/types.js";

/** Every tab at its template name, columns in template order, header on row 1. */
export function templateLayout(): Layout {
  const layout: LayoutDraft = {};
  for (const t of TABS) {
    if (t.shape === "keyValue") layout[t.key] = { sheet: t.fr, rows: positions(t, 1) };
    else tableLayout(layout, t);
  }
  return layout;
}

function tableLayout<K extends TableTabKey>(layout: LayoutDraft, t: TemplateTab<K>): void {
  layout[t.key] = { sheet: t.fr, headerRow: 1, columns: positions(t, 0) };
}

/** Column key → its index in template order, from `first`. */
function positions(t: TemplateTab, first: number): Record<string, number> {
  return Object.fromEntries(t.columns.map((c, i) => [c.key, first + i]));
}

export const project = (p: Partial<ProjectInfo> = {}): ProjectInfo => ({
  code: "P1",
  title: "Projet",
  rationale: null,
  objectives: null,
  status: "en cours",
  lead: "Camille",
  leadService: "DSI",
  sponsor: null,
  steeringCommittee: [],
  digitalService: "Usages numériques",
  statusDate: null,
  holidays: "France",
  programmeAuthorisation: null,
  fctvaRate: 0.16404,
  fctvaTiming: "N",
  ownerShareWaiver: false,
  ...p,
});

export const step = (id: string, row: number, s: Partial<Step> = {}): Step => ({
  row,
  id,
  name: `Étape ${id}`,
  objective: null,
  actor: null,
  baselineStart: "2026-01-05",
  baselineFinish: "2026-01-30",
  actualStart: null,
  actualFinish: null,
  forecastFinish: null,
  percentComplete: null,
  predecessors: [],
  milestone: false,
  budget: null,
  ...s,
});

export const line = (row: number, b: Partial<BudgetLine> = {}): BudgetLine => ({
  row,
  line: `Ligne ${row}`,
  section: "Investissement",
  type: "Dépense",
  year: 2026,
  account: null,
  service: null,
  step: null,
  funder: null,
  fctva: false,
  initial: 1000,
  open: 1000,
  committed: 0,
  paid: 0,
  forecast: 1000,
  ...b,
});

/** A row of the plan de financement: a public aid sought, nothing filed nor received unless given. */
export const aid = (row: number, f: Partial<FundingRow> = {}): FundingRow => ({
  row,
  funder: `Financeur ${row}`,
  scheme: null,
  category: "État",
  eligibleBase: null,
  rate: null,
  requested: null,
  filedOn: null,
  awarded: null,
  awardedOn: null,
  received: 0,
  status: "envisagé",
  startBy: null,
  completeBy: null,
  ...f,
});

export const staff = (row: number, service: string, s: Partial<StaffRow> = {}): StaffRow => ({
  row,
  service,
  person: null,
  step: null,
  month: "2026-03",
  planned: 1,
  actual: 0,
  ...s,
});

/** A fiche with the digital service staffed, so only what a test adds shows up. */
export function fiche(f: Partial<FicheProjet> = {}): FicheProjet {
  return {
    project: project(),
    validation: [],
    steps: [],
    budget: [],
    funding: [],
    team: [staff(2, "Usages numériques")],
    capacity: [],
    indicators: [],
    layout: templateLayout(),
    ...f,
  };
}
