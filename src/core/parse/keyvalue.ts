/** Reading the key/value tab `Projet`: labels in column A, values in column B. */
import type { CellValue } from "../cells/read.js";
import type { ColumnKey, TabKey, TemplateTab } from "../template/columns.js";
import type { IssueDraft, KeyValueLayout, Sheet } from "../types.js";
import { placeColumn, readField } from "./field.js";
import { columnKeyOf } from "./header.js";

/** The Projet tab read: layout, values by field key, issues. `C` the tab's field keys. */
export interface KeyValueRead<C extends string = string> {
  readonly layout: KeyValueLayout<C>;
  /** Field key → value (null when empty, unreadable or absent). */
  readonly values: Readonly<Partial<Record<C, CellValue | null>>>;
  readonly issues: readonly IssueDraft[];
}

/**
 * Reads every known label of column A (any row; the first occurrence wins) and its value in
 * column B. A required label that appears nowhere is COLUMN_MISSING (cell null): there is no
 * cell to point at; a required label with an empty value is VALUE_REQUIRED at its B cell.
 */
export function readKeyValue<K extends TabKey>(sheet: Sheet, spec: TemplateTab<K>): KeyValueRead<ColumnKey<K>> {
  const rows: Partial<Record<ColumnKey<K>, number>> = {};
  sheet.rows.forEach((cells, r) => {
    const key = columnKeyOf(cells[0] ?? null, spec);
    if (key !== null && rows[key] === undefined) rows[key] = r + 1;
  });
  const values: Partial<Record<ColumnKey<K>, CellValue | null>> = {};
  const issues: IssueDraft[] = [];
  const byRow = spec.columns.filter((c) => rows[c.key] !== undefined);
  byRow.sort((a, b) => (rows[a.key] ?? 0) - (rows[b.key] ?? 0));
  for (const column of spec.columns) {
    values[column.key] = null;
    if (rows[column.key] === undefined && column.required) {
      issues.push({
        code: "COLUMN_MISSING",
        sheet: sheet.name,
        cell: null,
        params: { column: column.fr, tab: spec.fr },
      });
    }
  }
  for (const column of byRow) {
    const row = rows[column.key] ?? 0;
    values[column.key] = readField(
      sheet.rows[row - 1]?.[1] ?? null,
      row,
      sheet.name,
      placeColumn(spec, column, 1),
      issues,
    );
  }
  return { layout: { sheet: sheet.name, rows }, values, issues };
}
