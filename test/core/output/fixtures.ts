/**
 * Hand-made Analysis objects for the output, report and portfolio tests: they do not depend on
 * the parser or the computations, only on the shared types.
 */
import type {
  Analysis,
  BudgetResult,
  FicheProjet,
  FundingResult,
  Issue,
  Measures,
  ProjectInfo,
  ProjectResults,
  StaffingResult,
} from "../../../src/core/types.js";

export const measures = (
  initial: number,
  open: number,
  committed: number,
  paid: number,
  forecast: number,
): Measures => ({
  initial,
  open,
  committed,
  paid,
  forecast,
});

const minus = (a: Measures, b: Measures): Measures =>
  measures(a.initial - b.initial, a.open - b.open, a.committed - b.committed, a.paid - b.paid, a.forecast - b.forecast);

export interface FixtureOptions {
  readonly code?: string | null;
  readonly title?: string | null;
  readonly lead?: string;
  readonly leadService?: string;
  readonly status?: ProjectInfo["status"];
  readonly lang?: "fr" | "en";
  readonly issues?: readonly Issue[];
  readonly staffing?: Partial<StaffingResult>;
  readonly expenses?: Measures;
  readonly revenues?: Measures;
  readonly health?: ProjectResults["health"];
}

export const ISSUES: readonly Issue[] = [
  {
    severity: "error",
    code: "VALUE_INVALID",
    sheet: "Budget",
    cell: "J7",
    message: "Budget!J7 : un montant est attendu, trouvé « 12 k€ ».",
  },
  {
    severity: "warning",
    code: "BUDGET_OVERCOMMITTED",
    sheet: "Budget",
    cell: "L5",
    message: "Engagé supérieur aux crédits ouverts.",
  },
  { severity: "warning", code: "EVALUATION_MISSING", sheet: "Évaluation", cell: null, message: "Aucune mesure." },
  {
    severity: "info",
    code: "DIGITAL_SERVICE_ABSENT",
    sheet: "Équipe",
    cell: null,
    message: '=HYPERLINK("http://x")',
  },
];

