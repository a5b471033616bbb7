/**
 * Writes the core's {@link OutputSheet}s (the portfolio) as SpreadsheetML directly, without
 * exceljs: each sheet's XML is built and deflated into the archive before the next one, so a
 * portfolio of 1 000 projects (~25 000 rows in `Contrôles`) never exists whole as a model, and
 * writing costs about what compressing it costs (exceljs's streaming writer spent most of a
 * consolidation serialising rows and styles). Same cells, styles, column widths, frozen panes,
 * tab colours, print setup and titles, row heights and breaks, auto-filter and native charts as
 * {@link writeWorkbookFile} (test/node/streamWriter.test.ts reads both back and compares, and
 * validates every part against ECMA-376). Strings are shared strings, never formulas; dates are
 * Excel's 1900-system serials. The file goes to a temp file beside the target, is fsynced and
 * renamed.
 *
 * Internal links and drop-down lists are not written here: sheets with either go to
 * {@link writeWorkbookFile} (see {@link streamable}).
 */
import { writeFile } from "node:fs/promises";
// @ts-expect-error: exceljs ships no typings for its internal modules; this one is Office's default theme.
import THEME from "exceljs/lib/xlsx/xml/theme1.js";
import { a1, columnLetter } from "../core/cells/a1.js";
import { isoToSerial } from "../core/dates.js";
import type { OutCell, OutputSheet } from "../core/types.js";
import { replaceAtomically } from "./atomicWrite.js";
import { ByteSink } from "./byteSink.js";
import { CONTENT_TYPE, drawingXml, REL_NS, REL_TYPE, relsXml } from "./chartDrawing.js";
import { chartXml, xmlEscape } from "./chartXml.js";
import { HEADER_FOOTER, PRINT_MARGINS, pageSetupOf, rowBreaksOf, rowHeights } from "./printSetup.js";
import { RowFormats } from "./rowShapes.js";
import { safeText, type WriteOptions, writeWorkbookFile } from "./writeWorkbook.js";
import { StyleTable } from "./xlsxStyles.js";
import { dosStamp, ZipWriter } from "./zipRewrite.js";

const XML_HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";
/**
 * Where each sheet's rows are written before the sheet is framed and deflated: one buffer for the
 * process, reused by every sheet of every call (the writer is synchronous), grown once to the
 * largest sheet (~2 MB for 300 projects) instead of regrown for each workbook. In a process that
 * writes several workbooks, a sink made per call also let V8 drop the writer's optimised code at
 * each full collection (the sink's hidden class died with it): the second workbook cost as much
 * as the first.
 */
const SHEET_ROWS = new ByteSink();
/** zlib's compression level of the parts written here (see {@link sheetsXlsxBytes}). */
const ZIP_LEVEL = 2;

const isInternalLink = (v: OutCell, names: ReadonlySet<string>) =>
  v !== null && typeof v === "object" && v.kind === "link" && names.has(v.sheet);

/** Whether these sheets are written here exactly: no internal link, no drop-down list. */
export function streamable(sheets: readonly OutputSheet[]): boolean {
  const names = new Set(sheets.map((s) => s.name));
  return sheets.every(
    (s) => (s.validations ?? []).length === 0 && s.rows.every((row) => !row.some((v) => isInternalLink(v, names))),
  );
}

/**
 * Cell text as XML character data: markup characters escaped, a carriage return kept as a
 * reference (a parser would turn a literal one into a line feed), and a literal `_xHHHH_` kept
 * literal by escaping its underscore (`_x005F_`), since SpreadsheetML readers decode that form.
 * @example textXml("a<b_x0041_") // "a&lt;b_x005F_x0041_"
 */
