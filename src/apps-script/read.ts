/**
 * Reading a spreadsheet into the core's grid: one `getDataRange().getValues()` per input tab,
 * each value converted at the edge (`''` → null, `Date` → calendar date in the spreadsheet's zone).
 */
import { isInputTab } from "../core/app/index.js";
import type { Cell, Sheet, WorkbookGrid } from "../core/types.js";
import { isDate, isoInZone } from "./zone.js";

/** One value of `Range.getValues()` as a core {@link Cell}. Error texts (`#REF!`) stay strings. */
export function readCell(value: unknown, timeZone: string): Cell {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || typeof value === "string") return value;
  if (isDate(value)) return { kind: "date", iso: isoInZone(value, timeZone) };
  return String(value);
}

/** One tab, read with a single `getValues()` call. */
export function readTab(sheet: GoogleAppsScript.Spreadsheet.Sheet, timeZone: string): Sheet {
  const values = sheet.getDataRange().getValues();
  return { name: sheet.getName(), rows: values.map((row) => row.map((v) => readCell(v, timeZone))) };
}

/** Every input tab of a spreadsheet (other tabs are not read at all). */
export function readWorkbook(
  spreadsheet: GoogleAppsScript.Spreadsheet.Spreadsheet,
  include: (name: string) => boolean = isInputTab,
): WorkbookGrid {
  const timeZone = spreadsheet.getSpreadsheetTimeZone();
  const sheets = spreadsheet
    .getSheets()
    .filter((s) => include(s.getName()))
    .map((s) => readTab(s, timeZone));
  return { sheets };
}
