/**
 * The portfolio (SPEC §3 Portfolio): what a host keeps of each project (a small, plain,
 * serializable summary that crosses worker threads and `google.script.run`), and the
 * consolidated result built from those summaries.
 */
import type {
  HealthResult,
  IsoDate,
  IsoMonth,
  Issue,
  Lang,
  Measures,
  PortfolioFailure,
  Status,
  YearSectionTotal,
} from "../types.js";
import type { FctvaTable, PortfolioFunding, ProjectFunding } from "./fundingTypes.js";

export type * from "./fundingTypes.js";

/** Planned person-days of one service in one month, for one project. */
export interface PlannedLoad {
  readonly service: string;
  readonly month: IsoMonth;
  readonly planned: number;
}

/** The figures of one project that the portfolio shows, as the summary and the row both carry them. */
export interface ProjectFigures {
  readonly expenses: Measures;
  readonly revenues: Measures;
  readonly netCost: Measures;
  readonly executionRate: number | null;
  readonly forecastVariance: number;
  /** Funding still hoped for (SPEC §5.2 toReceive): from the plan, or the Budget's investment revenues. */
  readonly fundingToReceive: number;
  readonly baselineFinish: IsoDate | null;
  readonly forecastFinish: IsoDate | null;
  readonly slipWorkingDays: number;
  readonly cpi: number | null;
  readonly spi: number | null;
  readonly digitalServiceInvolved: boolean;
}

/** One project reduced to what the portfolio needs; the Analysis can be dropped after. */
export interface ProjectSummaryForPortfolio extends ProjectFigures, ProjectFunding {
  readonly file: string;
  readonly code: string | null;
  readonly title: string | null;
  readonly lead: string | null;
  readonly leadService: string | null;
  readonly status: Status | null;
  readonly statusDate: IsoDate;
  /**
   * The `Date d'état` written in the workbook (not `--status-date`, not today), null when empty:
   * between two workbooks of one code, the latest is counted (SPEC §6 Duplicates).
   */
  readonly writtenStatusDate: IsoDate | null;
  /** Where the Code projet value is, to point a duplicate code at it. */
  readonly codePlace: { readonly sheet: string; readonly cell: string | null };
  readonly health: HealthResult;
  readonly byYearSection: readonly YearSectionTotal[];
  readonly plannedLoad: readonly PlannedLoad[];
  readonly issues: readonly Issue[];
}

/** One row of the portfolio: one project (SPEC §3 Portfolio). */
export interface PortfolioRow extends ProjectFigures {
  readonly file: string;
  readonly code: string;
  readonly title: string | null;
  readonly lead: string | null;
  readonly leadService: string | null;
  readonly status: Status | null;
  /** Issues at error severity, the portfolio's own (duplicate code) included. */
  readonly errors: number;
  readonly warnings: number;
  readonly health: HealthResult;
}

export interface FlowTotals {
  readonly expenses: Measures;
  readonly revenues: Measures;
  readonly netCost: Measures;
}

export interface LeadServiceTotal extends FlowTotals {
  /** The lead service as first spelled, or the "not given" label. */
  readonly leadService: string;
  readonly projects: number;
}

export interface PortfolioTotals {
  readonly overall: FlowTotals;
  /** Summed across projects; sorted by year, section (Investissement first), type (Dépense first). */
  readonly byYearSection: readonly YearSectionTotal[];
  /** Sorted by lead service (accent- and case-insensitive). */
  readonly byLeadService: readonly LeadServiceTotal[];
}

/** Cross-project load of one service in one month against the portfolio capacity. */
export interface PortfolioLoad {
  readonly service: string;
  readonly month: IsoMonth;
  readonly planned: number;
  /** From the capacity workbook; null when it gives none for that service × month. */
  readonly capacity: number | null;
  /** planned / capacity; null without a capacity above zero. */
  readonly load: number | null;
  readonly overloaded: boolean;
}

/** The portfolio capacity of one service in one month (the capacity workbook's rows, summed). */
export interface PortfolioCapacity {
  readonly service: string;
  readonly month: IsoMonth;
  readonly available: number;
}

