/**
 * The archive-level guard of the reader, in plain TypeScript with no Node module: signatures,
 * truncation, entry count, declared sizes and ratios, encryption, and "is it a workbook" — from
 * the end record and the central directory alone, never inflating. What is read afterwards is
 * bounded by the reader itself (readXlsx.ts): each part it needs is inflated with its output
 * capped at its declared size, and the cells it keeps are counted. See docs/hostile-files.md.
 */
import { notWorkbookReason } from "./fileKind.js";
import { refuse, type XlsxReadError, type XlsxRefusal } from "./readErrors.js";
import { dataStart, MB, readCentralDirectory, type ZipEntry } from "./zipEntries.js";

export type { XlsxRefusal } from "./readErrors.js";

/** The limits of the guard and the reader. Every one is documented in docs/hostile-files.md. */
export interface XlsxLimits {
  /** Largest file accepted, in bytes (compressed, as on disk). */
  readonly maxFileBytes: number;
  /** Most entries (files) in the archive. */
  readonly maxEntries: number;
  /** Largest total of the entries' declared uncompressed sizes, in bytes. */
  readonly maxTotalUncompressed: number;
  /** Highest uncompressed/compressed ratio of an entry larger than `ratioMinBytes`. */
  readonly maxRatio: number;
  /** Entries smaller than this (uncompressed) are never called a zip bomb. */
  readonly ratioMinBytes: number;
  /** Most bytes the reader inflates, all the parts it reads together (sheets, strings, styles…). */
  readonly maxInflatedBytes: number;
  /**
   * Most cells the grid may hold: every row's length (its cells up to the last filled one) plus
   * one per row, over all sheets — what the grid costs in memory, whatever a `<dimension>` says.
   */
  readonly maxCells: number;
}

/** 200 MB file, 10 000 entries, 500 MB declared, 200:1 above 1 MB, 256 MB inflated, 2 000 000 cells. */
export const DEFAULT_LIMITS: XlsxLimits = Object.freeze({
  maxFileBytes: 200 * MB,
  maxEntries: 10_000,
  maxTotalUncompressed: 500 * MB,
  maxRatio: 200,
  ratioMinBytes: MB,
  maxInflatedBytes: 256 * MB,
  maxCells: 2_000_000,
});

export type InspectResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: XlsxRefusal; readonly reason: string; readonly reasonEn: string };

/** An entry name as the reader compares it: no leading slash, lower case (OPC part names ignore ASCII case). */
export const partKey = (name: string): string => (name.startsWith("/") ? name.slice(1) : name).toLowerCase();

/** The text of a stored `mimetype` entry (OpenDocument puts it first, uncompressed), or null. */
function storedMimetype(entries: readonly ZipEntry[], bytes: Uint8Array | undefined): string | null {
  const e = entries.find((x) => x.name === "mimetype" && x.method === 0 && x.compressedSize < 200);
  const start = e && bytes ? dataStart(bytes, e) : -1;
  if (!e || !bytes || start < 0) return null;
  return String.fromCharCode(...bytes.subarray(start, start + e.compressedSize));
}

/**
 * Refuses an archive that is not an Excel workbook, naming what it is when it can tell. A
 * workbook has `xl/workbook.xml`, or a package relationship (`_rels/.rels`) or content types
 * through which the reader finds its workbook part wherever it is.
 */
export function checkIsWorkbook(entries: readonly ZipEntry[], bytes?: Uint8Array): void {
  const names = new Set(entries.map((e) => partKey(e.name)));
  const foreign =
    names.has("word/document.xml") ||
    names.has("ppt/presentation.xml") ||
    names.has("xl/workbook.bin") ||
    (names.has("mimetype") && names.has("content.xml"));
  const routes = names.has("xl/workbook.xml") || names.has("_rels/.rels");
  // Content types alone route to the workbook part, unless the names use "\" (not a zip's separator).
  const typed = names.has("[content_types].xml") && ![...names].some((n) => n.includes("\\"));
  if (!foreign && (routes || typed)) return;
  const [fr, en] = notWorkbookReason(names, storedMimetype(entries, bytes));
  refuse("NOT_WORKBOOK", fr, en);
}

/** The result for what a guard threw: its refusal, or (a bug: a malformed archive that slipped through) TRUNCATED. */
export function refusalOf(e: unknown): InspectResult {
  const r = e as XlsxReadError;
  if (r instanceof Error && r.name === "XlsxReadError")
    return { ok: false, code: r.code, reason: r.reason, reasonEn: r.reasonEn };
  return { ok: false, code: "TRUNCATED", reason: "archive endommagée", reasonEn: "damaged archive" };
}

/**
 * The archive's entries once the guard accepts them.
 * @throws XlsxReadError naming why the bytes are not a workbook the reader may open.
 */
export function workbookEntries(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): ZipEntry[] {
  const entries = readCentralDirectory(bytes, { ...DEFAULT_LIMITS, ...limits });
  checkIsWorkbook(entries, bytes);
  return entries;
}

/**
 * The archive-level checks alone (no inflation, no Node module): never throws.
 * @example inspectXlsxArchive(new Uint8Array([0x50, 0x4b, 3, 4])) // { ok: false, code: "TRUNCATED", … }
 */
export function inspectXlsxArchive(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): InspectResult {
  try {
    workbookEntries(bytes, limits);
    return { ok: true };
  } catch (e) {
    return refusalOf(e);
  }
}
