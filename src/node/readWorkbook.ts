/**
 * Reads an .xlsx file into the core's {@link WorkbookGrid} with exceljs. Anything that is not
 * a readable workbook raises one {@link UnreadableWorkbookError} whose message is a single line.
 */
import { readFile, stat } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { Lang, WorkbookGrid } from "../core/types.js";
import { sheetFromWorksheet } from "../xlsx/exceljsSheet.js";
import { reasonText, type UnreadableReason, UnreadableWorkbookError } from "./errors.js";
import { fastRead } from "./fastRead.js";
import { guardXlsx, type XlsxRefusal } from "./zipGuard.js";

/**
 * Largest file read (50 MB). exceljs holds the whole workbook in memory (several times the
 * file size), so the size is checked before reading; a fiche projet is far below this.
 */
const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  readonly lang?: Lang;
  /** How error messages name the file (default: the path as given). */
  readonly displayName?: string;
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
}

const GUARD_REASONS: Partial<Record<XlsxRefusal, UnreadableReason>> = {
  EMPTY: "empty",
  NOT_ZIP: "notZip",
  ENCRYPTED: "encrypted",
  TRUNCATED: "corrupt",
};

/** Runs the zip guard (sizes, entry count, zip bombs, sheet dimensions) before exceljs inflates anything. */
async function checkArchive(bytes: Uint8Array, name: string, lang: Lang): Promise<void> {
  const guard = await guardXlsx(bytes, { maxFileBytes: MAX_WORKBOOK_BYTES });
  if (guard.ok) return;
  const known = GUARD_REASONS[guard.code];
  if (known) fail(name, known, lang);
  // The guard names what a non-workbook archive is ("document Word, pas un classeur Excel"): keep its words.
  const code: UnreadableReason = guard.code === "NOT_WORKBOOK" ? "notWorkbook" : "zipGuard";
  throw new UnreadableWorkbookError(name, lang === "en" ? guard.reasonEn : guard.reason, code, lang);
}

/**
 * Reads workbook bytes; `name` is the file name used in error messages.
 *
 * The bytes go through the fast reader (fastRead.ts: the zip's parts scanned straight into a
 * grid, the same grid exceljs gives); when it meets something it does not model — hyperlinks,
 * rich inline strings, chart sheets, the 1904 date system, strict OOXML, a missing
 * relationship, unusual or malformed XML — the file is read with exceljs's full load instead,
 * so the grid and the errors are those of {@link readWorkbookBufferWithExceljs}.
 * @throws UnreadableWorkbookError when the bytes are not a readable workbook.
 */
export async function readWorkbookBuffer(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  await checkBytes(bytes, name, lang);
  try {
    return fastRead(bytes);
  } catch {
    return loadWithExceljs(bytes, name, lang);
  }
}

/**
 * The same as {@link readWorkbookBuffer}, always with exceljs's full load (the reference the
 * fast reader is tested against).
 * @throws UnreadableWorkbookError when the bytes are not a readable workbook.
 */
export async function readWorkbookBufferWithExceljs(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  await checkBytes(bytes, name, lang);
  return loadWithExceljs(bytes, name, lang);
}

/** The checks every read starts with: the file's signature, then the zip guard. */
async function checkBytes(bytes: Uint8Array, name: string, lang: Lang): Promise<void> {
  checkSignature(bytes, name, lang);
  await checkArchive(bytes, name, lang);
}

async function loadWithExceljs(bytes: Uint8Array, name: string, lang: Lang): Promise<WorkbookGrid> {
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ExcelJS.Buffer);
  } catch {
    fail(name, "corrupt", lang);
  }
  if (wb.worksheets.length === 0) fail(name, "notWorkbook", lang);
  return { sheets: wb.worksheets.map(sheetFromWorksheet) };
}

function accessReason(e: unknown): UnreadableReason {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "EACCES" || code === "EPERM" ? "noAccess" : "missing";
}

/**
 * Reads an .xlsx file. The size is checked before the file is read.
 * @throws UnreadableWorkbookError for a missing, empty, oversized, encrypted or damaged file.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  const name = options.displayName ?? path;
  let size: number;
  try {
    const st = await stat(path);
    if (!st.isFile()) fail(name, "notAFile", lang);
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    fail(name, accessReason(e), lang);
  }
  if (size === 0) fail(name, "empty", lang);
  if (size > MAX_WORKBOOK_BYTES) fail(name, "tooLarge", lang, { limit: String(MAX_WORKBOOK_BYTES >> 20) });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    fail(name, accessReason(e), lang);
  }
  return readWorkbookBuffer(bytes, name, options);
}