/** A project with two years of budget, three steps (one late), two services and two indicators. */
export function makeAnalysis(o: FixtureOptions = {}): Analysis {
  const expenses = o.expenses ?? measures(100_000, 120_000.555, 90_000.1 + 0.2, 45_000, 125_000.004);
  const revenues = o.revenues ?? measures(40_000, 40_000, 0, 0, 40_000);
  const project: ProjectInfo = {
    code: o.code === undefined ? "MEDIA-2026" : o.code,
    title: o.title === undefined ? "Médiathèque intercommunale" : o.title,
    rationale: null,
    objectives: null,
    status: o.status === undefined ? "en cours" : o.status,
    lead: o.lead ?? "Claire Martin",
    leadService: o.leadService ?? "Culture",
    sponsor: null,
    steeringCommittee: [],
    digitalService: "Usages numériques",
    statusDate: "2026-06-09",
    holidays: "France",
    programmeAuthorisation: null,
    fctvaRate: 0.16404,
    fctvaTiming: "N",
    ownerShareWaiver: false,
  };
  const fiche: FicheProjet = {
    project,
    validation: [],
    steps: [step("E1", "Étude de programmation", 5), step("E2", "Travaux", 6), step("J1", "Inauguration", 7)],
    budget: [],
    funding: [],
    team: [],
    capacity: [],
    indicators: [],
    layout: {
      projet: { sheet: "Projet", rows: { code: 2, title: 3 } },
    },
  };
  const budget: BudgetResult = {
    lines: [],
    expenses,
    revenues,
    netCost: minus(expenses, revenues),
    commitmentRate: expenses.open === 0 ? null : expenses.committed / expenses.open,
    executionRate: expenses.open === 0 ? null : expenses.paid / expenses.open,
    forecastVariance: expenses.forecast - expenses.initial,
    forecastVariancePct: expenses.initial === 0 ? null : (expenses.forecast - expenses.initial) / expenses.initial,
    cofinancingRate: expenses.forecast === 0 ? null : revenues.forecast / expenses.forecast,
    fctva: 0.16404 * 80_000,
    netCostAfterFctva: expenses.forecast - revenues.forecast - 0.16404 * 80_000,
    byYearSection: [
      { year: 2026, section: "Investissement", type: "Dépense", ...measures(60_000, 70_000, 60_000, 30_000, 72_000) },
      { year: 2026, section: "Investissement", type: "Recette", ...revenues },
      { year: 2026, section: "Fonctionnement", type: "Dépense", ...measures(10_000, 10_000.555, 5_000, 5_000, 10_000) },
      {
        year: 2027,
        section: "Investissement",
        type: "Dépense",
        ...measures(30_000, 40_000, 25_000.3, 10_000, 43_000.004),
      },
    ],
    fctvaByYear: [
      { year: 2026, amount: 0.16404 * 40_000.005 },
      { year: 2027, amount: 0.16404 * 39_999.995 },
    ],
  };
  // 115 000 € of investment: 30 000 € of DETR (10 000,555 € received), 10 000 € sought from a sponsor.
  const e = 115_000.004;
  const funding: FundingResult = {
    source: "plan",
    requested: 40_000,
    awarded: 30_000,
    received: 10_000.555,
    expected: 40_000,
    toReceive: 29_999.445,
    awardedToReceive: 19_999.445,
    publicExpected: 30_000,
    privateExpected: 10_000,
    investmentExpenses: e,
    ownerShare: e - 40_000,
    ownerShareRate: (e - 40_000) / e,
    publicAidRate: 30_000 / (e - 10_000),
    byFunder: [
      {
        row: 2,
        funder: "État",
        scheme: "DETR",
        category: "État",
        status: "notifié",
        requested: 30_000,
        awarded: 30_000,
        received: 10_000.555,
        expected: 30_000,
        toReceive: 19_999.445,
      },
      {
        row: 3,
        funder: "Fondation du patrimoine",
        scheme: null,
        category: "Privé",
        status: "sollicité",
        requested: 10_000,
        awarded: 0,
        received: 0,
        expected: 10_000,
        toReceive: 10_000,
      },
    ],
  };
  const staffing: StaffingResult = {
    services: ["Culture", "Services techniques", "Usages numériques"],
    digitalServiceInvolved: true,
    load: [
      { service: "Services techniques", month: "2026-03", planned: 12.5, actual: 10, capacity: 10, load: 1.25 },
      { service: "Usages numériques", month: "2026-03", planned: 2, actual: 1, capacity: 8, load: 0.25 },
      { service: "Usages numériques", month: "2026-04", planned: 3, actual: 0, capacity: null, load: null },
    ],
    ...o.staffing,
  };
  const results: ProjectResults = {
    statusDate: "2026-06-09",
    budget,
    funding,
    schedule: {
      baselineFinish: "2026-12-18",
      forecastFinish: "2027-01-08",
      slipWorkingDays: 13.000000000000002,
      slipCalendarDays: 21,
      lateSteps: ["E1"],
      criticalPath: ["E1", "E2", "J1"],
      steps: [
        stepResult("E1", 5, "2026-03-02", "2026-05-29", "2026-06-19", 15, 21, true),
        stepResult("E2", 6, "2026-06-01", "2026-12-18", "2027-01-08", 13, 21, false),
        stepResult("J1", 7, "2026-12-18", "2026-12-18", "2027-01-08", 13, 21, false),
      ],
    },
    evm: {
      bac: 100_000,
      pv: 40_000.125,
      ev: 35_000,
      ac: 45_000,
      cv: -10_000,
      sv: -5_000.125,
      cpi: 35 / 45,
      spi: 35_000 / 40_000.125,
      eac: 100_000 / (35 / 45),
      etc: 100_000 / (35 / 45) - 45_000,
      vac: 100_000 - 100_000 / (35 / 45),
      tcpi: (100_000 - 35_000) / (100_000 - 45_000),
    },
    staffing,
    evaluation: [
      { name: "Fréquentation annuelle", row: 2, attainment: 1 / 3, status: "en progrès" },
      { name: "Prêts numériques", row: 3, attainment: null, status: "non mesuré" },
    ],
    health: o.health ?? { budget: "amber", schedule: "amber", staffing: "red", overall: "red" },
  };
  return { fiche, issues: o.issues ?? ISSUES, results, lang: o.lang ?? "fr" };
}

function step(id: string, name: string, row: number): FicheProjet["steps"][number] {
  return {
    row,
    id,
    name,
    objective: null,
    actor: null,
    baselineStart: "2026-03-02",
    baselineFinish: "2026-05-29",
    actualStart: null,
    actualFinish: null,
    forecastFinish: null,
    percentComplete: null,
    predecessors: [],
    milestone: id.startsWith("J"),
    budget: null,
  };
}

function stepResult(
  id: string,
  row: number,
  baselineStart: string,
  baselineFinish: string,
  forecastFinish: string,
  slipWorkingDays: number,
  slipCalendarDays: number,
  late: boolean,
): ProjectResults["schedule"]["steps"][number] {
  return {
    id,
    row,
    baselineStart,
    baselineFinish,
    forecastStart: baselineStart,
    forecastFinish,
    slipWorkingDays,
    slipCalendarDays,
    finished: false,
    late,
    critical: true,
  };
}
