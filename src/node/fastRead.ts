/**
 * The fast .xlsx reader (src/xlsx/fastRead.ts) with Node's zlib: see there for what it reads
 * and when it gives up with {@link FastReadUnsupported}.
 */
import { inflateRawSync } from "node:zlib";
import type { WorkbookGrid } from "../core/types.js";
import { fastReadWith, type Inflate } from "../xlsx/fastRead.js";

export { FastReadUnsupported } from "../xlsx/fastRead.js";

const zlibInflate: Inflate = (raw, maxOutputLength) => inflateRawSync(raw, { maxOutputLength });

/**
 * Reads workbook bytes (already accepted by the zip guard) into a grid.
 * @throws FastReadUnsupported when the workbook holds something the fast reader does not model,
 *   or is malformed; the caller falls back to exceljs.
 * @example fastRead(await readFile("fiche.xlsx")).sheets.map((s) => s.name) // ["Projet", "Budget", …]
 */
export function fastRead(bytes: Uint8Array): WorkbookGrid {
  return fastReadWith(bytes, zlibInflate);
}
