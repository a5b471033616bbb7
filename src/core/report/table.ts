/**
 * A table block: a header row, one row per item, a number format per column and an optional
 * style per row (late step, overload, severity).
 */
import type { OutCell, Style } from "../types.js";
import { pushRow, type SheetDraft, styleArea } from "./sheetDraft.js";

export interface TableColumn<T> {
  readonly header: string;
  readonly value: (item: T) => OutCell;
  /** Number format of the column's data cells (money, percent, date…). */
  readonly style?: Style;
}

export interface TableOptions<T> {
  /** A fill for a whole data row (amber, red, overload…), or undefined for none. */
  readonly rowStyle?: (item: T) => Style | undefined;
  /** A style for one cell of a row, e.g. a health word. */
  readonly cellStyle?: (item: T, column: number) => Style | undefined;
  /** Adds an auto-filter over the header and the data. */
  readonly filter?: boolean;
}

/** Where a table landed: 0-based header row, first data row and number of data rows. */
export interface TablePlace {
  readonly headerRow: number;
  readonly firstRow: number;
  readonly count: number;
  readonly cols: number;
}

/** Appends a table to the draft. */
export function pushTable<T>(
  draft: SheetDraft,
  columns: readonly TableColumn<T>[],
  items: readonly T[],
  options: TableOptions<T> = {},
): TablePlace {
  const headerRow = pushRow(
    draft,
    columns.map((c) => c.header),
    "header",
  );
  const firstRow = headerRow + 1;
  for (const item of items) {
    const row = pushRow(
      draft,
      columns.map((c) => c.value(item)),
    );
    const fill = options.rowStyle?.(item);
    if (fill) styleArea(draft, { row, col: 0, rows: 1, cols: columns.length }, fill);
    columns.forEach((_, col) => {
      const style = options.cellStyle?.(item, col);
      if (style) styleArea(draft, { row, col, rows: 1, cols: 1 }, style);
    });
  }
  columns.forEach((c, col) => {
    if (c.style) styleArea(draft, { row: firstRow, col, rows: items.length, cols: 1 }, c.style);
  });
  if (options.filter) draft.filters.push({ row: headerRow, col: 0, rows: items.length + 1, cols: columns.length });
  return { headerRow, firstRow, count: items.length, cols: columns.length };
}

/** Appends label/value rows (a key figures block); the value cell gets the row's style. */
export function pushPairs(
  draft: SheetDraft,
  pairs: readonly (readonly [label: string, value: OutCell, style?: Style])[],
): void {
  for (const [label, value, style] of pairs) {
    const row = pushRow(draft, [label, value]);
    if (style) styleArea(draft, { row, col: 1, rows: 1, cols: 1 }, style);
  }
}
