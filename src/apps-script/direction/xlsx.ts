/**
 * Where the core's pure .xlsx reader plugs into the direction's script. Until it is wired
 * ({@link XLSX_READER} is null), every .xlsx file of the folder is listed as skipped with why.
 *
 * The route chosen (docs/google-sheets.md, ".xlsx files in the folder"): `Utilities.unzip` on the
 * file's blob, then the reader over the inflated parts — no scope beyond `drive.readonly`, the
 * file left as it is. (Converting it with the advanced Drive service would need that service
 * enabled and a write scope, and leave a converted copy in Drive.)
 *
 * Wiring it: src/xlsx decodes XML with `TextDecoder`, which Apps Script's V8 runtime does not
 * have (the bundle would fail to load, even for `onOpen`); give the reader a decoder built on
 * `Utilities.newBlob(bytes).getDataAsString("UTF-8")`, or define one before the bundle.
 */
import type { Lang, WorkbookGrid } from "../../core/types.js";

/** The two halves of an .xlsx reader: the zip guard on the raw bytes, then the parts → grid. */
export interface XlsxReader {
  /**
   * Why the archive must not be inflated (sizes, ratios, entry count, not a workbook: the zip
   * guard of src/xlsx, `inspectXlsxArchive`), in `lang`; null when it may be.
   */
  readonly inspect: (bytes: Uint8Array, lang: Lang) => string | null;
  /** The inflated parts by path (`xl/workbook.xml` …) → the core's grid. Throws a one-line reason. */
  readonly read: (parts: ReadonlyMap<string, Uint8Array>) => WorkbookGrid;
}

/** The reader the script uses, or null while there is none (then .xlsx files are skipped with why). */
export const XLSX_READER: XlsxReader | null = null;

/** Largest .xlsx file read, as the command line and the taskpane (50 MB; Apps Script's blobs stop there too). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

/** Apps Script's `Blob.getBytes()` gives Java bytes (−128…127). */
const unsigned = (bytes: readonly number[]) => Uint8Array.from(bytes, (b) => b & 0xff);

/**
 * The grid of an .xlsx file of Drive: checked by `reader.inspect` without inflating, unzipped by
 * `Utilities.unzip` (which inflates everything, uncapped: hence the check), read by
 * `reader.read`. Throws an Error whose message says, in `lang`, why the file is not read.
 */
export function gridFromXlsxBlob(blob: GoogleAppsScript.Base.Blob, reader: XlsxReader, lang: Lang): WorkbookGrid {
  const bytes = unsigned(blob.getBytes());
  if (bytes.length > MAX_XLSX_BYTES)
    throw new Error(lang === "en" ? "file too large (over 50 MB)" : "fichier trop volumineux (plus de 50 Mo)");
  const refusal = reader.inspect(bytes, lang);
  if (refusal !== null) throw new Error(refusal);
  const parts = new Map<string, Uint8Array>();
  for (const part of Utilities.unzip(blob))
    parts.set((part.getName() ?? "").replace(/^\//, ""), unsigned(part.getBytes()));
  return reader.read(parts);
}
