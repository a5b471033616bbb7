/**
 * What changed between two versions of a fiche or of a portfolio ("what changed since the last
 * COPIL", SPEC §6): the snapshots compared, each change, and the comparison as a whole. Every
 * figure of a snapshot is already rounded as SPEC §4 rounds it (money to cents, ratios to 4
 * decimals, days as integers), so that float noise is never a change.
 */
import type { Health, IsoDate, Issue, Measures } from "../types.js";

/** A health dimension as a workbook gives it: `unknown` is « à vérifier » (SPEC §3 Health). */
export type HealthValue = Health | "unknown";

/** The four dimensions of a project's health. */
export interface HealthSnapshot {
  readonly budget: HealthValue | null;
  readonly schedule: HealthValue | null;
  readonly staffing: HealthValue | null;
  readonly overall: HealthValue | null;
}

/** A value a change holds: a figure, a date, a word, an issue, or nothing (absent on that side). */
export type ChangeValue = string | number | Issue | null;

/** How a value reads and how its delta is counted. */
export type ValueKind = "money" | "ratio" | "integer" | "date" | "text" | "status" | "health" | "issue" | "entity";

/** The themes a report groups changes by, in report order. */
export const THEMES = [
  "project",
  "health",
  "budget",
  "lines",
  "funding",
  "funders",
  "schedule",
  "steps",
  "issues",
  "projects",
  "totals",
] as const;
export type Theme = (typeof THEMES)[number];

/**
 * One change. `what` is a stable path (`steps.E3.forecastFinish`); `delta` is new − old for
 * numbers and the days between for dates, null otherwise or when a side is missing. `subject`
 * (a step, a line, a project) and `field` are for display only: they are not in the JSON.
 */
export interface Change {
  readonly what: string;
  readonly old: ChangeValue;
  readonly new: ChangeValue;
  readonly delta: number | null;
  readonly theme: Theme;
  readonly kind: ValueKind;
  readonly subject: string | null;
  readonly field: FieldKey | null;
}

/** The fields a change can be about, named once for the JSON paths and the labels. */
export type FieldKey =
  | "code"
  | "title"
  | "status"
  | "lead"
  | "leadService"
  | "healthOverall"
  | "healthBudget"
  | "healthSchedule"
  | "healthStaffing"
  | `${"expenses" | "revenues" | "netCost"}.${keyof Measures}`
  | keyof Measures
  | "fctva"
  | "netCostAfterFctva"
  | "requested"
  | "awarded"
  | "received"
  | "expected"
  | "toReceive"
  | "ownerShare"
  | "publicAidRate"
  | "baselineFinish"
  | "forecastFinish"
  | "slipWorkingDays"
  | "slipCalendarDays"
  | "percentComplete"
  | "actualStart"
  | "actualFinish"
  | "expensesForecast"
  | "revenuesForecast"
  | "netCostForecast"
  | "errors"
  | "warnings"
  | "projects"
  | "projectsGreen"
  | "projectsAmber"
  | "projectsRed"
  | "projectsUnknown";

/** One side of a comparison: the file as the user named it and its status date. */
export interface Side {
  readonly file: string;
  readonly statusDate: IsoDate | null;
}

/** A step as the comparison needs it (Calendrier input, and the computed forecast finish). */
export interface StepSnapshot {
  readonly id: string;
  readonly name: string;
  readonly baselineFinish: IsoDate;
  /** The computed forecast finish F (SPEC §3), null for a step left out (a cycle). */
  readonly forecastFinish: IsoDate | null;
  /** 0..1; a finished step is 1; null when not given. */
  readonly percentComplete: number | null;
  readonly actualStart: IsoDate | null;
  readonly actualFinish: IsoDate | null;
}

/** The lines of one Sens sharing one Poste, added up (the matching key is the Poste). */
export interface LineSnapshot {
  /** `expenses` or `revenues`. */
  readonly flow: "expenses" | "revenues";
  /** The Poste as first written. */
  readonly name: string;
  readonly measures: Measures;
}

