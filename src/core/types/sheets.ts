/**
 * Output grids with formatting intent: the hosts write the very same tabs (charts included),
 * and every generated tab carries the generated mark.
 */
import type { ChartIntent } from "./chart.js";
import type { CellDate } from "./model.js";

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
  | "rate"
  /** A percentage to two decimals: a rate compared with a legal threshold (the public aid rate against 80 %). */
  | "percent2"
  | "ratio"
  | "date"
  | "integer"
  | "green"
  | "amber"
  | "red"
  | "unknown"
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
  /**
   * Print one page wide, however many pages tall (a dashboard); default: as many pages wide as
   * the columns need, so that a very wide table is not shrunk past reading. Hosts may ignore it.
   */
  readonly fitWidth?: boolean;
  /** Areas whose long text wraps within its column, the row growing to show it (a table's body). */
  readonly wrap?: readonly Area[];
  /**
   * Rows repeated at the top of every printed page (0-based), when they are not the frozen rows:
   * a table's header under charts (its page 1 prints the rows above as they are); default: the
   * frozen rows. Hosts may ignore it.
   */
  readonly printTitleRows?: { readonly row: number; readonly rows: number };
  /** Rows (0-based) that start a new printed page, e.g. a block of charts that must not be cut. Hosts may ignore it. */
  readonly pageBreaks?: readonly number[];
}

/** The text every generated tab carries at the start of A1. */
export const GENERATED_MARK = "Généré par fiche-projet";
