/**
 * An .xlsx file read in the browser with exceljs (for Consolider). The cell conversion is the
 * Node reader's (`toCell` of src/node/cellValue.ts, pure): the same workbook gives the same grid.
 */
import ExcelJS from "exceljs";
import type { Cell, Sheet, WorkbookGrid } from "../core/types.js";
import { toCell } from "../node/cellValue.js";
import { guardXlsxWeb } from "../node/webGuard.js";

/** Largest file read in the page, as in the CLI (exceljs holds the whole workbook in memory). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/** One exceljs worksheet → one core sheet (row 0 = sheet row 1; merged cells keep the master only). */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCell(cell.value);
      if (value !== null) cells[colNumber - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: ws.name, rows };
}

/**
 * The grid of .xlsx bytes. Throws an Error with a one-line message when they are not a workbook.
 * @example await gridFromXlsx(await file.arrayBuffer(), "fr")
 */
export async function gridFromXlsx(bytes: ArrayBuffer, lang: "fr" | "en" = "fr"): Promise<WorkbookGrid> {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const zip = head[0] === 0x50 && head[1] === 0x4b;
  if (bytes.byteLength === 0 || !zip) {
    throw new Error(lang === "fr" ? "ce n'est pas un classeur .xlsx" : "this is not an .xlsx workbook");
  }
  if (bytes.byteLength > MAX_FILE_BYTES) {
    throw new Error(lang === "fr" ? "fichier trop volumineux (plus de 50 Mo)" : "file too large (over 50 MB)");
  }
  // The zip guard, with web APIs only: zip bombs, entry counts, truncation, huge sheets…
  const guard = await guardXlsxWeb(new Uint8Array(bytes), { maxFileBytes: MAX_FILE_BYTES });
  if (!guard.ok) throw new Error(lang === "fr" ? guard.reason : guard.reasonEn);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(bytes);
  } catch {
    throw new Error(lang === "fr" ? "classeur endommagé ou illisible" : "damaged or unreadable workbook");
  }
  return { sheets: wb.worksheets.map(sheetFromWorksheet) };
}
