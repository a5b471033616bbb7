/**
 * The contract between the core, the hosts and the tests.
 *
 * Everything here is plain data: no class, no `Date`, no host object. A host turns its
 * cells into {@link Cell}s, hands a {@link WorkbookGrid} to the core, and writes back the
 * {@link OutputSheet}s the core returns.
 */

/** A calendar date `YYYY-MM-DD`: no time, no time zone. */
export type IsoDate = string;
/** A calendar month `YYYY-MM`. */
export type IsoMonth = string;

/** A date cell, already converted by the host to a calendar date. */
export interface CellDate {
  readonly kind: "date";
  readonly iso: IsoDate;
}
/** A formula error such as `#REF!` or `#N/A`. */
export interface CellError {
  readonly kind: "error";
  readonly code: string;
}
/** One cell as a host reads it. A formula cell is given as its cached result. */
export type Cell = string | number | boolean | null | CellDate | CellError;

/** One tab: its name and its rows (row 0 is sheet row 1, column 0 is column A). Rows may be ragged. */
export interface Sheet {
  readonly name: string;
  readonly rows: readonly (readonly Cell[])[];
}
/** A workbook as the core sees it: its tabs in order. */
export interface WorkbookGrid {
  readonly sheets: readonly Sheet[];
}

export type Lang = "fr" | "en";
export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "TAB_MISSING"
  | "COLUMN_MISSING"
  | "VALUE_REQUIRED"
  | "VALUE_INVALID"
  | "CELL_FORMULA_ERROR"
  | "ID_DUPLICATE"
  | "STEP_UNKNOWN"
  | "SCHEDULE_CYCLE"
  | "DATE_ORDER"
  | "BUDGET_OVERCOMMITTED"
  | "BUDGET_PAID_EXCEEDS_COMMITTED"
  | "BUDGET_FORECAST_OVERRUN"
  | "STEP_LATE"
  | "STEP_FORECAST_IN_PAST"
  | "STAFF_OVERLOAD"
  | "DIGITAL_SERVICE_ABSENT"
  | "VALIDATION_OVERDUE"
  | "EVALUATION_MISSING"
  | "AP_EXCEEDED"
  | "COFINANCING_ABOVE_80"
  | "PORTFOLIO_DUPLICATE_CODE"
  | "FILE_UNREADABLE";

/** Values a message template may interpolate. */
export type IssueParams = Readonly<Record<string, string | number | null>>;

/**
 * A problem before its message is written (zod's model): a stable code, where it is, and the
 * values the catalogue needs. `sheet` is the tab's actual name in the workbook (or the
 * canonical French name when the tab is missing); `cell` an A1 address or null for a whole tab.
 */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly params: IssueParams;
}

/** A problem as users see it (SPEC §2). */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}

// ---------------------------------------------------------------------------------------------
// The typed fiche projet (what the parser returns; computations only see these clean values)
// ---------------------------------------------------------------------------------------------

export type Status = "prévu" | "en cours" | "réalisé" | "suspendu" | "abandonné";
export type HolidayCalendar = "France" | "Alsace-Moselle" | "aucun";
export type Section = "Investissement" | "Fonctionnement";
export type FlowType = "Dépense" | "Recette";
export type Decision = "favorable" | "défavorable" | "ajourné" | "en attente";
export type Trend = "hausse" | "baisse";

/** The tabs of template v1, by stable key. */
export type TabKey = "projet" | "validation" | "calendrier" | "budget" | "equipe" | "capacite" | "evaluation";

/** Every record read from a table tab keeps its sheet row (1-based) so checks can point at it. */
export interface Located {
  readonly row: number;
}

export interface ProjectInfo {
  readonly code: string | null;
  readonly title: string | null;
  readonly rationale: string | null;
  readonly objectives: string | null;
  readonly status: Status | null;
  readonly lead: string | null;
  readonly leadService: string | null;
  readonly sponsor: string | null;
  readonly steeringCommittee: readonly string[];
  /** Defaults to `Usages numériques`. */
  readonly digitalService: string;
  /** Null when the sheet gives none; the caller then uses its own status date (today / --status-date). */
  readonly statusDate: IsoDate | null;
  readonly holidays: HolidayCalendar;
  readonly programmeAuthorisation: number | null;
  /** A fraction: 0.16404 by default. */
  readonly fctvaRate: number;
}

