/**
 * Clean FicheProjet fixtures built by code (the parser is not needed to test the computations).
 * Every builder takes the fields a test cares about and fills the rest with plain defaults.
 */
import { DEFAULT_DIGITAL_SERVICE, DEFAULT_FCTVA_RATE } from "../../../src/core/template/columns.js";
import type {
  BudgetLine,
  CapacityRow,
  FicheProjet,
  Indicator,
  Layout,
  ProjectInfo,
  StaffRow,
  Step,
} from "../../../src/core/types.js";

/** A layout as the parser would record it for the template's own column order. */
export const LAYOUT: Layout = {
  projet: { sheet: "Projet", rows: { code: 2, holidays: 13 } },
  calendrier: {
    sheet: "Calendrier",
    headerRow: 1,
    columns: {
      id: 0,
      name: 1,
      objective: 2,
      actor: 3,
      baselineStart: 4,
      baselineFinish: 5,
      actualStart: 6,
      actualFinish: 7,
      forecastFinish: 8,
      percentComplete: 9,
      predecessors: 10,
      milestone: 11,
      budget: 12,
    },
  },
  budget: { sheet: "Budget", headerRow: 1, columns: { line: 0, committed: 11, paid: 12, forecast: 13 } },
  equipe: { sheet: "Équipe", headerRow: 1, columns: { service: 0, month: 3, planned: 4, actual: 5 } },
  capacite: { sheet: "Capacité", headerRow: 1, columns: { service: 0, month: 1, available: 2 } },
};

export function project(over: Partial<ProjectInfo> = {}): ProjectInfo {
  return {
    code: "PRJ-1",
    title: "Portail usagers",
    rationale: null,
    objectives: null,
    status: "en cours",
    lead: "C. Martin",
    leadService: "Direction des finances",
    sponsor: null,
    steeringCommittee: [],
    digitalService: DEFAULT_DIGITAL_SERVICE,
    statusDate: null,
    holidays: "France",
    programmeAuthorisation: null,
    fctvaRate: DEFAULT_FCTVA_RATE,
    fctvaTiming: "N",
    ownerShareWaiver: false,
    ...over,
  };
}

let nextRow = 2;

/** A step; `row` defaults to a fresh sheet row. */
export function step(id: string, baselineStart: string, baselineFinish: string, over: Partial<Step> = {}): Step {
  return {
    row: nextRow++,
    id,
    name: `Étape ${id}`,
    objective: null,
    actor: null,
    baselineStart,
    baselineFinish,
    actualStart: null,
    actualFinish: null,
    forecastFinish: null,
    percentComplete: null,
    predecessors: [],
    milestone: false,
    budget: null,
    ...over,
  };
}

/** A budget line with the parser's defaults: open = initial, forecast = max(open, committed). */
export function line(over: Partial<BudgetLine> & { initial: number }): BudgetLine {
  const open = over.open ?? over.initial;
  const committed = over.committed ?? 0;
  return {
    row: nextRow++,
    line: "Prestation",
    section: "Investissement",
    type: "Dépense",
    year: 2026,
    account: null,
    service: null,
    step: null,
    funder: null,
    fctva: false,
    open,
    committed,
    paid: 0,
    forecast: Math.max(open, committed),
    ...over,
  };
}

export function staff(service: string, month: string, planned: number, actual = 0): StaffRow {
  return { row: nextRow++, service, person: null, step: null, month, planned, actual };
}

export function capacity(service: string, month: string, available: number, row = nextRow++): CapacityRow {
  return { row, service, month, available };
}

export function indicator(over: Partial<Indicator> = {}): Indicator {
  return {
    row: nextRow++,
    name: "Démarches en ligne",
    unit: null,
    baseline: null,
    target: null,
    measured: null,
    measuredOn: null,
    direction: "hausse",
    ...over,
  };
}

/** A whole fiche; only what is given differs from an empty project. */
export function fiche(
  over: Partial<Omit<FicheProjet, "project">> & { project?: Partial<ProjectInfo> } = {},
): FicheProjet {
  return {
    validation: [],
    steps: [],
    budget: [],
    funding: [],
    team: [],
    capacity: [],
    indicators: [],
    layout: LAYOUT,
    ...over,
    project: project(over.project),
  };
}
