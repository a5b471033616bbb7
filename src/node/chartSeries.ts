/**
 * A {@link ChartIntent} resolved against its sheet: the cell ranges of the categories, of each
 * series' name and values, and the values they hold now (the caches a chart part carries for
 * readers that do not recompute it). Throws on an intent that does not fit its sheet: the core
 * declared it, so that is a programmer error.
 */
import type { ChartIntent, ChartSeries, OutCell, OutputSheet } from "../core/types.js";
import { STYLE_MAP } from "./styles.js";

/** A run of cells in one row or one column, 0-based and inclusive. */
export interface CellRun {
  readonly row: number;
  readonly col: number;
  /** Last row and column (equal to `row` or `col` along the other direction). */
  readonly lastRow: number;
  readonly lastCol: number;
}

export interface ResolvedSeries {
  /** The name's cell, when the series is named by its header cell; else null (a literal name). */
  readonly nameCell: { readonly row: number; readonly col: number } | null;
  readonly name: string;
  readonly values: CellRun;
  /** One number per category; null where the cell is empty or not a number. */
  readonly numbers: readonly (number | null)[];
  /** The number format of the series' first value cell (its style areas'), or null: "General". */
  readonly format: string | null;
  readonly look: ChartSeries | undefined;
}

export interface ResolvedChart {
  readonly categories: CellRun;
  /** The categories' text, one per category. */
  readonly labels: readonly string[];
  /** Whether every category cell holds a number (years): a numeric axis source, not text. */
  readonly numericCategories: boolean;
  readonly series: readonly ResolvedSeries[];
}

/** Thrown for an intent that cannot be drawn from its sheet (a bug in the core's layout). */
export class ChartIntentError extends Error {
  override readonly name = "ChartIntentError";
}

const COLOR = /^#[0-9A-Fa-f]{6}$/;

/** The text a cell shows in a legend or on an axis. */
export function cellText(v: OutCell | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number" || typeof v === "boolean") return String(v);
  return v.kind === "date" ? v.iso : v.text;
}

const cellAt = (sheet: OutputSheet, row: number, col: number) => sheet.rows[row]?.[col] ?? null;

/** The number format a cell gets from the sheet's style areas (the last one that sets a format wins, as in the writers). */
function formatAt(sheet: OutputSheet, row: number, col: number): string | null {
  let format: string | null = null;
  for (const a of sheet.styles) {
    const inside = row >= a.row && row < a.row + a.rows && col >= a.col && col < a.col + a.cols;
    if (inside) format = STYLE_MAP[a.style].numFmt ?? format;
  }
  return format;
}

function run(row: number, col: number, length: number, along: "row" | "col"): CellRun {
  return along === "col"
    ? { row, col, lastRow: row + length - 1, lastCol: col }
    : { row, col, lastRow: row, lastCol: col + length - 1 };
}

/** The cells of a run, in order. */
export function cellsOf(sheet: OutputSheet, r: CellRun): OutCell[] {
  const out: OutCell[] = [];
  for (let row = r.row; row <= r.lastRow; row++)
    for (let col = r.col; col <= r.lastCol; col++) out.push(cellAt(sheet, row, col));
  return out;
}

function check(intent: ChartIntent, sheet: OutputSheet, count: number): void {
  const fail = (why: string) => {
    throw new ChartIntentError(`chart « ${intent.title} » on ${sheet.name}: ${why}`);
  };
  const { row, col, rows, cols } = intent.data;
  if (![row, col, rows, cols, intent.anchor.row, intent.anchor.col].every((n) => Number.isInteger(n) && n >= 0))
    fail("data and anchor must be non-negative integers");
  if (rows < 2 || cols < 2) fail("data needs a header and at least one category and one series");
  if (intent.series && intent.series.length !== count)
    fail(`${intent.series.length} series declared for ${count} in the data`);
  for (const s of intent.series ?? []) {
    if (s.line && (intent.kind !== "column" || intent.stacked)) fail("a line series needs an unstacked column chart");
    for (const c of [s.color, ...(s.pointColors ?? [])]) if (c !== undefined && !COLOR.test(c)) fail(`colour ${c}`);
  }
  if (intent.size && !(intent.size.width > 0 && intent.size.height > 0)) fail("size must be positive");
}

/**
 * The categories and series of a chart, with their ranges and current values.
 * @example resolveChart(intent, sheet).series[0]?.values // { row: 5, col: 1, lastRow: 8, lastCol: 1 }
 */
export function resolveChart(intent: ChartIntent, sheet: OutputSheet): ResolvedChart {
  const { row, col, rows, cols } = intent.data;
  const byRows = intent.seriesIn === "rows";
  const count = byRows ? rows - 1 : cols - 1;
  const length = byRows ? cols - 1 : rows - 1;
  check(intent, sheet, count);
  const categories = byRows ? run(row, col + 1, length, "row") : run(row + 1, col, length, "col");
  const catCells = cellsOf(sheet, categories);
  const series = Array.from({ length: count }, (_, i): ResolvedSeries => {
    const nameAt = byRows ? { row: row + 1 + i, col } : { row, col: col + 1 + i };
    const values = byRows ? run(row + 1 + i, col + 1, length, "row") : run(row + 1, col + 1 + i, length, "col");
    const look = intent.series?.[i];
    const header = cellText(cellAt(sheet, nameAt.row, nameAt.col));
    const named = look === undefined || look.name === header;
    return {
      nameCell: named ? nameAt : null,
      name: look?.name ?? header,
      values,
      numbers: cellsOf(sheet, values).map((v) => (typeof v === "number" && Number.isFinite(v) ? v : null)),
      format: formatAt(sheet, values.row, values.col),
      look,
    };
  });
  return {
    categories,
    labels: catCells.map(cellText),
    numericCategories: catCells.every((v) => typeof v === "number" && Number.isFinite(v)),
    series,
  };
}
