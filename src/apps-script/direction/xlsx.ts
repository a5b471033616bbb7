/**
 * The .xlsx files of the direction's folder, read by the core's reader (src/xlsx) over
 * `Utilities.unzip`: the zip guard on the file's bytes first (nothing inflated), then the parts
 * `Utilities.unzip` gives — one blob per entry, named by its path — read as the command line and
 * the taskpane read them, into the same grid. No scope beyond `drive.readonly`, the file left as
 * it is. (Converting it with the advanced Drive service would need that service enabled and a
 * write scope, and leave a converted copy in Drive.)
 *
 * Apps Script has no `TextDecoder`: the reader decodes UTF-8 in plain code when there is none
 * (src/xlsx/utf8.ts), and takes the blobs' signed bytes as they come (src/xlsx/partsArchive.ts).
 */
import type { Lang, WorkbookGrid } from "../../core/types.js";
import { type InflatedPart, readXlsxParts } from "../../xlsx/partsArchive.js";
import { XlsxReadError } from "../../xlsx/readErrors.js";
import { inspectXlsxArchive } from "../../xlsx/xlsxArchive.js";

/** The two halves of an .xlsx reader: the zip guard on the raw bytes, then the parts → grid. */
export interface XlsxReader {
  /**
   * Why the archive must not be inflated (sizes, ratios, entry count, not a workbook: the zip
   * guard of src/xlsx, `inspectXlsxArchive`), in `lang`; null when it may be.
   */
  readonly inspect: (bytes: Uint8Array, lang: Lang) => string | null;
  /** The inflated parts (entry name, bytes read on demand) → the core's grid. Throws a one-line reason in `lang`. */
  readonly read: (parts: readonly InflatedPart[], lang: Lang) => WorkbookGrid;
}

/** Largest .xlsx file read, as the command line and the taskpane (50 MB; Apps Script's blobs stop there too). */
export const MAX_XLSX_BYTES = 50 * 1024 * 1024;

/** The core's reader, with its refusals in the user's language. */
export const CORE_XLSX_READER: XlsxReader = {
  inspect(bytes, lang) {
    const result = inspectXlsxArchive(bytes, { maxFileBytes: MAX_XLSX_BYTES });
    if (result.ok) return null;
    return lang === "en" ? result.reasonEn : result.reason;
  },
  read(parts, lang) {
    try {
      return readXlsxParts(parts);
    } catch (e) {
      if (e instanceof XlsxReadError) throw new Error(lang === "en" ? e.reasonEn : e.reason);
      throw e;
    }
  },
};

/** The reader the script uses. */
export const XLSX_READER: XlsxReader = CORE_XLSX_READER;

/** Apps Script's `Blob.getBytes()` gives Java bytes (−128…127). */
const unsigned = (bytes: readonly number[]) => Uint8Array.from(bytes, (b) => b & 0xff);

/**
 * The grid of an .xlsx file of Drive: checked by `reader.inspect` without inflating, unzipped by
 * `Utilities.unzip` (which inflates everything, uncapped: hence the check), read by
 * `reader.read` (which converts only the parts it needs, counting their bytes and cells).
 * Throws an Error whose message says, in `lang`, why the file is not read.
 */
export function gridFromXlsxBlob(blob: GoogleAppsScript.Base.Blob, reader: XlsxReader, lang: Lang): WorkbookGrid {
  const bytes = unsigned(blob.getBytes());
  if (bytes.length > MAX_XLSX_BYTES)
    throw new Error(lang === "en" ? "file too large (over 50 MB)" : "fichier trop volumineux (plus de 50\u00a0Mo)");
  const refusal = reader.inspect(bytes, lang);
  if (refusal !== null) throw new Error(refusal);
  const parts = Utilities.unzip(blob).map((part) => ({ name: part.getName() ?? "", read: () => part.getBytes() }));
  return reader.read(parts, lang);
}
