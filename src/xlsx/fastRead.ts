/**
 * A fast .xlsx reader: from the zip's central directory straight to the core's
 * {@link WorkbookGrid}, without exceljs's object model. It gives exactly the grid that the
 * exceljs path of src/node/readWorkbook.ts gives (test/node/fastRead.test.ts compares them), and throws
 * {@link FastReadUnsupported} for anything outside what it models (hyperlinks, rich inline
 * strings, chart sheets, the 1904 date system, strict OOXML, unusual XML…) or anything malformed:
 * readWorkbookBuffer then reads the file with exceljs, so its answers and errors do not change.
 * Run it only on bytes the zip guard accepted (sizes, ratios and entry count are bounded there).
 * Inflating is the caller's (src/node/fastRead.ts passes zlib's), so this file runs anywhere.
 */
import type { WorkbookGrid } from "../core/types.js";
import { checkWellFormed } from "./fastReadCheck.js";
import { dateStyles, sharedStrings, sheetList } from "./fastReadParts.js";
import { readSheet } from "./fastReadSheet.js";
import { FastReadUnsupported, onlyTags, preparePart, unsupported } from "./fastReadXml.js";
import { checkEntryFlags } from "./fastReadZip.js";
import { DEFAULT_LIMITS } from "./xlsxArchive.js";
import { dataStart, readCentralDirectory, type ZipEntry } from "./zipEntries.js";

export { FastReadUnsupported } from "./fastReadXml.js";

const UTF8 = new TextDecoder("utf-8");

/**
 * Raw deflate of `raw`, throwing once the output would pass `maxOutputLength` bytes.
 * @example (raw, max) => inflateRawSync(raw, { maxOutputLength: max }) // Node's zlib
 */
export type Inflate = (raw: Uint8Array, maxOutputLength: number) => Uint8Array;

/**
 * The bytes of one entry, inflated with the output capped at its declared size; a size that
 * differs from the declared one is unsupported (JSZip, inside exceljs, refuses it).
 */
function entryBytes(bytes: Uint8Array, e: ZipEntry, inflate: Inflate): Uint8Array {
  const start = dataStart(bytes, e);
  if (start < 0) unsupported(`truncated ${e.name}`);
  const raw = bytes.subarray(start, start + e.compressedSize);
  const out = e.method === 0 ? raw : inflate(raw, Math.max(1, e.uncompressedSize));
  if (out.length !== e.uncompressedSize) unsupported(`size of ${e.name}`);
  return out;
}

/** The text of one XML entry, checked well-formed. */
function entryText(bytes: Uint8Array, e: ZipEntry, inflate: Inflate): string {
  const text = preparePart(UTF8.decode(entryBytes(bytes, e, inflate)));
  checkWellFormed(text);
  return text;
}

/** Parts exceljs parses as XML that the grid does not need: checked well-formed all the same. */
const CHECKED_ONLY =
  /^(_rels\/\.rels|docProps\/(app|core)\.xml|xl\/worksheets\/_rels\/sheet\d+\.xml\.rels|xl\/theme\/[a-zA-Z0-9]+\.xml)$/;
/** The tags exceljs's core/app property readers take without throwing (a stricter list only costs a fallback). */
const PROPERTY_TAGS: Readonly<Record<string, ReadonlySet<string>>> = {
  "docProps/core.xml": new Set([
    "cp:coreProperties",
    ...["dc:creator", "dc:title", "dc:subject", "dc:description", "dc:identifier", "dc:language"],
    ...["cp:keywords", "cp:category", "cp:lastModifiedBy", "cp:lastPrinted", "cp:revision", "cp:version"],
    ...["cp:contentStatus", "cp:contentType", "dcterms:created", "dcterms:modified"],
  ]),
  "docProps/app.xml": new Set([
    ...["Properties", "Application", "DocSecurity", "ScaleCrop", "HeadingPairs", "TitlesOfParts", "Company"],
    ...["Manager", "LinksUpToDate", "SharedDoc", "HyperlinksChanged", "AppVersion", "Template", "TotalTime"],
    ...["vt:vector", "vt:variant", "vt:lpstr", "vt:i4"],
  ]),
};
const REL_TAGS: ReadonlySet<string> = new Set(["Relationships", "Relationship"]);
/** Parts the grid is read from (inflated and checked when read). */
const PARSED =
  /^xl\/(workbook\.xml|_rels\/workbook\.xml\.rels|styles\.xml|sharedStrings\.xml|worksheets\/sheet\d+\.xml)$/;
/** Other parts exceljs parses (xlsx.js): drawings, comments, tables, VML — not modelled here. */
const NOT_MODELLED = /xl\/drawings\/|xl\/comments\d+[.]xml|xl\/tables\/table\d+[.]xml/;

/**
 * Reads workbook bytes (already accepted by the zip guard) into a grid, inflating with `inflate`.
 * @throws FastReadUnsupported when the workbook holds something this reader does not model,
 *   or is malformed; the caller falls back to exceljs.
 * @example fastReadWith(bytes, inflate).sheets.map((s) => s.name) // ["Projet", "Budget", …]
 */
export function fastReadWith(bytes: Uint8Array, inflate: Inflate): WorkbookGrid {
  try {
    checkEntryFlags(bytes);
    const entries = new Map<string, ZipEntry>();
    for (const e of readCentralDirectory(bytes, DEFAULT_LIMITS)) {
      const name = e.name.startsWith("/") ? e.name.slice(1) : e.name;
      if (entries.has(name)) unsupported("duplicate entry");
      entries.set(name, e);
    }
    for (const name of entries.keys()) {
      if (NOT_MODELLED.test(name)) unsupported(`part ${name}`);
      const e = entries.get(name) as ZipEntry;
      if (CHECKED_ONLY.test(name)) {
        const xml = entryText(bytes, e, inflate);
        const tags = name.endsWith(".rels") ? REL_TAGS : PROPERTY_TAGS[name];
        if (tags) onlyTags(xml, xml.startsWith("<?") ? xml.indexOf("?>") : 0, xml.length, tags);
      } else if (!PARSED.test(name)) entryBytes(bytes, e, inflate); // exceljs inflates every entry: so must its size hold
    }
    const text = (name: string): string | null => {
      const e = entries.get(name);
      return e ? entryText(bytes, e, inflate) : null;
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