/** One funder of the plan de financement (SPEC §5.4 byFunder), rows sharing funder and scheme added up. */
export interface FunderSnapshot {
  readonly name: string;
  readonly status: string | null;
  readonly requested: number;
  readonly awarded: number;
  readonly received: number;
  readonly expected: number;
}

/** The totals of the plan de financement compared (SPEC §5.4). */
export interface FundingSnapshot {
  readonly requested: number | null;
  readonly awarded: number | null;
  readonly received: number | null;
  readonly expected: number | null;
  readonly toReceive: number | null;
  readonly ownerShare: number | null;
  readonly publicAidRate: number | null;
  readonly funders: readonly FunderSnapshot[];
}

/** A fiche reduced to what the comparison looks at. */
export interface FicheSnapshot {
  readonly side: Side;
  readonly project: {
    readonly code: string | null;
    readonly title: string | null;
    readonly status: string | null;
    readonly lead: string | null;
    readonly leadService: string | null;
  };
  readonly health: HealthSnapshot;
  readonly budget: {
    readonly expenses: Measures;
    readonly revenues: Measures;
    readonly netCost: Measures;
    readonly fctva: number;
    readonly netCostAfterFctva: number;
  };
  /** Null when the document has no `funding` block (before template v2). */
  readonly funding: FundingSnapshot | null;
  readonly schedule: {
    readonly baselineFinish: IsoDate | null;
    readonly forecastFinish: IsoDate | null;
    readonly slipWorkingDays: number;
    readonly slipCalendarDays: number;
  };
  readonly steps: readonly StepSnapshot[];
  readonly lines: readonly LineSnapshot[];
  readonly issues: readonly Issue[];
}

/** One project of a portfolio as its `Portefeuille` tab shows it; a column the tab lacks is null. */
export interface ProjectPoint {
  readonly code: string;
  readonly title: string | null;
  readonly status: string | null;
  readonly health: HealthSnapshot;
  readonly slipWorkingDays: number | null;
  readonly forecastFinish: IsoDate | null;
  readonly expensesForecast: number | null;
  readonly revenuesForecast: number | null;
  readonly netCostForecast: number | null;
  readonly errors: number | null;
  readonly warnings: number | null;
}

/** A portfolio reduced to what the comparison looks at. */
export interface PortfolioSnapshot {
  readonly statusDate: IsoDate | null;
  /** One per Code projet (the first row of a code that appears twice). */
  readonly projects: readonly ProjectPoint[];
}

/** A portfolio's totals, then or now: counted over its projects. */
export interface PortfolioTotalsSnapshot {
  readonly projects: number;
  readonly byHealth: Readonly<Record<HealthValue, number>>;
  readonly expensesForecast: number;
  readonly revenuesForecast: number;
  readonly netCostForecast: number;
}

/** How a project moved between the two portfolios. */
export type ProjectMove = "added" | "removed" | "kept";

/** One project then and now (a row of `Évolution`). */
export interface ProjectEvolution {
  readonly code: string;
  readonly title: string | null;
  readonly move: ProjectMove;
  readonly old: ProjectPoint | null;
  readonly new: ProjectPoint | null;
  /** Ranks the overall health got worse by (red 3, à vérifier 2, amber 1, green 0); 0 unless kept. */
  readonly healthWorsening: number;
  readonly slipDelta: number | null;
  readonly forecastFinishDelta: number | null;
  readonly expensesForecastDelta: number | null;
  /** Whether any compared figure moved. */
  readonly changed: boolean;
}

/** Two fiches compared. */
export interface FicheComparison {
  readonly kind: "fiche";
  readonly old: Side;
  readonly new: Side;
  readonly project: { readonly code: string | null; readonly title: string | null };
  readonly changes: readonly Change[];
}

/** Two portfolios compared. */
export interface PortfolioComparison {
  readonly kind: "portfolio";
  readonly old: Side;
  readonly new: Side;
  /** Sorted by what changed most: health worse first, then slip (see `sortEvolutions`). */
  readonly projects: readonly ProjectEvolution[];
  readonly totals: { readonly old: PortfolioTotalsSnapshot; readonly new: PortfolioTotalsSnapshot };
  readonly changes: readonly Change[];
}

export type Comparison = FicheComparison | PortfolioComparison;
