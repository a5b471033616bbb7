/** Computations (SPEC §3), full precision; rounding happens once in the JSON output. */
import type { Issue } from "./issues.js";
import type {
  FicheProjet,
  FlowType,
  FundingCategory,
  FundingStatus,
  IsoDate,
  IsoMonth,
  Lang,
  Section,
} from "./model.js";

/**
 * A traffic light. `unknown` (« à vérifier ») when an error in the data the dimension depends on
 * makes its figure unreliable (SPEC §3 Health).
 */
export type Health = "green" | "amber" | "red" | "unknown";

export interface HealthThresholds {
  /** Budget red when expenses' forecast exceeds this share of open credits (default 1.10). */
  readonly budgetRed: number;
  /** Budget amber above this share (default 1.00). */
  readonly budgetAmber: number;
  /** Schedule red when the project slips more than this many working days (default 20). */
  readonly scheduleRedDays: number;
  /** Staffing red when any load exceeds this (default 1.20). */
  readonly staffingRed: number;
  /** Staffing amber when any load exceeds this (default 1.00). */
  readonly staffingAmber: number;
}

export interface Measures {
  readonly initial: number;
  readonly open: number;
  readonly committed: number;
  readonly paid: number;
  readonly forecast: number;
}

export interface BudgetLineResult {
  readonly row: number;
  readonly available: number;
  readonly toPay: number;
  readonly commitmentRate: number | null;
  readonly executionRate: number | null;
  readonly variance: number;
  readonly variancePct: number | null;
}

export interface YearSectionTotal extends Measures {
  readonly year: number;
  readonly section: Section;
  readonly type: FlowType;
}

export interface BudgetResult {
  readonly lines: readonly BudgetLineResult[];
  readonly expenses: Measures;
  readonly revenues: Measures;
  readonly netCost: Measures;
  /** Expenses committed / open. */
  readonly commitmentRate: number | null;
  /** Expenses paid / open. */
  readonly executionRate: number | null;
  /** Expenses forecast − initial. */
  readonly forecastVariance: number;
  readonly forecastVariancePct: number | null;
  readonly cofinancingRate: number | null;
  readonly fctva: number;
  readonly netCostAfterFctva: number;
  /** Sorted by year, section (Investissement first), type (Dépense first). */
  readonly byYearSection: readonly YearSectionTotal[];
  /** The FCTVA by year of receipt (SPEC §5.2), years ascending, years with an amount only. */
  readonly fctvaByYear: readonly FctvaYear[];
}

/** The FCTVA received in one year. */
export interface FctvaYear {
  readonly year: number;
  readonly amount: number;
}

/** One row of the plan de financement with its amounts as written (0 where empty) and its expected amount. */
export interface FunderResult {
  readonly row: number;
  readonly funder: string;
  readonly scheme: string | null;
  readonly category: FundingCategory;
  readonly status: FundingStatus;
  readonly requested: number;
  readonly awarded: number;
  readonly received: number;
  readonly expected: number;
  /** What is still hoped for from this row: max(0, expected − received) unless refused or closed. */
  readonly toReceive: number;
}

/**
 * The plan de financement (SPEC §5.2). `source` says where it comes from: the `Financement` rows
 * (`plan`), or the Budget's Investissement revenue lines standing for them (`budget`).
 */
export interface FundingResult {
  readonly source: "plan" | "budget";
  /** Null in the Budget fallback (a revenue line says nothing of what was asked for). */
  readonly requested: number | null;
  readonly awarded: number;
  readonly received: number;
  readonly expected: number;
  readonly toReceive: number;
  readonly awardedToReceive: number;
  readonly publicExpected: number;
  readonly privateExpected: number;
  /** E: the Investissement expenses' Prévision finale total, the base of the owner's share. */
  readonly investmentExpenses: number;
  /** Autofinancement: E − publicExpected − privateExpected. */
  readonly ownerShare: number;
  readonly ownerShareRate: number | null;
  /** publicExpected / (publicExpected + ownerShare): the ratio CGCT L1111-10 caps at 80 %. */
  readonly publicAidRate: number | null;
  /** One per `Financement` row, in row order; empty in the Budget fallback. */
  readonly byFunder: readonly FunderResult[];
}

export interface StepResult {
  readonly id: string;
  readonly row: number;
  readonly baselineStart: IsoDate;
  readonly baselineFinish: IsoDate;
  /** Forecast (or actual) start S. */
  readonly forecastStart: IsoDate;
  readonly forecastFinish: IsoDate;
  readonly slipWorkingDays: number;
  readonly slipCalendarDays: number;
  readonly finished: boolean;
  readonly late: boolean;
  readonly critical: boolean;
}

export interface ScheduleResult {
  readonly baselineFinish: IsoDate | null;
  readonly forecastFinish: IsoDate | null;
  readonly slipWorkingDays: number;
  readonly slipCalendarDays: number;
  readonly lateSteps: readonly string[];
  readonly criticalPath: readonly string[];
  /** In Calendrier order. Steps caught in a cycle are left out. */
  readonly steps: readonly StepResult[];
}

export interface EvmResult {
  readonly bac: number;
  readonly pv: number;
  readonly ev: number;
  readonly ac: number;
  readonly cv: number;
  readonly sv: number;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly eac: number | null;
  readonly etc: number | null;
  readonly vac: number | null;
  readonly tcpi: number | null;
}

export interface LoadCell {
  readonly service: string;
  readonly month: IsoMonth;
  readonly planned: number;
  readonly actual: number;
  readonly capacity: number | null;
  readonly load: number | null;
}

export interface StaffingResult {
  readonly services: readonly string[];
  readonly digitalServiceInvolved: boolean;
  /** Sorted by service, then month. */
  readonly load: readonly LoadCell[];
}

export type IndicatorStatus = "atteint" | "en progrès" | "non atteint" | "non mesuré";
export interface IndicatorResult {
  readonly name: string;
  readonly row: number;
  readonly attainment: number | null;
  readonly status: IndicatorStatus;
}

export interface HealthResult {
  readonly budget: Health;
  readonly schedule: Health;
  readonly staffing: Health;
  readonly overall: Health;
}

export interface ProjectResults {
  readonly statusDate: IsoDate;
  readonly budget: BudgetResult;
  readonly funding: FundingResult;
  readonly schedule: ScheduleResult;
  readonly evm: EvmResult;
  readonly staffing: StaffingResult;
  readonly evaluation: readonly IndicatorResult[];
  readonly health: HealthResult;
}

export interface AnalyzeOptions {
  /** The status date when the sheet gives none (the CLI's today), or an override. */
  readonly statusDate: IsoDate;
  /** When true, `statusDate` wins over the sheet's `Date d'état` (CLI `--status-date`). */
  readonly statusDateOverride?: boolean;
  readonly lang?: Lang;
  readonly thresholds?: Partial<HealthThresholds>;
}

/** Everything the core knows about one workbook. */
export interface Analysis {
  readonly fiche: FicheProjet;
  readonly issues: readonly Issue[];
  readonly results: ProjectResults;
  readonly lang: Lang;
}

// The portfolio (SPEC §3 Portfolio, §4 consolidate) starts from analysed workbooks.

/** One project as the portfolio needs it: the hosts compute it where the workbook is. */
export interface PortfolioEntry {
  /** File name (CLI), file name (Excel) or spreadsheet name/URL (Sheets). */
  readonly file: string;
  readonly analysis: Analysis;
}

export interface PortfolioFailure {
  readonly file: string;
  readonly message: string;
}