export interface ValidationStage extends Located {
  readonly stage: string;
  readonly body: string | null;
  readonly plannedDate: IsoDate | null;
  readonly decisionDate: IsoDate | null;
  readonly decision: Decision | null;
}

export interface Step extends Located {
  readonly id: string;
  readonly name: string;
  readonly objective: string | null;
  readonly actor: string | null;
  readonly baselineStart: IsoDate;
  readonly baselineFinish: IsoDate;
  readonly actualStart: IsoDate | null;
  readonly actualFinish: IsoDate | null;
  readonly forecastFinish: IsoDate | null;
  /** A fraction 0..1, or null when not given. A finished step counts as 1 in computations. */
  readonly percentComplete: number | null;
  readonly predecessors: readonly string[];
  readonly milestone: boolean;
  readonly budget: number | null;
}

export interface BudgetLine extends Located {
  readonly line: string;
  readonly section: Section;
  readonly type: FlowType;
  readonly year: number;
  readonly account: string | null;
  readonly service: string | null;
  readonly step: string | null;
  readonly funder: string | null;
  readonly fctva: boolean;
  readonly initial: number;
  /** Defaults applied by the parser: open = initial. */
  readonly open: number;
  readonly committed: number;
  readonly paid: number;
  /** Defaults applied by the parser: max(open, committed). */
  readonly forecast: number;
}

export interface StaffRow extends Located {
  readonly service: string;
  readonly person: string | null;
  readonly step: string | null;
  readonly month: IsoMonth;
  readonly planned: number;
  readonly actual: number;
}

export interface CapacityRow extends Located {
  readonly service: string;
  readonly month: IsoMonth;
  readonly available: number;
}

export interface Indicator extends Located {
  readonly name: string;
  readonly unit: string | null;
  readonly baseline: number | null;
  readonly target: number | null;
  readonly measured: number | null;
  readonly measuredOn: IsoDate | null;
  readonly direction: Trend;
}

/**
 * Where each tab and column was found, so that any check can name a cell.
 * `columns` maps a column key of the template to its 0-based column index.
 * For the key/value tab `projet`, `rows` maps a field key to its 1-based sheet row.
 */
export interface TabLayout {
  readonly sheet: string;
  readonly headerRow: number;
  readonly columns: Readonly<Record<string, number>>;
  readonly rows?: Readonly<Record<string, number>>;
}
export type Layout = Partial<Record<TabKey, TabLayout>>;

export interface FicheProjet {
  readonly project: ProjectInfo;
  readonly validation: readonly ValidationStage[];
  readonly steps: readonly Step[];
  readonly budget: readonly BudgetLine[];
  readonly team: readonly StaffRow[];
  readonly capacity: readonly CapacityRow[];
  readonly indicators: readonly Indicator[];
  readonly layout: Layout;
  /**
   * IDs of Calendrier rows that were not read because a required value was missing or invalid
   * (already reported): references to them are not "unknown steps". Optional; absent = none.
   */
  readonly unreadStepIds?: readonly string[];
}

export interface ParseResult {
  readonly fiche: FicheProjet;
  readonly issues: readonly IssueDraft[];
}

// ---------------------------------------------------------------------------------------------
// Computations (SPEC §3), full precision; rounding happens once in the JSON output
// ---------------------------------------------------------------------------------------------

export type Health = "green" | "amber" | "red";

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

// ---------------------------------------------------------------------------------------------
// Output grids with formatting intent: the hosts write the very same tabs
// ---------------------------------------------------------------------------------------------

/** A text cell that links to a cell of the workbook (Contrôles → Budget!L5). */
export interface OutLink {
  readonly kind: "link";
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}
/**
 * A cell to write. Strings are always written as text, never as formulas (the host escapes
 * them). Numbers are raw; their display comes from the column/range format intent.
 */
