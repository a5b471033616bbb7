/**
 * A chart declared once by the core and drawn natively by each host (a chart part in an .xlsx,
 * a chart of the open workbook or spreadsheet). Plain
 * data: the chart reads one rectangle of its own tab's cells, so editing a cell updates it.
 *
 * The three charts of SPEC §6, as the portfolio declares them:
 * - projects by health: `kind: "column"`, categories Vert / Orange / Rouge / À vérifier, one
 *   series of counts with `pointColors` (green, amber, red, grey) and `dataLabels`;
 * - investment per year: `kind: "column"`, categories the years, one series, `valueFormat`
 *   a money format (`'#,##0 "€"'`);
 * - planned days against capacity, per overloaded service: `kind: "column"`, `seriesIn: "rows"`
 *   over a block [months; planned; capacity], the capacity series with `line: true` (a combo).
 * Their colours and the money axis format are in report/chartLook.ts.
 */
import type { Area } from "./sheets.js";

/** How one series is named and drawn. */
export interface ChartSeries {
  /**
   * The name in the legend. The .xlsx points the series name at its header cell when that cell
   * holds this very text (renaming the header then renames the series), else writes it as is.
   */
  readonly name: string;
  /** The series' colour as `#RRGGBB`; default: the host's palette. */
  readonly color?: string;
  /** One colour per point (category), in order, as `#RRGGBB`: e.g. a health chart's green, amber, red, grey. */
  readonly pointColors?: readonly string[];
  /**
   * Drawn as a line over the columns, on the same axes (a combo chart: planned days as columns,
   * capacity as a line). Only in a `column` chart that is not stacked.
   */
  readonly line?: boolean;
}

/** A chart a host draws natively from a rectangle of the same tab. */
export interface ChartIntent {
  /** Vertical columns, or horizontal bars (long category labels, e.g. steps). */
  readonly kind: "column" | "bar";
  readonly title: string;
  /**
   * The data, 0-based, headers included. With series in columns (the default) the first row
   * holds the series names and the first column the categories; with series in rows, the first
   * column holds the names and the first row the categories.
   */
  readonly data: Area;
  /** Whether each series is a column of `data` (default) or a row (a service × month block). */
  readonly seriesIn?: "columns" | "rows";
  /**
   * One entry per series, in order (as many as `data` has value columns, or rows). Default: every
   * series named by its header cell, in the host's colours, as columns or bars.
   */
  readonly series?: readonly ChartSeries[];
  /** Series stacked on one another rather than side by side. */
  readonly stacked?: boolean;
  /** The value axis' number format, an Excel format code (invariant syntax, as `Look.numberFormat`); default: as the cells. */
  readonly valueFormat?: string;
  /** Whether each column or bar shows its value (a count a comité reads without a grid). */
  readonly dataLabels?: boolean;
  /** Where the chart goes: its top-left cell, 0-based. */
  readonly anchor: { readonly row: number; readonly col: number };
  /** Its size in points (1/72 in); default {@link DEFAULT_CHART_SIZE}. */
  readonly size?: { readonly width: number; readonly height: number };
}

/** 12 cm × 7 cm: two charts side by side fit an A4 landscape page, one a portrait page. */
export const DEFAULT_CHART_SIZE = { width: 340, height: 198 } as const;
