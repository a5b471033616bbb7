/**
 * Office.js cell values → core {@link Cell}s. Excel gives a date as its serial number (in the
 * workbook's date system, dateSystem.ts), so the cell's number format decides whether a number is
 * a date; a formula error comes as its text. Which formats are dates and which day a serial
 * names are the .xlsx reader's rules (src/xlsx/dateFormats.ts), so the taskpane reads a workbook
 * as the command line reads its file.
 */

import { FORMULA_ERRORS } from "../core/cells/errors.js";
import type { Cell } from "../core/types.js";
import { isDateFormat, serialDate } from "../xlsx/dateFormats.js";
import type { DateSystem } from "./dateSystem.js";

/**
 * One value of `range.values` with its `range.numberFormat` → a core cell.
 * @example cellFromExcel(46022, "dd/mm/yyyy") // { kind: "date", iso: "2025-12-31" }
 * @example cellFromExcel(44560, "dd/mm/yyyy", 1904) // { kind: "date", iso: "2025-12-31" }
 * @example cellFromExcel("#REF!", "General") // { kind: "error", code: "#REF!" }
 */
export function cellFromExcel(value: unknown, numberFormat: unknown, dateSystem: DateSystem = 1900): Cell {
  if (value === null || value === undefined || value === "") return null;
  if (typeof value === "boolean") return value;
  if (typeof value === "number") {
    if (!Number.isFinite(value)) return null;
    const date =
      typeof numberFormat === "string" && isDateFormat(numberFormat) ? serialDate(value, dateSystem === 1904) : null;
    return date ?? value;
  }
  if (typeof value === "string") return FORMULA_ERRORS.has(value) ? { kind: "error", code: value } : value;
  return String(value);
}

/**
 * The rows of a sheet from a used range that starts at (rowIndex, columnIndex): rows above and
 * columns left of it are empty, so row 0 stays sheet row 1 as the core expects.
 */
export function rowsFromRange(
  values: readonly (readonly unknown[])[],
  formats: readonly (readonly unknown[])[],
  rowIndex: number,
  columnIndex: number,
  dateSystem: DateSystem = 1900,
): Cell[][] {
  const rows: Cell[][] = [];
  for (let r = 0; r < rowIndex; r++) rows.push([]);
  values.forEach((line, r) => {
    const out: Cell[] = new Array(columnIndex).fill(null);
    const fmt = formats[r] ?? [];
    for (let c = 0; c < line.length; c++) out.push(cellFromExcel(line[c], fmt[c], dateSystem));
    while (out.length > 0 && out[out.length - 1] === null) out.pop();
    rows.push(out);
  });
  return rows;
}
