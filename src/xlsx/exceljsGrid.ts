/**
 * An .xlsx file read in the browser with exceljs (for Consolider). The sheet conversion is the
 * Node reader's (`sheetFromWorksheet` of exceljsSheet.ts): the same workbook gives the same grid.
 */
import ExcelJS from "exceljs";
import type { WorkbookGrid } from "../core/types.js";
import { sheetFromWorksheet } from "./exceljsSheet.js";
import { guardXlsxWeb } from "./webGuard.js";

/** Largest file read in the page, as in the CLI (exceljs holds the whole workbook in memory). */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

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
