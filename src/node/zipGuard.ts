/**
 * The gate in front of exceljs: looks at the bytes of a would-be `.xlsx` and refuses, with a
 * one-line reason in French and English, what would crash, hang or exhaust the machine.
 *
 * `inspectXlsx` is synchronous. It first reads the zip's end record and central directory (the
 * table of contents) and refuses on what they declare — entry count, sizes, ratios, sheet
 * `<dimension>` (peeked from the first few KB of each worksheet). Only then, and unless
 * `verifyInflation: false`, it inflates each entry once with its output capped at the declared
 * size, to catch a directory that lies; memory stays bounded by the (already limited) declared
 * sizes. `guardXlsx` is the asynchronous variant whose inflation is streamed and counted, in
 * constant memory. See docs/hostile-files.md.
 */
import { constants, inflateRawSync } from "node:zlib";
import {
  checkIsWorkbook,
  checkSheetDimension,
  DEFAULT_LIMITS,
  type InspectResult,
  isWorksheetEntry,
  mayInflatePast,
  refusalOf,
  type XlsxLimits,
} from "../xlsx/xlsxArchive.js";
import { dataStart, readCentralDirectory, refuse, type ZipEntry } from "../xlsx/zipEntries.js";
import { InflateLimitError, inflateCounted } from "./zipInflate.js";

export {
  DEFAULT_LIMITS,
  type InspectResult,
  inspectXlsxArchive,
  type XlsxLimits,
  type XlsxRefusal,
} from "../xlsx/xlsxArchive.js";
export type { ZipEntry } from "../xlsx/zipEntries.js";
export { boundedInflate, InflateLimitError } from "./zipInflate.js";

const PEEK_COMPRESSED_BYTES = 4096;
const PEEK_MAX_OUTPUT = 8 * 1024 * 1024;

/**
 * Inspects the bytes of an `.xlsx` without inflating it: never throws, whatever the bytes.
 * @example inspectXlsx(new Uint8Array()) // { ok: false, code: "EMPTY", reason: "fichier vide", … }
 */
export function inspectXlsx(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): InspectResult {
  const lim = { ...DEFAULT_LIMITS, ...limits };
  try {
    const entries = readCentralDirectory(bytes, lim);
    checkIsWorkbook(entries);
    for (const entry of entries) {
      if (isWorksheetEntry(entry.name)) checkSheetSize(bytes, entry, lim);
    }
    if (lim.verifyInflation && mayInflatePast(entries, lim.verifyAboveBytes)) {
      for (const entry of entries) checkInflatedSize(bytes, entry);
    }
    return { ok: true };
  } catch (e) {
    return refusalOf(e);
  }
}

/** Reads the sheet's declared `<dimension ref>` from its first few KB and refuses a huge one. */
function checkSheetSize(bytes: Uint8Array, e: ZipEntry, lim: XlsxLimits): void {
  checkSheetDimension(peekEntry(bytes, e), e.name, lim);
}

/** The first few KB of an entry, inflated from a bounded slice; "" when unreadable. */
function peekEntry(bytes: Uint8Array, e: ZipEntry): string {
  const start = dataStart(bytes, e);
  if (start < 0) return "";
  const slice = bytes.subarray(start, start + Math.min(e.compressedSize, PEEK_COMPRESSED_BYTES));
  if (e.method === 0) return Buffer.from(slice).toString("latin1");
  try {
    const out = inflateRawSync(slice, { finishFlush: constants.Z_SYNC_FLUSH, maxOutputLength: PEEK_MAX_OUTPUT });
    return out.subarray(0, 64 * 1024).toString("latin1");
  } catch {
    return ""; // a damaged stream: exceljs will say so, the size limits still hold
  }
}

/** Inflates an entry with its output capped just past its declared size; refuses a liar. */
function checkInflatedSize(bytes: Uint8Array, e: ZipEntry): void {
  if (e.method !== 8) return;
  const start = dataStart(bytes, e);
  if (start < 0) refuse("TRUNCATED", `classeur tronqué (${e.name})`, `truncated workbook (${e.name})`);
  let size = Number.NaN;
  try {
    size = inflateRawSync(bytes.subarray(start, start + e.compressedSize), {
      maxOutputLength: e.uncompressedSize + 1,
    }).length;
  } catch (err) {
    if ((err as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") size = Number.POSITIVE_INFINITY;
    else refuse("TRUNCATED", `classeur endommagé (${e.name})`, `damaged workbook (${e.name})`);
  }
  if (size > e.uncompressedSize) {
    refuse(
      "ZIP_BOMB",
      `bombe zip : ${e.name} se décompresse au-delà de sa taille déclarée (${e.uncompressedSize} octets)`,
      `zip bomb: ${e.name} inflates beyond its declared size (${e.uncompressedSize} bytes)`,
    );
  }
  if (size !== e.uncompressedSize)
    refuse("TRUNCATED", `classeur endommagé (${e.name})`, `damaged workbook (${e.name})`);
}

/**
 * The central directory's entries, or null when {@link inspectXlsx} would refuse the archive.
 * @example listZipEntries(bytes)?.map((e) => e.name) // ["[Content_Types].xml", "xl/workbook.xml", …]
 */
export function listZipEntries(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): ZipEntry[] | null {
  try {
    return readCentralDirectory(bytes, { ...DEFAULT_LIMITS, ...limits });
  } catch {
    return null;
  }
}

/**
 * Inflates every entry as a counted stream (constant memory) and refuses an archive whose
 * entries inflate beyond their declared size — a zip bomb that lies in its central directory.
 * Run it after {@link inspectXlsx} said ok; never rejects.
 */
export async function verifyXlsxInflation(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<InspectResult> {
  const entries = listZipEntries(bytes, limits);
  if (!entries) return inspectXlsx(bytes, limits);
  if (!mayInflatePast(entries, limits.verifyAboveBytes ?? DEFAULT_LIMITS.verifyAboveBytes)) return { ok: true };
  for (const e of entries) {
    if (e.method !== 8) continue;
    const start = dataStart(bytes, e);
    if (start < 0)
      return {
        ok: false,
        code: "TRUNCATED",
        reason: `classeur tronqué (${e.name})`,
        reasonEn: `truncated workbook (${e.name})`,
      };
    try {
      await countInflated(bytes.subarray(start, start + e.compressedSize), e.uncompressedSize);
    } catch (err) {
      if (err instanceof InflateLimitError) {
        return {
          ok: false,
          code: "ZIP_BOMB",
          reason: `bombe zip : ${e.name} se décompresse au-delà de sa taille déclarée (${e.uncompressedSize} octets)`,
          reasonEn: `zip bomb: ${e.name} inflates beyond its declared size (${e.uncompressedSize} bytes)`,
        };
      }
      return {
        ok: false,
        code: "TRUNCATED",
        reason: `classeur endommagé (${e.name})`,
        reasonEn: `damaged workbook (${e.name})`,
      };
    }
  }
  return { ok: true };
}

async function countInflated(compressed: Uint8Array, declared: number): Promise<void> {
  const size = await inflateCounted(compressed, declared);
  if (size !== declared) throw new Error("size mismatch");
}

/**
 * The same gate as {@link inspectXlsx}, its inflation check streamed in constant memory
 * ({@link verifyXlsxInflation}). Never rejects.
 * @example if (!(await guardXlsx(bytes)).ok) throw new UnreadableWorkbookError(file, result.reason)
 */
export async function guardXlsx(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): Promise<InspectResult> {
  const first = inspectXlsx(bytes, { ...limits, verifyInflation: false });
  return first.ok ? verifyXlsxInflation(bytes, limits) : first;
}
