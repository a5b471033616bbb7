/**
 * An .xlsx file read in a page (the taskpane's Consolider, the playground): the one reader
 * (readXlsx.ts) over `DecompressionStream`, with the CLI's limits, so a workbook gives the
 * same grid — and a refusal the same reason — in Excel as on the command line.
 */
import type { Lang, WorkbookGrid } from "../core/types.js";
import { XlsxReadError } from "./readErrors.js";
import { readXlsxBytes } from "./zipArchive.js";

/** Largest file read in the page, as in the CLI. */
export const MAX_FILE_BYTES = 50 * 1024 * 1024;

/**
 * The grid of .xlsx bytes.
 * @throws Error whose message is the one-line reason when the bytes are not a readable workbook.
 * @example await gridFromXlsx(await file.arrayBuffer(), "fr")
 */
export async function gridFromXlsx(bytes: ArrayBuffer, lang: Lang = "fr"): Promise<WorkbookGrid> {
  try {
    return await readXlsxBytes(new Uint8Array(bytes), { maxFileBytes: MAX_FILE_BYTES });
  } catch (e) {
    if (e instanceof XlsxReadError) throw new Error(lang === "fr" ? e.reason : e.reasonEn);
    throw e;
  }
}
