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
 * The finished tab: rows padded with null to a rectangle as wide as the widest row and the
 * column widths (character units).
 */
export function finishSheet(draft: SheetDraft, columnWidths: readonly number[], frozenRows: number): OutputSheet {
  const width = Math.max(columnWidths.length, ...draft.rows.map((r) => r.length));
  const rows = draft.rows.map((r) =>
    r.length < width ? [...r, ...new Array<OutCell>(width - r.length).fill(null)] : r,
  );
  const widths = Array.from({ length: width }, (_, i) => columnWidths[i] ?? 12);
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
