/** Reading one cell of a known column: formula error, required, type and range, as issue drafts. */
import { a1 } from "../cells/a1.js";
import { formulaErrorOf } from "../cells/errors.js";
import { type CellValue, readAs } from "../cells/read.js";
import { cellText, truncate } from "../cells/text.js";
import type { ColumnSpec, TabSpec } from "../template/columns.js";
import type { Cell, IssueDraft } from "../types.js";
import { breaksRange } from "./constraints.js";

export interface FieldRead {
  /** The typed value, or null when empty or unreadable. */
  readonly value: CellValue | null;
  /** Whether the value is unusable for a required field (empty, invalid or an error). */
  readonly missing: boolean;
  readonly issue: IssueDraft | null;
}

/**
 * Reads `cell` (sheet row `row`, column index `col` of `sheet`) as `column` of `tab`.
 * @example readField(" 12 k€", 3, 9, "Budget", tabSpec("budget"), columnSpec("budget", "initial")).issue?.code // "VALUE_INVALID"
 */
export function readField(
  cell: Cell,
  row: number,
  col: number,
  sheet: string,
  tab: TabSpec,
  column: ColumnSpec,
): FieldRead {
  const place = { sheet, cell: a1(row, col) };
  const error = formulaErrorOf(cell);
  if (error !== null) {
    const params = { error, column: column.fr, tab: tab.fr };
    return { value: null, missing: true, issue: { code: "CELL_FORMULA_ERROR", ...place, params } };
  }
  const read = readAs(cell, column);
  const expected = read.ok ? (read.value === null ? null : breaksRange(tab.key, column, read.value)) : read.expected;
  if (expected !== null) {
    const params = { column: column.fr, tab: tab.fr, expected, found: truncate(cellText(cell).trim()) };
    return { value: null, missing: true, issue: { code: "VALUE_INVALID", ...place, params } };
  }
  const value = read.ok ? read.value : null;
  if (value === null && column.required) {
    const params = { column: column.fr, tab: tab.fr };
    return { value: null, missing: true, issue: { code: "VALUE_REQUIRED", ...place, params } };
  }
  return { value, missing: value === null, issue: null };
}
