/**
 * A fast .xlsx reader: from the zip's central directory straight to the core's
 * {@link WorkbookGrid}, without exceljs's object model. It gives exactly the grid that the
 * exceljs path of readWorkbook.ts gives (test/node/fastRead.test.ts compares them), and throws
 * {@link FastReadUnsupported} for anything outside what it models (hyperlinks, rich inline
 * strings, chart sheets, the 1904 date system, strict OOXML, unusual XML…) or anything malformed:
 * readWorkbookBuffer then reads the file with exceljs, so its answers and errors do not change.
 * Run it only on bytes the zip guard accepted (sizes, ratios and entry count are bounded there).
 */
import { inflateRawSync } from "node:zlib";
import type { WorkbookGrid } from "../core/types.js";
import { dateStyles, sharedStrings, sheetList } from "./fastReadParts.js";
import { readSheet } from "./fastReadSheet.js";
import { FastReadUnsupported, preparePart, unsupported } from "./fastReadXml.js";
import { DEFAULT_LIMITS } from "./xlsxArchive.js";
import { dataStart, readCentralDirectory, type ZipEntry } from "./zipEntries.js";

export { FastReadUnsupported } from "./fastReadXml.js";

const UTF8 = new TextDecoder("utf-8");

/** The text of one entry, inflated with its output capped at its declared size. */
function entryText(bytes: Uint8Array, e: ZipEntry): string {
  const start = dataStart(bytes, e);
  if (start < 0) unsupported(`truncated ${e.name}`);
  const raw = bytes.subarray(start, start + e.compressedSize);
  const out = e.method === 0 ? raw : inflateRawSync(raw, { maxOutputLength: Math.max(1, e.uncompressedSize) });
  if (out.length !== e.uncompressedSize) unsupported(`size of ${e.name}`);
  return preparePart(UTF8.decode(out));
}

/**
 * Reads workbook bytes (already accepted by the zip guard) into a grid.
 * @throws FastReadUnsupported when the workbook holds something this reader does not model,
 *   or is malformed; the caller falls back to exceljs.
 * @example fastRead(await readFile("fiche.xlsx")).sheets.map((s) => s.name) // ["Projet", "Budget", …]
 */
export function fastRead(bytes: Uint8Array): WorkbookGrid {
  try {
    const entries = new Map<string, ZipEntry>();
    for (const e of readCentralDirectory(bytes, DEFAULT_LIMITS)) {
      const name = e.name.startsWith("/") ? e.name.slice(1) : e.name;
      if (entries.has(name)) unsupported("duplicate entry");
      entries.set(name, e);
    }
    const text = (name: string): string | null => {
      const e = entries.get(name);
      return e ? entryText(bytes, e) : null;
    };
    const workbook = text("xl/workbook.xml");
    const rels = text("xl/_rels/workbook.xml.rels");
    const styles = text("xl/styles.xml");
    if (workbook === null || rels === null) unsupported("missing part");
    const refs = sheetList(workbook as string, rels as string, new Set(entries.keys()));
    if (refs.length === 0) unsupported("no sheet");
    const shared = text("xl/sharedStrings.xml");
    const ctx = {
      strings: shared === null ? [] : sharedStrings(shared),
      dateStyle: styles === null ? [] : dateStyles(styles),
    };
    return { sheets: refs.map((ref) => readSheet(text(ref.path) as string, ref.name, ctx)) };
  } catch (e) {
    if (e instanceof FastReadUnsupported) throw e;
    throw new FastReadUnsupported(`unreadable: ${(e as Error)?.message ?? String(e)}`);
  }
}
