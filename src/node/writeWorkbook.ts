/**
 * Writes the core's {@link OutputSheet}s as a new .xlsx with exceljs.
 *
 * - Strings are always string cells, never formulas: exceljs only makes a formula from a
 *   `{ formula }` object, which this module never builds, so `=HYPERLINK(...)` stays text.
 * - Charts ({@link ChartIntent}): exceljs writes none, so chartPackage.ts adds them to its output
 *   as native DrawingML charts that reference the sheet's cells.
 * - A link (`OutLink`) becomes an internal hyperlink when its tab is in the workbook being
 *   written, else plain text (a `check -o` report is a new file without the input tabs).
 * - Drop-down lists that do not fit an inline list (255 characters, no comma or quote) go to a
 *   hidden `Listes` tab and are referenced from there.
 * - The file is written atomically (temp file + fsync + rename).
 */
import type ExcelJS from "exceljs";
import { a1, columnLetter } from "../core/cells/a1.js";
import type { Area, OutCell, OutputSheet } from "../core/types.js";
import { GENERATED_MARK } from "../core/types.js";
import { type AtomicWriteHooks, writeFileAtomic } from "./atomicWrite.js";
import { addChartParts } from "./chartPackage.js";
import { patchInternalHyperlinks } from "./internalLinks.js";
import { HEADER_FOOTER, pageSetupOf, rowBreaksOf, rowHeights } from "./printSetup.js";
import { BASE_FONT, LINK_FONT, mergeStyle, NUM_FMT, styledAreas } from "./styles.js";

export interface WriteOptions extends AtomicWriteHooks {}

/** Excel's limit on the characters of one cell. */
const MAX_CELL_CHARS = 32_767;
const LISTS_SHEET = "Listes";
/** Whether a UTF-16 code unit at `i` is allowed in XML 1.0 (controls, U+FFFE/F and lone surrogates are not). */
function xmlAllowed(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 0x20) return c === 0x09 || c === 0x0a || c === 0x0d;
  if (c === 0xfffe || c === 0xffff) return false;
  if (c >= 0xd800 && c <= 0xdbff) return (s.charCodeAt(i + 1) & 0xfc00) === 0xdc00;
  if (c >= 0xdc00 && c <= 0xdfff) return (s.charCodeAt(i - 1) & 0xfc00) === 0xd800;
  return true;
}

// biome-ignore lint/suspicious/noControlCharactersInRegex: finding control characters is the point.
const SUSPECT = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Text safe to store in a cell: no XML-invalid characters, at most 32 767 characters. */
export function safeText(s: string): string {
  // Fast path: nothing to replace (surrogates, even paired, take the slow path).
  if (!SUSPECT.test(s)) return s.length > MAX_CELL_CHARS ? s.slice(0, MAX_CELL_CHARS) : s;
  let clean = "";
  for (let i = 0; i < s.length; i++) clean += xmlAllowed(s, i) ? s[i] : "\uFFFD";
  return clean.length > MAX_CELL_CHARS ? clean.slice(0, MAX_CELL_CHARS) : clean;
}

