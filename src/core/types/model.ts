/**
 * The data model: cells and grids as a host hands them over, and the typed fiche projet the
 * parser returns (computations only see these clean values).
 */
import type { EnumValueOf } from "../template/enums.js";
import type { ColumnKey, KeyValueTabKey, TableTabKey } from "../template/tabs/index.js";
import type { IssueDraft } from "./issues.js";

export type { TabKey } from "../template/tabs/index.js";

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

// The values of the template's drop-down lists, derived from their declaration (template/).
export type Status = EnumValueOf<"status">;
export type HolidayCalendar = EnumValueOf<"holidays">;
export type Section = EnumValueOf<"section">;
export type FlowType = EnumValueOf<"flow">;
export type Decision = EnumValueOf<"decision">;
export type Trend = EnumValueOf<"trend">;
export type FundingCategory = EnumValueOf<"fundingCategory">;
export type FundingStatus = EnumValueOf<"fundingStatus">;
export type FctvaTiming = EnumValueOf<"fctvaTiming">;

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
  /** When the FCTVA is received: the year of the expense (`N`, the default), or one or two years later. */
  readonly fctvaTiming: FctvaTiming;
  /** `Dérogation 20 %`: the project is exempt from the owner's 20 % minimum share (CGCT L1111-10). */
  readonly ownerShareWaiver: boolean;
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

/** One row of the plan de financement (SPEC §5.1): an aid sought or obtained. */
export interface FundingRow extends Located {
  readonly funder: string;
  readonly scheme: string | null;
  readonly category: FundingCategory;
  readonly eligibleBase: number | null;
  /** A fraction 0..1. */
  readonly rate: number | null;
  readonly requested: number | null;
  readonly filedOn: IsoDate | null;
  readonly awarded: number | null;
  readonly awardedOn: IsoDate | null;
  /** Defaults to 0. */
  readonly received: number;
  /** Defaults applied by the parser: `notifié` when Montant notifié > 0, else `sollicité` when filed, else `envisagé`. */
  readonly status: FundingStatus;
  readonly startBy: IsoDate | null;
  readonly completeBy: IsoDate | null;
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

/** Where a table tab's header row and columns were found. `C` its column keys. */
export interface TableLayout<C extends string = string> {
  readonly sheet: string;
  /** 1-based sheet row of the header; 0 when none was found. */
  readonly headerRow: number;
  /** Column key → 0-based column index, for the columns found. */
  readonly columns: Readonly<Partial<Record<C, number>>>;
}

/** Where the key/value tab's fields were found: field key → 1-based sheet row (values in column B). */
export interface KeyValueLayout<C extends string = string> {
  readonly sheet: string;
  readonly rows: Readonly<Partial<Record<C, number>>>;
}

/** The layout of one tab, whatever its shape. */
export type AnyTabLayout = TableLayout | KeyValueLayout;

/** The layout as the parser fills it, tab by tab. */
export type LayoutDraft = { [K in KeyValueTabKey]?: KeyValueLayout<ColumnKey<K>> } & {
  [K in TableTabKey]?: TableLayout<ColumnKey<K>>;
};

/**
 * Where each tab and column was found, so that any check can name a cell: per tab found, its
 * sheet and the columns (or the Projet fields) by the keys the template declares.
 */
export type Layout = Readonly<LayoutDraft>;

export interface FicheProjet {
  readonly project: ProjectInfo;
  readonly validation: readonly ValidationStage[];
  readonly steps: readonly Step[];
  readonly budget: readonly BudgetLine[];
  /** The `Financement` rows (SPEC §5.1); empty when the tab is absent or has no row. */
  readonly funding: readonly FundingRow[];
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
