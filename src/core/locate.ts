/**
 * Where a field of a record lives in the workbook, from the layout the parser recorded.
 * Checks and computations call this to point an issue at a cell.
 */
import { a1 } from "./cells/a1.js";
import { type ColumnKey, tabSpec } from "./template/columns.js";
import type { AnyTabLayout, Layout, TabKey } from "./types.js";

export interface Place {
  readonly sheet: string;
  readonly cell: string | null;
}

/**
 * The sheet and A1 cell of `column` on sheet row `row` of a table tab, or of the value of
 * field `column` on the key/value tab `projet` (row ignored). Falls back to the tab's name
 * (and a null cell) when the tab or the column was not found. A column the tab does not
 * declare is a compile error.
 * @example cellOf(layout, "budget", "committed", 5) // { sheet: "Budget", cell: "L5" }
 */
export function cellOf<K extends TabKey>(layout: Layout, tab: K, column: ColumnKey<K>, row?: number): Place {
  const found: AnyTabLayout | undefined = layout[tab];
  if (!found) return { sheet: tabSpec(tab).fr, cell: null };
  if ("rows" in found) {
    const r = found.rows[column];
    return { sheet: found.sheet, cell: r === undefined ? null : a1(r, 1) };
  }
  const col = found.columns[column];
  if (col === undefined || row === undefined) return { sheet: found.sheet, cell: null };
  return { sheet: found.sheet, cell: a1(row, col) };
}
