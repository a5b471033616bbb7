/**
 * The archive-level half of the zip guard, in plain TypeScript with no Node module: it runs in
 * a browser page as well (the add-in's *Consolider*). It reads the end record and the central
 * directory only — signatures, truncation, entry count, declared sizes and ratios, encryption,
 * "is it a workbook" — and never inflates. zipGuard.ts adds, for Node, the sheets' declared
 * dimensions and the check of a directory that lies. See docs/hostile-files.md.
 */
import { MB, Refusal, readCentralDirectory, refuse, type ZipEntry } from "./zipEntries.js";

/** The limits of the guard. Every one is documented in docs/hostile-files.md. */
export interface XlsxLimits {
  /** Largest file accepted, in bytes (compressed, as on disk). */
  readonly maxFileBytes: number;
  /** Most entries (files) in the archive. */
  readonly maxEntries: number;
  /** Largest total of the entries' uncompressed sizes, in bytes. */
  readonly maxTotalUncompressed: number;
  /** Highest uncompressed/compressed ratio of an entry larger than `ratioMinBytes`. */
  readonly maxRatio: number;
  /** Entries smaller than this (uncompressed) are never called a zip bomb. */
  readonly ratioMinBytes: number;
  /** Most rows a worksheet may declare in its `<dimension>`. */
  readonly maxSheetRows: number;
  /** Most cells (last row × last column) a worksheet may declare in its `<dimension>`. */
  readonly maxSheetCells: number;
  /**
   * When true (default), `inspectXlsx` also inflates each entry once, its output capped at the
   * size the central directory declares, to catch a directory that lies (a zip bomb declaring
   * 4 KB that inflates to 2 GB). Memory is bounded by the declared sizes, already limited above.
   */
  readonly verifyInflation: boolean;
  /**
   * Inflation is verified only when the entries could, even if their directory lied, inflate
   * past this many bytes in total: deflate never expands more than 1032:1, so a 20 KB workbook
   * cannot produce more than ~20 MB whatever it declares, and is not inflated twice.
   */
  readonly verifyAboveBytes: number;
}

/** 200 MB file, 10 000 entries, 500 MB uncompressed, 200:1 above 1 MB, 200 000 rows, 5 000 000 cells. */
export const DEFAULT_LIMITS: XlsxLimits = Object.freeze({
  maxFileBytes: 200 * 1024 * 1024,
  maxEntries: 10_000,
  maxTotalUncompressed: 500 * 1024 * 1024,
  maxRatio: 200,
  ratioMinBytes: 1024 * 1024,
  maxSheetRows: 200_000,
  maxSheetCells: 5_000_000,
  verifyInflation: true,
  verifyAboveBytes: 64 * MB,
});

export type XlsxRefusal =
  | "EMPTY"
  | "NOT_ZIP"
  | "ENCRYPTED"
  | "TRUNCATED"
  | "NOT_WORKBOOK"
  | "TOO_LARGE"
  | "ZIP_BOMB"
  | "TOO_MANY_ENTRIES"
  | "SHEET_TOO_LARGE";

export type InspectResult =
  | { readonly ok: true }
  | { readonly ok: false; readonly code: XlsxRefusal; readonly reason: string; readonly reasonEn: string };

/** Refuses an archive that is not an Excel workbook, naming what it is when it can tell. */
export function checkIsWorkbook(entries: readonly ZipEntry[]): void {
  const names = new Set(entries.map((e) => e.name.toLowerCase()));
  if (names.has("[content_types].xml") && names.has("xl/workbook.xml")) return;
  if (names.has("word/document.xml")) {
    refuse("NOT_WORKBOOK", "document Word, pas un classeur Excel", "a Word document, not an Excel workbook");
  }
  if (names.has("ppt/presentation.xml")) {
    refuse(
      "NOT_WORKBOOK",
      "présentation PowerPoint, pas un classeur Excel",
      "a PowerPoint presentation, not an Excel workbook",
    );
  }
  if (names.has("mimetype") && names.has("content.xml")) {
    refuse(
      "NOT_WORKBOOK",
      "document OpenDocument (.ods/.odt), pas un classeur .xlsx",
      "an OpenDocument file (.ods/.odt), not an .xlsx workbook",
    );
  }
  refuse(
    "NOT_WORKBOOK",
    "archive zip qui n'est pas un classeur Excel (pas de xl/workbook.xml)",
    "zip archive that is not an Excel workbook (no xl/workbook.xml)",
  );
}

/** Refuses a worksheet whose declared `<dimension ref>`, found in `head` (its first KB), is too large. */
export function checkSheetDimension(head: string, entryName: string, lim: XlsxLimits): void {
  const m = /<(?:\w+:)?dimension\s+ref="\$?([A-Z]{1,3})\$?(\d{1,8})(?::\$?([A-Z]{1,3})\$?(\d{1,8}))?"/i.exec(head);
  if (!m) return;
  const rows = Number(m[4] ?? m[2]);
  const cols = columnNumber(m[3] ?? m[1] ?? "A");
  const sheet = entryName.replace(/^xl\/worksheets\//i, "");
  if (rows > lim.maxSheetRows || rows * cols > lim.maxSheetCells) {
    refuse(
      "SHEET_TOO_LARGE",
      `feuille trop grande (${sheet} : ${rows} lignes × ${cols} colonnes ; limite ${lim.maxSheetRows} lignes, ${lim.maxSheetCells} cellules)`,
      `sheet too large (${sheet}: ${rows} rows × ${cols} columns; limit ${lim.maxSheetRows} rows, ${lim.maxSheetCells} cells)`,
    );
  }
}

const columnNumber = (letters: string) => [...letters.toUpperCase()].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** Whether an entry is a worksheet part. */
export const isWorksheetEntry = (name: string) => /^xl\/worksheets\/[^/]+\.xml$/i.test(name);

/** Deflate's largest possible expansion (258 bytes from about 2 bits). */
const MAX_DEFLATE_RATIO = 1032;

/** Whether the deflated entries could, whatever they declare, inflate past `bytes` in total. */
export function mayInflatePast(entries: readonly ZipEntry[], bytes: number): boolean {
  let potential = 0;
  for (const e of entries) if (e.method === 8) potential += MAX_DEFLATE_RATIO * e.compressedSize + 1024;
  return potential > bytes;
}

/** The result for what a guard threw: its refusal, or (a bug: a malformed archive that slipped through) TRUNCATED. */
export function refusalOf(e: unknown): InspectResult {
  if (e instanceof Refusal) return { ok: false, code: e.code, reason: e.reason, reasonEn: e.reasonEn };
  return { ok: false, code: "TRUNCATED", reason: "archive endommagée", reasonEn: "damaged archive" };
}

/**
 * The archive-level checks alone (no inflation, no Node module): never throws.
 * @example inspectXlsxArchive(new Uint8Array([0x50, 0x4b, 3, 4])) // { ok: false, code: "TRUNCATED", … }
 */
export function inspectXlsxArchive(bytes: Uint8Array, limits: Partial<XlsxLimits> = {}): InspectResult {
  try {
    checkIsWorkbook(readCentralDirectory(bytes, { ...DEFAULT_LIMITS, ...limits }));
    return { ok: true };
  } catch (e) {
    return refusalOf(e);
  }
}
