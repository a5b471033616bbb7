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
export interface ProjectSummaryForPortfolio extends ProjectFigures {
  readonly file: string;
  readonly code: string | null;
  readonly title: string | null;
  readonly lead: string | null;
  readonly leadService: string | null;
  readonly status: Status | null;
  readonly statusDate: IsoDate;
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
  readonly kpis: PortfolioKpis;
  readonly issues: readonly PortfolioIssue[];
  /** Workbooks not consolidated (unreadable, or without a Code projet), with the reason. */
  readonly failures: readonly PortfolioFailure[];
}
