/** Reading one cell of a known column: formula error, required, type and range, as issue drafts. */
import { a1 } from "../cells/a1.js";
import { formulaErrorOf } from "../cells/errors.js";
import { type CellValue, readAs } from "../cells/read.js";
import { cellText, truncate } from "../cells/text.js";
import type { ColumnSpec, EnumKey, TemplateTab } from "../template/columns.js";
import type { Cell, IssueDraft } from "../types.js";
import { type RangeRule, rangeRuleOf } from "./constraints.js";

/** A column found in a sheet, with what reading it needs decided once. `C` the tab's column keys. */
export interface PlacedColumn<C extends string = string> {
  readonly tab: TemplateTab;
  readonly spec: ColumnSpec<C, EnumKey>;
  /** 0-based column index. */
  readonly index: number;
  readonly range: RangeRule | null;
}

/** Prepares a column of `tab` found at `index`. */
export function placeColumn<C extends string>(
  tab: TemplateTab,
  spec: ColumnSpec<C, EnumKey>,
  index: number,
): PlacedColumn<C> {
  return { tab, spec, index, range: rangeRuleOf(tab.key, spec) };
}

/**
 * Reads `cell` on sheet row `row` (1-based) of `sheet` as the placed column: the typed value, or
 * null when the cell is empty or unusable; the issue it raises, if any, is pushed onto `issues`.
 * A null value in a required column makes its row unusable. It returns the bare value (no
 * result object) because it runs once for every cell of every table.
 * @example readField("12 k€", 3, "Budget", placeColumn(tabSpec("budget"), columnSpec("budget", "initial"), 9), issues) // null, issues: [VALUE_INVALID]
 */
export function readField(
  cell: Cell,
  row: number,
  sheet: string,
  column: PlacedColumn,
  issues: IssueDraft[],
): CellValue | null {
  const { tab, spec } = column;
  // An empty cell (one in ten of a table's) reads as null whatever the column's type: no reader to ask.
  if (cell === null) {
    if (spec.required) issues.push(valueRequired(sheet, row, column));
    return null;
  }
  const error = formulaErrorOf(cell);
  if (error !== null) {
    const params = { error, column: spec.fr, tab: tab.fr };
    issues.push({ code: "CELL_FORMULA_ERROR", ...place(sheet, row, column), params });
    return null;
  }
  const read = readAs(cell, spec);
  const expected = read.ok ? (read.value === null || !column.range ? null : column.range(read.value)) : read.expected;
  if (expected !== null) {
    const params = { column: spec.fr, tab: tab.fr, expected, found: truncate(cellText(cell).trim()) };
    issues.push({ code: "VALUE_INVALID", ...place(sheet, row, column), params });
    return null;
  }
  const value = read.ok ? read.value : null;
  if (value === null && spec.required) issues.push(valueRequired(sheet, row, column));
  return value;
}

/** VALUE_REQUIRED at the field's cell. */
function valueRequired(sheet: string, row: number, column: PlacedColumn): IssueDraft {
  const params = { column: column.spec.fr, tab: column.tab.fr };
  return { code: "VALUE_REQUIRED", ...place(sheet, row, column), params };
}

/** Where a field's issue is: its sheet and cell. */
function place(sheet: string, row: number, column: PlacedColumn): { sheet: string; cell: string } {
  return { sheet, cell: a1(row, column.index) };
}