export function textXml(s: string): string {
  if (!/[&<>\r_]/.test(s)) return s;
  return s
    .replace(/[&<>\r]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" })[c] as string)
    .replace(/_(x[0-9a-fA-F]{4}_)/g, "_x005F_$1");
}

/** The start of the shared strings part, up to its first `<si>`. */
const sstHead = (uses: number, unique: number) =>
  `${XML_HEAD}<sst xmlns="${MAIN_NS}" count="${uses}" uniqueCount="${unique}">`;

/** The shared strings of the workbook, each stored once, their `<si>` written as they come. */
class SharedStrings {
  private readonly index = new Map<string, number>();
  private readonly xml = new ByteSink();
  private uses = 0;
  constructor() {
    this.xml.restart(Buffer.byteLength(sstHead(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)));
  }
  id(s: string): number {
    this.uses++;
    let i = this.index.get(s);
    if (i === undefined) {
      i = this.index.size;
      this.index.set(s, i);
      this.xml.text(/^\s|\s$/.test(s) ? '<si><t xml:space="preserve">' : "<si><t>");
      this.xml.text(textXml(s));
      this.xml.text("</t></si>");
    }
    return i;
  }
  /** The part, as UTF-8. */
  part(): Uint8Array {
    this.xml.text("</sst>");
    return this.xml.framed(sstHead(this.uses, this.index.size));
  }
}

/** What a workbook-wide writer keeps while sheets are written: shared strings and styles. */
interface Book {
  readonly strings: SharedStrings;
  readonly styles: StyleTable;
  /** Where each sheet's rows are written, emptied for the next sheet. */
  readonly rows: ByteSink;
}

/** One cell's `<c>` after its start (`<c r="A12`), or "" for a cell with neither value nor style. */
function cellXml(attrs: string, v: OutCell, xf: number, book: Book): string {
  if (v === null || (typeof v === "number" && !Number.isFinite(v))) return xf === 0 ? "" : `${attrs}/>`;
  if (typeof v === "string") return `${attrs} t="s"><v>${book.strings.id(safeText(v))}</v></c>`;
  if (typeof v === "number") return `${attrs}><v>${v}</v></c>`;
  if (typeof v === "boolean") return `${attrs} t="b"><v>${v ? 1 : 0}</v></c>`;
  if (v.kind === "date") return `${attrs}><v>${isoToSerial(v.iso)}</v></c>`;
  return `${attrs} t="s"><v>${book.strings.id(safeText(v.text))}</v></c>`;
}

/** `<sheetViews>`: frozen rows and columns as Excel writes them; none for a sheet that freezes nothing. */
function sheetViewXml(sheet: OutputSheet): string {
  const x = sheet.frozenColumns ?? 0;
  const y = sheet.frozenRows;
  if (x === 0 && y === 0) return "";
  const pane = x > 0 && y > 0 ? "bottomRight" : y > 0 ? "bottomLeft" : "topRight";
  const split = `${x > 0 ? ` xSplit="${x}"` : ""}${y > 0 ? ` ySplit="${y}"` : ""}`;
  return (
    `<sheetViews><sheetView workbookViewId="0"><pane${split} topLeftCell="${a1(y + 1, x)}" ` +
    `activePane="${pane}" state="frozen"/><selection pane="${pane}"/></sheetView></sheetViews>`
  );
}

/** `<cols>`: one element per run of columns of the same width. */
function colsXml(widths: readonly number[]): string {
  const out: string[] = [];
  for (let c = 0; c < widths.length; ) {
    const w = widths[c] ?? 0;
    let end = c;
    while (end + 1 < widths.length && widths[end + 1] === w) end++;
    if (w > 0) out.push(`<col min="${c + 1}" max="${end + 1}" width="${w}" customWidth="1"/>`);
    c = end + 1;
  }
  return out.length > 0 ? `<cols>${out.join("")}</cols>` : "";
}

/** After `<sheetData>`: auto-filter, margins, page setup, footer, breaks, the drawing. */
function afterDataXml(sheet: OutputSheet, drawingRel: string | null): string {
  let x = "";
  const filter = sheet.filters[0];
  if (filter)
    x += `<autoFilter ref="${a1(filter.row + 1, filter.col)}:${a1(filter.row + filter.rows, filter.col + filter.cols - 1)}"/>`;
  const m = PRINT_MARGINS;
  x += `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>`;
  const setup = pageSetupOf(sheet);
  x += `<pageSetup paperSize="${setup.paperSize}" orientation="${setup.orientation}" fitToWidth="${setup.fitToWidth}" fitToHeight="${setup.fitToHeight}"/>`;
  x += `<headerFooter><oddFooter>${xmlEscape(HEADER_FOOTER.oddFooter ?? "")}</oddFooter></headerFooter>`;
  const breaks = rowBreaksOf(sheet);
  if (breaks.length > 0) {
    const brk = breaks.map((b) => `<brk id="${b.id}" min="${b.min}" max="${b.max}" man="1"/>`).join("");
    x += `<rowBreaks count="${breaks.length}" manualBreakCount="${breaks.length}">${brk}</rowBreaks>`;
  }
  if (drawingRel) x += `<drawing r:id="${drawingRel}"/>`;
  return x;
}

/**
 * The worksheet part of one sheet, as UTF-8 in {@link SHEET_ROWS} (valid until the next sheet);
 * `drawingRel` is the relationship of its charts' drawing.
 */
function sheetXml(sheet: OutputSheet, book: Book, drawingRel: string | null): Uint8Array {
  // By row in an array: looked up for every row, an index costs less than a map's hash.
  const heights: number[] = [];
  for (const [r, h] of rowHeights(sheet)) heights[r] = h;
  const formats = new RowFormats(sheet, book.styles);
  const lastRow = Math.max(sheet.rows.length, formats.end, heights.length);
  // Per column, `<c r="B`; per format, the rest of the cell's attributes: written as they are.
  const starts: string[] = [];
  const startOf = (c: number) => (starts[c] ??= `<c r="${columnLetter(c)}`);
  const attrs: string[] = [];
  const attrsOf = (xf: number) => (attrs[xf] ??= xf > 0 ? `" s="${xf}"` : '"');
  const out = book.rows;
  // The head names the cells' extent, known once they are written: room for the widest one.
  out.restart(Buffer.byteLength(sheetHead(sheet, MAX_DIMENSION)));
  let maxCol = 0;
  let maxRow = 0;
  for (let r = 0; r < lastRow; r++) {
    const values = sheet.rows[r] ?? [];
    const shape = formats.shapeAt(r);
    const height = heights[r];
    const lastCol = Math.max(values.length, shape.end);
    const ref = String(r + 1);
    let cells = "";
    for (let c = 0; c < lastCol; c++) {
      const v = values[c] ?? null;
      if (v === null && shape.covering[c] === undefined) continue;
      const xf = formats.xf(shape, c, v !== null && typeof v === "object" && v.kind === "date");
      const cell = cellXml(attrsOf(xf), v, xf, book);
      if (cell !== "") cells += startOf(c) + ref + cell;
    }
    if (cells === "" && height === undefined) continue;
    if (cells !== "") {
      maxRow = r + 1;
      maxCol = Math.max(maxCol, lastCol);
    }
    const ht = height === undefined ? "" : `" ht="${height}" customHeight="1`;
    // A row is put together as a string (concatenation is a built-in, as fast before the JIT has
    // warmed up, which a one-off CLI write mostly is, as after) and encoded in one call. Writing
    // each cell's bytes from JavaScript was no faster warm, and a fifth slower cold.
    out.text(`<row r="${ref}${ht}">${cells}</row>`);
  }
  // The cells' extent (rows that only set a height are not content): readers size the sheet by it.
  const dimension = maxRow > 0 && maxCol > 0 ? `A1:${a1(maxRow, maxCol - 1)}` : "A1";
  out.text(`</sheetData>${afterDataXml(sheet, drawingRel)}</worksheet>`);
  return out.framed(sheetHead(sheet, dimension));
}

/** The widest `<dimension>` a sheet can have (Excel's last cell). */
const MAX_DIMENSION = "A1:XFD1048576";

/** A worksheet part up to `<sheetData>`, its cells spanning `dimension`. */
function sheetHead(sheet: OutputSheet, dimension: string): string {
  const tab = sheet.tabColor ? `<tabColor rgb="FF${sheet.tabColor.replace("#", "").toUpperCase()}"/>` : "";
  return (
    `${XML_HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetPr>${tab}<pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="${dimension}"/>` +
    `${sheetViewXml(sheet)}<sheetFormatPr defaultRowHeight="15"/>${colsXml(sheet.columnWidths)}<sheetData>`
  );
}

/** `'Budget 2026'`: a sheet name quoted for a formula (quotes doubled). */
const quoted = (name: string) => `'${name.replace(/'/g, "''")}'`;

/** `_xlnm.Print_Titles` of the sheets that repeat rows or columns on every page. */
function definedNamesXml(sheets: readonly OutputSheet[]): string {
  const names = sheets.flatMap((sheet, i) => {
    const setup = pageSetupOf(sheet);
    const absolute = (range: string) => range.replace(/([A-Z]+|\d+)/g, "$$$1");
    const parts = [setup.printTitlesColumn, setup.printTitlesRow]
      .filter((r): r is string => typeof r === "string")
      .map((r) => `${quoted(sheet.name)}!${absolute(r)}`);
    return parts.length > 0
      ? [`<definedName name="_xlnm.Print_Titles" localSheetId="${i}">${xmlEscape(parts.join(","))}</definedName>`]
      : [];
  });
  return names.length > 0 ? `<definedNames>${names.join("")}</definedNames>` : "";
}

function workbookXml(sheets: readonly OutputSheet[]): string {
  const list = sheets.map((s, i) => `<sheet name="${xmlEscape(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`);
  return (
    `${XML_HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><workbookPr/>` +
    `<bookViews><workbookView/></bookViews><sheets>${list.join("")}</sheets>${definedNamesXml(sheets)}` +
    '<calcPr calcId="171027"/></workbook>'
  );
}

function contentTypesXml(sheets: number, charts: number, drawings: number): string {
  const o = (part: string, type: string) => `<Override PartName="${part}" ContentType="${type}"/>`;
  const ml = "application/vnd.openxmlformats-officedocument";
  const items = [
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>',
    '<Default Extension="xml" ContentType="application/xml"/>',
    o("/xl/workbook.xml", `${ml}.spreadsheetml.sheet.main+xml`),
    ...Array.from({ length: sheets }, (_, i) => o(`/xl/worksheets/sheet${i + 1}.xml`, SHEET_TYPE)),
    o("/xl/theme/theme1.xml", `${ml}.theme+xml`),
    o("/xl/styles.xml", `${ml}.spreadsheetml.styles+xml`),
    o("/xl/sharedStrings.xml", `${ml}.spreadsheetml.sharedStrings+xml`),
    ...Array.from({ length: charts }, (_, i) => o(`/xl/charts/chart${i + 1}.xml`, CONTENT_TYPE.chart)),
    ...Array.from({ length: drawings }, (_, i) => o(`/xl/drawings/drawing${i + 1}.xml`, CONTENT_TYPE.drawing)),
    o("/docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
    o("/docProps/app.xml", `${ml}.extended-properties+xml`),
  ];
  return `${XML_HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">${items.join("")}</Types>`;
}

function docPropsXml(sheets: readonly OutputSheet[], now: Date): { core: string; app: string } {
  const when = `${now.toISOString().slice(0, 19)}Z`;
  const titles = sheets.map((s) => `<vt:lpstr>${xmlEscape(s.name)}</vt:lpstr>`).join("");
  return {
    core:
      `${XML_HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
      'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
      'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>fiche-projet</dc:creator>' +
      `<dcterms:created xsi:type="dcterms:W3CDTF">${when}</dcterms:created>` +
      `<dcterms:modified xsi:type="dcterms:W3CDTF">${when}</dcterms:modified></cp:coreProperties>`,
    app:
      `${XML_HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties" ` +
      'xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes">' +
      "<Application>fiche-projet</Application><HeadingPairs>" +
      '<vt:vector size="2" baseType="variant"><vt:variant><vt:lpstr>Worksheets</vt:lpstr></vt:variant>' +
      `<vt:variant><vt:i4>${sheets.length}</vt:i4></vt:variant></vt:vector></HeadingPairs>` +
      `<TitlesOfParts><vt:vector size="${sheets.length}" baseType="lpstr">${titles}</vt:vector></TitlesOfParts>` +
      "</Properties>",
  };
}

/**
 * The workbook's bytes: the sheets in order, then shared strings, styles and the package parts.
 * Throws on sheets it cannot render (see {@link streamable}): a programmer error.
 */
export function sheetsXlsxBytes(sheets: readonly OutputSheet[], now: Date = new Date()): Uint8Array {
  if (!streamable(sheets)) throw new Error("internal links and drop-down lists are written by writeWorkbookFile");
  // Level 2: a third of the time of zlib's default for a file about 15 % larger (a portfolio of
  // 300 projects: 0.47 MB instead of 0.41 MB; exceljs wrote 0.50 MB). Level 3 took 1.5 times
  // level 2's time for 1 % less; level 1 no less time than level 2 for 0.5 % more; level 4 is
  // level 3's time for 0.41 MB (deflate_slow's lazy matching): the one to take if size matters.
  const zip = new ZipWriter(dosStamp(now), ZIP_LEVEL);
  const book: Book = { strings: new SharedStrings(), styles: new StyleTable(), rows: SHEET_ROWS };
  const rel = (id: string, type: string, target: string) => [id, type, target] as const;
  const n = sheets.length;
  const charted = sheets.filter((s) => s.charts.length > 0);
  // The package parts first ([Content_Types].xml leads, as Office writes it), then each sheet
  // with its charts, then what the sheets filled: shared strings and styles.
  zip.add(
    "[Content_Types].xml",
    contentTypesXml(
      n,
      charted.reduce((k, s) => k + s.charts.length, 0),
      charted.length,
    ),
  );
  zip.add(
    "_rels/.rels",
    relsXml([
      rel("rId1", `${REL_NS}/officeDocument`, "xl/workbook.xml"),
      rel("rId2", `${PACKAGE_RELS}/metadata/core-properties`, "docProps/core.xml"),
      rel("rId3", `${REL_NS}/extended-properties`, "docProps/app.xml"),
    ]),
  );
  const props = docPropsXml(sheets, now);
  zip.add("docProps/app.xml", props.app);
  zip.add("docProps/core.xml", props.core);
  zip.add("xl/workbook.xml", workbookXml(sheets));
  zip.add(
    "xl/_rels/workbook.xml.rels",
    relsXml([
      ...sheets.map((_, i) => rel(`rId${i + 1}`, `${REL_NS}/worksheet`, `worksheets/sheet${i + 1}.xml`)),
      rel(`rId${n + 1}`, `${REL_NS}/styles`, "styles.xml"),
      rel(`rId${n + 2}`, `${REL_NS}/theme`, "theme/theme1.xml"),
      rel(`rId${n + 3}`, `${REL_NS}/sharedStrings`, "sharedStrings.xml"),
    ]),
  );
  zip.add("xl/theme/theme1.xml", THEME as string);
  let charts = 0;
  let drawings = 0;
  sheets.forEach((sheet, i) => {
    const hasCharts = sheet.charts.length > 0;
    zip.add(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, book, hasCharts ? "rId1" : null));
    if (!hasCharts) return;
    const drawing = ++drawings;
    const ids = sheet.charts.map((intent) => {
      zip.add(`xl/charts/chart${++charts}.xml`, chartXml(intent, sheet));
      return charts;
    });
    zip.add(`xl/drawings/drawing${drawing}.xml`, drawingXml(sheet.charts));
    zip.add(
      `xl/drawings/_rels/drawing${drawing}.xml.rels`,
      relsXml(ids.map((id, k) => rel(`rId${k + 1}`, REL_TYPE.chart, `../charts/chart${id}.xml`))),
    );
    zip.add(
      `xl/worksheets/_rels/sheet${i + 1}.xml.rels`,
      relsXml([rel("rId1", REL_TYPE.drawing, `../drawings/drawing${drawing}.xml`)]),
    );
  });
  zip.add("xl/sharedStrings.xml", book.strings.part());
  zip.add("xl/styles.xml", book.styles.xml());
  return zip.finish();
}

/**
 * Writes the sheets as a new workbook at `path`, atomically; falls back to
 * {@link writeWorkbookFile} for sheets it does not render (see {@link streamable}).
 */
export async function streamWorkbookFile(
  path: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions = {},
): Promise<void> {
  if (!streamable(sheets)) return writeWorkbookFile(path, sheets, options);
  const bytes = sheetsXlsxBytes(sheets);
  await replaceAtomically(path, (temp) => writeFile(temp, bytes), options);
}
