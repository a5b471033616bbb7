/**
 * Reads an .xlsx file into the core's {@link WorkbookGrid} with exceljs. Anything that is not
 * a readable workbook raises one {@link UnreadableWorkbookError} whose message is a single line.
 */
import { readFile, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Cell, Lang, Sheet, WorkbookGrid } from "../core/types.js";
import { toCell } from "./cellValue.js";
import { reasonText, type UnreadableReason, UnreadableWorkbookError } from "./errors.js";
import { inspectXlsx } from "./zipGuard.js";

/**
 * Largest file read (50 MB). exceljs holds the whole workbook in memory (several times the
 * file size), so the size is checked before reading; a fiche projet is far below this.
 */
export const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  readonly lang?: Lang;
}

function fail(file: string, code: UnreadableReason, lang: Lang, params: Record<string, string> = {}): never {
  throw new UnreadableWorkbookError(file, reasonText(code, lang, params), code, lang);
}

const startsWith = (bytes: Uint8Array, sig: readonly number[]) => sig.every((b, i) => bytes[i] === b);
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

/** An OLE compound file holding an `EncryptionInfo` stream is an encrypted .xlsx; otherwise an old .xls. */
function isEncryptedOle(bytes: Uint8Array): boolean {
  const needle = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle);
}

function checkSignature(bytes: Uint8Array, name: string, lang: Lang): void {
  if (bytes.length === 0) fail(name, "empty", lang);
  if (startsWith(bytes, OLE_SIGNATURE)) fail(name, isEncryptedOle(bytes) ? "encrypted" : "legacyXls", lang);
  if (!startsWith(bytes, ZIP_SIGNATURE)) fail(name, "notZip", lang);
  if (bytes.length > MAX_WORKBOOK_BYTES) fail(name, "tooLarge", lang, { limit: String(MAX_WORKBOOK_BYTES >> 20) });
  const guard = inspectXlsx(bytes);
  if (!guard.ok) fail(name, "zipGuard", lang, { detail: guard.reason });
}

function sheetOf(ws: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range keeps its value in the top-left cell only.
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
 * Reads workbook bytes; `name` is the file name used in error messages.
 * @throws UnreadableWorkbookError when the bytes are not a readable workbook.
 */
export async function readWorkbookBuffer(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  checkSignature(bytes, name, lang);
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    fail(name, "corrupt", lang);
  }
  if (wb.worksheets.length === 0) fail(name, "notWorkbook", lang);
  return { sheets: wb.worksheets.map(sheetOf) };
}

/**
 * Reads an .xlsx file. The size is checked before the file is read.
 * @throws UnreadableWorkbookError for a missing, empty, oversized, encrypted or damaged file.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) fail(path, "notAFile", lang);
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    fail(path, "missing", lang);
  }
  if (size === 0) fail(path, "empty", lang);
  if (size > MAX_WORKBOOK_BYTES) fail(path, "tooLarge", lang, { limit: String(MAX_WORKBOOK_BYTES >> 20) });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    fail(path, "missing", lang);
  }
  return readWorkbookBuffer(bytes, path, options);
}
