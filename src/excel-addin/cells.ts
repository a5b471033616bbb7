/**
 * Office.js cell values → core {@link Cell}s. Excel gives a date as its serial number (in the
 * workbook's date system, dateSystem.ts), so the cell's number format decides whether a number is
 * a date; a formula error comes as its text.
 */

import { FORMULA_ERRORS } from "../core/cells/errors.js";
import { serialToIso } from "../core/dates.js";
import type { Cell } from "../core/types.js";
import { type DateSystem, to1900 } from "./dateSystem.js";

const GENERAL = /^(general|standard|g\/standard)$/i;

/**
 * Whether an Excel number format shows a date: after removing quoted text, escapes and
 * bracketed parts (colours, locales), it contains a day or year code, or a month code
 * without hours or seconds (so `mm:ss` stays a duration).
 * @example isDateFormat("dd/mm/yyyy") // true
 * @example isDateFormat('#,##0.00 "€"') // false
 */
export function isDateFormat(format: string): boolean {
  if (!format || GENERAL.test(format.trim()) || format === "@") return false;
  const section = format.split(";")[0] ?? "";
  const bare = section
    .replace(/"[^"]*"/g, "")
    .replace(/\\./g, "")
    .replace(/_./g, "")
    .replace(/\*./g, "")
    .replace(/\[[^\]]*\]/g, "");
  if (/[dy]/i.test(bare)) return true;
  return /m/i.test(bare) && !/[hs]/i.test(bare);
}

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
    const serial = to1900(value, dateSystem);
    if (typeof numberFormat === "string" && serial >= 1 && serial < 2958466 && isDateFormat(numberFormat)) {
      return { kind: "date", iso: serialToIso(serial) };
    }
    return value;
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
