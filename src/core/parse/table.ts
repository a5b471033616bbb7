/** Reading a table tab into raw typed rows, with every problem located to its cell. */
import { a1 } from "../cells/a1.js";
import { isBlank } from "../cells/outcome.js";
import type { CellValue } from "../cells/read.js";
import type { ColumnKey, TabKey, TemplateTab } from "../template/columns.js";
import type { Cell, IssueDraft, Sheet, TableLayout } from "../types.js";
import { type PlacedColumn, placeColumn, readField } from "./field.js";
import { findHeader } from "./header.js";

/** Column key → typed value (null when empty or unreadable, absent when the column is). */
export type RawValues<C extends string = string> = Readonly<Partial<Record<C, CellValue | null>>>;

/** One readable row: its 1-based sheet row and its values. `C` the tab's column keys. */
export interface RawRow<C extends string = string> {
  readonly row: number;
  readonly values: RawValues<C>;
}

/** A table tab read: layout, usable rows, rows left out, issues. `C` the tab's column keys. */
export interface TableRead<C extends string = string> {
  readonly layout: TableLayout<C>;
  /** Rows whose required fields are all readable; others only yield issues. */
  readonly rows: readonly RawRow<C>[];
  /** Non-empty rows left out because a required value is missing or invalid (what could be read). */
  readonly skipped: readonly RawRow<C>[];
  readonly issues: readonly IssueDraft[];
}

const isEmptyCell = (c: Cell | undefined) => c === null || c === undefined || (typeof c === "string" && isBlank(c));

/** Whether the row's cells in the table's columns are all empty. */
function allEmpty(cells: readonly Cell[], present: readonly PlacedColumn[]): boolean {
  for (const p of present) if (!isEmptyCell(cells[p.index])) return false;
  return true;
}

/**
 * Reads a table tab: header row, then every non-empty row below it. When a required column is
 * absent, COLUMN_MISSING is reported once per column and no row is read (a flood of
 * VALUE_REQUIRED would hide the one real problem).
 */
export function readTable<K extends TabKey>(sheet: Sheet, spec: TemplateTab<K>): TableRead<ColumnKey<K>> {
  const header = findHeader(sheet, spec);
  const issues: IssueDraft[] = [];
  const absent = spec.columns.filter((c) => c.required && header?.columns[c.key] === undefined);
  absent.forEach((c, i) => {
    const cell = header ? a1(header.headerRow, header.lastColumn + 1 + i) : null;
    issues.push({ code: "COLUMN_MISSING", sheet: sheet.name, cell, params: { column: c.fr, tab: spec.fr } });
  });
  const none: Partial<Record<ColumnKey<K>, number>> = {};
  const layout: TableLayout<ColumnKey<K>> = {
    sheet: sheet.name,
    headerRow: header?.headerRow ?? 0,
    columns: header?.columns ?? none,
  };
  if (!header || absent.length > 0) return { layout, rows: [], skipped: [], issues };
  const present = spec.columns.flatMap((c) => {
    const index = header.columns[c.key];
    return index === undefined ? [] : [placeColumn(spec, c, index)];
  });
  // Left to right, so a row's issues read in sheet order.
  present.sort((a, b) => a.index - b.index);
  const rows: RawRow<ColumnKey<K>>[] = [];
  const skipped: RawRow<ColumnKey<K>>[] = [];
  for (let r = header.headerRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (allEmpty(cells, present)) continue;
    const values: Partial<Record<ColumnKey<K>, CellValue | null>> = {};
    let usable = true;
    for (const p of present) {
      const value = readField(cells[p.index] ?? null, r + 1, sheet.name, p, issues);
      if (value === null && p.spec.required) usable = false;
      values[p.spec.key] = value;
    }
    (usable ? rows : skipped).push({ row: r + 1, values });
  }
  return { layout, rows, skipped, issues };
}