export type OutCell = string | number | boolean | null | CellDate | OutLink;

export type Style =
  | "title"
  | "subtitle"
  | "header"
  | "mark"
  | "money"
  | "percent"
  | "ratio"
  | "date"
  | "integer"
  | "green"
  | "amber"
  | "red"
  | "error"
  | "warning"
  | "info"
  | "overload"
  | "muted";

/** A rectangle, 0-based, inclusive. */
export interface Area {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export interface StyledArea extends Area {
  readonly style: Style;
}

/** A chart a host may draw natively (Excel charts, Sheets EmbeddedChartBuilder). */
export interface ChartIntent {
  readonly kind: "column" | "bar";
  readonly title: string;
  /** The data, header row included; first column gives the categories. */
  readonly data: Area;
  readonly stacked?: boolean;
  /** Where the chart goes (top-left cell). */
  readonly anchor: { readonly row: number; readonly col: number };
}

export interface OutputSheet {
  readonly name: string;
  readonly rows: readonly (readonly OutCell[])[];
  readonly columnWidths: readonly number[];
  readonly frozenRows: number;
  readonly styles: readonly StyledArea[];
  /** Tables that should get an auto-filter (header row included). */
  readonly filters: readonly Area[];
  readonly charts: readonly ChartIntent[];
  /** Drop-down lists (data validation) over an area. */
  readonly validations?: readonly { readonly area: Area; readonly values: readonly string[] }[];
  /** Tab colour as `#RRGGBB`, optional. */
  readonly tabColor?: string;
  /** Columns frozen at the left (e.g. code and title of a wide table), optional; default none. */
  readonly frozenColumns?: number;
  /** Print in landscape (a wide tab), optional; default portrait. Hosts may ignore it. */
  readonly landscape?: boolean;
}

/** The text every generated tab carries at the start of A1. */
export const GENERATED_MARK = "Généré par fiche-projet";

// ---------------------------------------------------------------------------------------------
// Portfolio (SPEC §3 Portfolio, §4 consolidate)
// ---------------------------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------------------------
// JSON documents (SPEC §4): dates as YYYY-MM-DD, money rounded to cents, ratios to 4 decimals
// ---------------------------------------------------------------------------------------------

export interface CheckDocument {
  readonly schemaVersion: 1;
  readonly project: {
    readonly code: string | null;
    readonly title: string | null;
    readonly status: Status | null;
    readonly lead: string | null;
    readonly leadService: string | null;
    readonly statusDate: IsoDate;
  };
  readonly issues: readonly Issue[];
  readonly budget: {
    readonly expenses: Measures;
    readonly revenues: Measures;
    readonly netCost: Measures;
    readonly commitmentRate: number | null;
    readonly executionRate: number | null;
    readonly forecastVariance: number;
    readonly forecastVariancePct: number | null;
    readonly cofinancingRate: number | null;
    readonly fctva: number;
    readonly netCostAfterFctva: number;
    readonly byYearSection: readonly YearSectionTotal[];
  };
  readonly schedule: {
    readonly baselineFinish: IsoDate | null;
    readonly forecastFinish: IsoDate | null;
    readonly slipWorkingDays: number;
    readonly slipCalendarDays: number;
    readonly lateSteps: readonly string[];
    readonly criticalPath: readonly string[];
    readonly steps: readonly {
      readonly id: string;
      readonly baselineFinish: IsoDate;
      readonly forecastFinish: IsoDate;
      readonly slipWorkingDays: number;
    }[];
  };
  readonly evm: EvmResult;
  readonly staffing: {
    readonly services: readonly string[];
    readonly digitalServiceInvolved: boolean;
    readonly load: readonly LoadCell[];
  };
  readonly evaluation: {
    readonly indicators: readonly {
      readonly name: string;
      readonly attainment: number | null;
      readonly status: IndicatorStatus;
    }[];
  };
  readonly health: HealthResult;
}
