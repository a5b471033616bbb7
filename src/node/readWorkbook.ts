/**
 * Reads an .xlsx file into the core's {@link WorkbookGrid}: the Node side of the one reader
 * (src/xlsx/readXlsx.ts) — the file's bytes from disk, zlib to inflate. Anything that is not a
 * readable workbook raises one {@link UnreadableWorkbookError} whose message is a single line
 * naming the real reason (password, old .xls, a Word document, too many cells…).
 */
import { readFileSync, statSync } from "node:fs";
import type { Lang, WorkbookGrid } from "../core/types.js";
import { XlsxReadError, type XlsxRefusal } from "../xlsx/readErrors.js";
import type { XlsxLimits } from "../xlsx/xlsxArchive.js";
import { readXlsxBytesSync } from "../xlsx/zipArchive.js";
import { reasonText, type UnreadableReason, UnreadableWorkbookError } from "./errors.js";
import { zlibInflate } from "./zlibInflate.js";

/** Largest file read (50 MB): a fiche projet is far below it, and the grid of a bigger one rarely fits the cell limit. */
const MAX_WORKBOOK_BYTES = 50 * 1024 * 1024;

export interface ReadOptions {
  readonly lang?: Lang;
  /** How error messages name the file (default: the path as given). */
  readonly displayName?: string;
  /** Other limits than the reader's defaults (tests, the bench's huge projects). */
  readonly limits?: Partial<XlsxLimits>;
}

function fail(file: string, code: UnreadableReason, lang: Lang, params: Record<string, string> = {}): never {
  throw new UnreadableWorkbookError(file, reasonText(code, lang, params), code, lang);
}

/** The Node host's reason key for each refusal of the reader (the text is the reader's). */
const REASONS: Readonly<Record<XlsxRefusal, UnreadableReason>> = {
  EMPTY: "empty",
  NOT_ZIP: "notZip",
  ENCRYPTED: "encrypted",
  LEGACY_XLS: "legacyXls",
  TRUNCATED: "corrupt",
  MALFORMED: "corrupt",
  NOT_WORKBOOK: "notWorkbook",
  TOO_LARGE: "tooLarge",
  TOO_MANY_CELLS: "tooLarge",
  ZIP_BOMB: "zipGuard",
  TOO_MANY_ENTRIES: "zipGuard",
};

/**
 * Reads workbook bytes; `name` is the file name used in error messages.
 * @throws UnreadableWorkbookError when the bytes are not a readable workbook.
 */
export async function readWorkbookBuffer(
  bytes: Uint8Array,
  name: string,
  options: ReadOptions = {},
): Promise<WorkbookGrid> {
  return readWorkbookBufferSync(bytes, name, options);
}

/** {@link readWorkbookBuffer}, synchronously (zlib inflates synchronously). */
export function readWorkbookBufferSync(bytes: Uint8Array, name: string, options: ReadOptions = {}): WorkbookGrid {
  const lang = options.lang ?? "fr";
  try {
    return readXlsxBytesSync(bytes, zlibInflate, { maxFileBytes: MAX_WORKBOOK_BYTES, ...options.limits });
  } catch (e) {
    if (!(e instanceof XlsxReadError)) throw e;
    throw new UnreadableWorkbookError(name, lang === "en" ? e.reasonEn : e.reason, REASONS[e.code], lang);
  }
}

function accessReason(e: unknown): UnreadableReason {
  const code = (e as { code?: unknown } | null)?.code;
  return code === "EACCES" || code === "EPERM" ? "noAccess" : "missing";
}

/**
 * Reads an .xlsx file. The size is checked before the file is read.
 *
 * The file is read synchronously: a workbook is read whole before anything else can be done
 * with it, and the one-thread `consolidate` reads one file after another, so the promise API
 * only added its round trips through libuv's thread pool (open, fstat, read, close): 300 fiches
 * took about 0.2 s longer to read, idle. Worker threads each read their own files.
 * @throws UnreadableWorkbookError for a missing, empty, oversized, encrypted or damaged file.
 */
export async function readWorkbookFile(path: string, options: ReadOptions = {}): Promise<WorkbookGrid> {
  const lang = options.lang ?? "fr";
  const name = options.displayName ?? path;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) fail(name, "notAFile", lang);
    size = st.size;
  } catch (e) {
    if (e instanceof UnreadableWorkbookError) throw e;
    fail(name, accessReason(e), lang);
  }
  if (size === 0) fail(name, "empty", lang);
  const max = options.limits?.maxFileBytes ?? MAX_WORKBOOK_BYTES;
  if (size > max) fail(name, "tooLarge", lang, { limit: String(Math.round(max / 2 ** 20)) });
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    fail(name, accessReason(e), lang);
  }
  return readWorkbookBufferSync(bytes, name, options);
}