/** `#'Budget 2026'!L5`: an internal hyperlink target (quotes doubled in the sheet name). */
export function internalLink(sheet: string, cell: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${cell}`;
}

/** Sheet names of the workbook being written: a link to any other tab is written as plain text. */
type Targets = ReadonlySet<string>;

/** The exceljs value of a core cell. */
export function cellValue(v: OutCell, targets: Targets): ExcelJS.CellValue {
  if (v === null) return null;
  if (typeof v === "string") return safeText(v);
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "boolean") return v;
  if (v.kind === "date") {
    const [y, m, d] = v.iso.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  if (!targets.has(v.sheet)) return safeText(v.text);
  return { text: safeText(v.text), hyperlink: internalLink(v.sheet, v.cell) };
}

const col = (c: number) => c + 1;
const range = (a: Area) => `${a1(a.row + 1, a.col)}:${a1(a.row + a.rows, a.col + a.cols - 1)}`;

/** exceljs has `dataValidations` at runtime but not in its typings. */
type WithValidations = ExcelJS.Worksheet & {
  dataValidations: { add(address: string, validation: ExcelJS.DataValidation): void };
};

function writeRows(ws: ExcelJS.Worksheet, sheet: OutputSheet, targets: Targets): void {
  sheet.rows.forEach((row, r) => {
    row.forEach((v, c) => {
      if (v === null) return;
      const cell = ws.getCell(r + 1, col(c));
      cell.value = cellValue(v, targets);
      if (typeof v === "object" && v.kind === "date") cell.numFmt = NUM_FMT.date;
      if (typeof v === "object" && v.kind === "link" && targets.has(v.sheet))
        cell.font = { ...BASE_FONT, ...LINK_FONT };
    });
  });
}

function applyStyles(ws: ExcelJS.Worksheet, sheet: OutputSheet): void {
  const merged = new Map<string, Partial<ExcelJS.Style>>();
  for (const { area, style } of styledAreas(sheet)) {
    for (let r = area.row; r < area.row + area.rows; r++) {
      for (let c = area.col; c < area.col + area.cols; c++) {
        const key = `${r}:${c}`;
        merged.set(key, mergeStyle(merged.get(key) ?? {}, style));
      }
    }
  }
  for (const [key, style] of merged) {
    const [r, c] = key.split(":").map(Number) as [number, number];
    const cell = ws.getCell(r + 1, col(c));
    // The link font and date format set with the value survive unless a style overrides them.
    const base: Partial<ExcelJS.Style> = {};
    if (cell.font) base.font = { ...cell.font };
    if (cell.numFmt) base.numFmt = cell.numFmt;
    const s = mergeStyle(base, style);
    // A font without a name or size falls back to a serif face in some readers: keep the base font.
    if (s.font) cell.font = { ...BASE_FONT, ...s.font };
    if (s.fill) cell.fill = s.fill;
    if (s.border) cell.border = s.border;
    if (s.alignment) cell.alignment = s.alignment;
    if (s.numFmt) cell.numFmt = s.numFmt;
  }
}

/** Whether a list can be written inline in the validation (`"a,b,c"`, 255 characters at most). */
export function fitsInline(values: readonly string[]): boolean {
  return values.every((v) => !/[,"]/.test(v)) && `"${values.join(",")}"`.length <= 255;
}

class ListsSheet {
  private ws: ExcelJS.Worksheet | null = null;
  private next = 0;
  constructor(private readonly wb: ExcelJS.Workbook) {}
  /** Writes the values in a new column of the hidden sheet and returns an absolute reference to them. */
  reference(values: readonly string[]): string {
    if (!this.ws) {
      this.ws = this.wb.addWorksheet(LISTS_SHEET, { state: "hidden" });
      this.ws.getCell(1, 1).value = `${GENERATED_MARK} — listes de choix`;
    }
    const c = ++this.next;
    values.forEach((v, i) => {
      (this.ws as ExcelJS.Worksheet).getCell(i + 2, c).value = safeText(v);
    });
    const letter = columnLetter(c - 1);
    return `${LISTS_SHEET}!$${letter}$2:$${letter}$${Math.max(2, values.length + 1)}`;
  }
}

function applyValidations(ws: ExcelJS.Worksheet, sheet: OutputSheet, lists: ListsSheet): void {
  for (const v of sheet.validations ?? []) {
    const formula = fitsInline(v.values) ? `"${v.values.join(",")}"` : lists.reference(v.values);
    (ws as WithValidations).dataValidations.add(range(v.area), { type: "list", allowBlank: true, formulae: [formula] });
  }
}

/** Frozen panes and tab colour: the options a worksheet is created with. */
export function worksheetOptions(sheet: OutputSheet): Partial<ExcelJS.AddWorksheetOptions> {
  const xSplit = sheet.frozenColumns ?? 0;
  const frozen = sheet.frozenRows > 0 || xSplit > 0;
  return {
    views: frozen ? [{ state: "frozen", ySplit: sheet.frozenRows, xSplit }] : [],
    ...(sheet.tabColor ? { properties: { tabColor: { argb: `FF${sheet.tabColor.replace("#", "")}` } } } : {}),
  };
}

/** The sheet's auto-filter range, if it has one. */
export function autoFilterOf(sheet: OutputSheet): ExcelJS.AutoFilter | undefined {
  const filter = sheet.filters[0];
  if (!filter) return undefined;
  return {
    from: { row: filter.row + 1, column: filter.col + 1 },
    to: { row: filter.row + filter.rows, column: filter.col + filter.cols },
  };
}

function addSheet(wb: ExcelJS.Workbook, sheet: OutputSheet, lists: ListsSheet, targets: Targets): void {
  const ws = wb.addWorksheet(sheet.name, worksheetOptions(sheet));
  Object.assign(ws.pageSetup, pageSetupOf(sheet));
  ws.headerFooter = { ...HEADER_FOOTER };
  sheet.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(col(c)).width = w;
  });
  writeRows(ws, sheet, targets);
  applyStyles(ws, sheet);
  for (const [r, h] of rowHeights(sheet)) ws.getRow(r + 1).height = h;
  // exceljs keeps a worksheet's manual breaks in `rowBreaks` (typed on the model, not the sheet).
  (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks.push(...rowBreaksOf(sheet));
  const filter = autoFilterOf(sheet);
  if (filter) ws.autoFilter = filter;
  applyValidations(ws, sheet, lists);
}

/**
 * exceljs, loaded when a workbook is first written with it: it is most of the CLI's code (about
 * 0.3 s to load), and `check` without `-o`, `consolidate` (the direct writer, streamWriter.ts)
 * and `compare` never need it. In the bundle it is a chunk of its own (scripts/build-cli.mjs).
 */
async function loadExcelJs(): Promise<typeof ExcelJS> {
  return (await import("exceljs")).default;
}

/** Builds the workbook bytes for the sheets (in order). Throws on an invalid sheet (a programmer error). */
export async function workbookBytes(sheets: readonly OutputSheet[]): Promise<Uint8Array> {
  const exceljs = await loadExcelJs();
  await patchInternalHyperlinks();
  const wb = new exceljs.Workbook();
  wb.creator = "fiche-projet";
  const lists = new ListsSheet(wb);
  const targets = new Set(sheets.map((s) => s.name));
  for (const sheet of sheets) addSheet(wb, sheet, lists, targets);
  const buf = await wb.xlsx.writeBuffer();
  return addChartParts(new Uint8Array(buf as ArrayBuffer), sheets);
}

/**
 * Writes the sheets as a new workbook at `path`, atomically. An existing file at `path` is
 * replaced only once the new one is complete; callers decide whether replacing is allowed.
 */
export async function writeWorkbookFile(
  path: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions = {},
): Promise<void> {
  const bytes = await workbookBytes(sheets);
  await writeFileAtomic(path, bytes, options);
}