export interface PortfolioKpis {
  readonly projects: number;
  readonly byStatus: Readonly<Record<Status, number>>;
  /** Share of projects whose team includes the digital service; null with no project. */
  readonly digitalInvolvementRate: number | null;
  readonly projectsInGreen: number;
  readonly projectsInAmber: number;
  readonly projectsInRed: number;
  /** Projects whose overall health is « à vérifier » (an error makes a figure unreliable). */
  readonly projectsToCheck: number;
  readonly errors: number;
  readonly warnings: number;
  readonly failures: number;
  /** Workbooks set aside because another workbook of the same code is counted. */
  readonly setAside: number;
  /** Files that are not projects (a previous output, a capacity workbook), skipped. */
  readonly skipped: number;
}

/** An issue of one project, with the file it comes from. */
export interface PortfolioIssue extends Issue {
  readonly file: string;
}

export interface Portfolio {
  readonly lang: Lang;
  /** The status date shared by every project (or given by the caller), else null. */
  readonly statusDate: IsoDate | null;
  readonly rows: readonly PortfolioRow[];
  readonly totals: PortfolioTotals;
  readonly staffing: readonly PortfolioLoad[];
  /** The capacity given, per service × month (empty without a capacity workbook). */
  readonly capacity: readonly PortfolioCapacity[];
  readonly kpis: PortfolioKpis;
  readonly issues: readonly PortfolioIssue[];
  /** Workbooks not consolidated (unreadable, or without a Code projet), with the reason. */
  readonly failures: readonly PortfolioFailure[];
  /** Codes found in several workbooks: which one is counted, which are set aside. */
  readonly duplicates: readonly DuplicateGroup[];
  /** Files that are not projects, skipped (each also an info issue). */
  readonly skipped: readonly SkippedFile[];
  /** The investment expenses' Prévision finale per project and Exercice (SPEC §6 PPI). */
  readonly ppi: Ppi;
  /** Every funding row of the counted projects, with totals (SPEC §6 Financements). */
  readonly funding: PortfolioFunding;
}

/** A workbook of a duplicate group: its file and the `Date d'état` written in it. */
export interface DuplicateFile {
  readonly file: string;
  readonly statusDate: IsoDate | null;
}

/**
 * Workbooks sharing a Code projet (SPEC §6 Duplicates): the one counted has the latest
 * `Date d'état` written in it (an empty one is the oldest), ties going to the first given or found.
 */
export interface DuplicateGroup {
  /** The code as the kept workbook spells it. */
  readonly code: string;
  readonly kept: DuplicateFile;
  /** In the order given or found. */
  readonly setAside: readonly DuplicateFile[];
}

/**
 * Why a file is not a project: a workbook written by fiche-projet (a previous portfolio or
 * report), the capacity workbook found among the files (used as the capacity), or a capacity
 * workbook not used (the capacity came from elsewhere).
 */
export type SkipReason = "generated" | "capacity" | "capacityIgnored";

export interface SkippedFile {
  readonly file: string;
  readonly reason: SkipReason;
}

/** One project's line of the PPI: its investment expenses' Prévision finale by Exercice. */
export interface PpiRow {
  readonly code: string;
  readonly title: string | null;
  /** Years ascending, every year of the PPI (0 where the project has nothing). */
  readonly amounts: readonly number[];
  readonly total: number;
}

/** The PPI (plan pluriannuel d'investissement): projects × Exercice, with totals. */
export interface Ppi {
  /** Every Exercice with an investment expense line in some project, ascending. */
  readonly years: readonly number[];
  /** Projects with an investment expense line, by code. */
  readonly rows: readonly PpiRow[];
  /** Per year, same order as `years`. */
  readonly totals: readonly number[];
  readonly total: number;
  /** Codes of the projects without any investment expense line, by code. */
  readonly withoutInvestment: readonly string[];
  /** The FCTVA by year of receipt, shown below the PPI. */
  readonly fctva: FctvaTable;
}
