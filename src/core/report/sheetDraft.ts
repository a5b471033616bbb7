/**
 * A generated tab under construction: rows appended top-down, with the formatting intent
 * (styles, filters, charts) recorded by 0-based row/column. `finishSheet` pads the rows into a
 * rectangle so that every host can write the grid in one call.
 */
import type { Area, ChartIntent, OutCell, OutputSheet, Style, StyledArea } from "../types.js";

export interface SheetDraft {
  readonly name: string;
  readonly rows: OutCell[][];
  readonly styles: StyledArea[];
  readonly filters: Area[];
  readonly charts: ChartIntent[];
}

/** A new, empty tab. */
export function createDraft(name: string): SheetDraft {
  return { name, rows: [], styles: [], filters: [], charts: [] };
}

/** Appends a row (and styles its cells when `style` is given); returns its 0-based index. */
export function pushRow(draft: SheetDraft, cells: readonly OutCell[], style?: Style): number {
  const row = draft.rows.length;
  draft.rows.push([...cells]);
  if (style && cells.length > 0) styleArea(draft, { row, col: 0, rows: 1, cols: cells.length }, style);
  return row;
}

/** Appends an empty row. */
export function pushBlank(draft: SheetDraft): void {
  draft.rows.push([]);
}

/** Records a style over an area; empty areas are ignored. */
export function styleArea(draft: SheetDraft, area: Area, style: Style): void {
  if (area.rows > 0 && area.cols > 0) draft.styles.push({ ...area, style });
}

/**
 * Characters an amount takes in the money format (`#,##0.00 "€"`): sign, digits, a separator
 * every three digits, the decimals and the currency.
 * @example moneyChars(-125439336.09) // 17 ("-125 439 336,09 €")
 */
export function moneyChars(value: number): number {
  const units = Math.trunc(Math.round(Math.abs(value) * 100) / 100);
  const digits = String(units).length;
  return (value < 0 ? 1 : 0) + digits + Math.floor((digits - 1) / 3) + ",00 €".length;
}

/** Room a money cell needs beyond its characters: padding, and bold in a total row. */
const MONEY_MARGIN = 2;

/**
 * The widths, each money column widened (never narrowed) to show its largest amount: Excel and
 * LibreOffice show ### for a number wider than its column, and a portfolio's totals reach
 * hundreds of millions of euros where one fiche's stay in the millions.
 */
function fitMoney(widths: number[], rows: readonly (readonly OutCell[])[], styles: readonly StyledArea[]): number[] {
  for (const area of styles) {
    if (area.style !== "money") continue;
    for (let c = area.col; c < area.col + area.cols && c < widths.length; c++) {
      let need = 0;
      for (let r = area.row; r < area.row + area.rows; r++) {
        const v = rows[r]?.[c];
        if (typeof v === "number" && Number.isFinite(v)) need = Math.max(need, moneyChars(v) + MONEY_MARGIN);
      }
      if (need > (widths[c] ?? 0)) widths[c] = need;
    }
  }
  return widths;
}

/**
 * The finished tab: rows padded with null to a rectangle as wide as the widest row and the
 * column widths (character units).
 */
export function finishSheet(draft: SheetDraft, columnWidths: readonly number[], frozenRows: number): OutputSheet {
  const width = Math.max(columnWidths.length, ...draft.rows.map((r) => r.length));
  const rows = draft.rows.map((r) =>
    r.length < width ? [...r, ...new Array<OutCell>(width - r.length).fill(null)] : r,
  );
  const widths = fitMoney(
    Array.from({ length: width }, (_, i) => columnWidths[i] ?? 12),
    rows,
    draft.styles,
  );
  return {
    name: draft.name,
    rows,
    columnWidths: widths,
    frozenRows,
    styles: draft.styles,
    filters: draft.filters,
    charts: draft.charts,
  };
}
