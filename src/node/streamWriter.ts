/**
 * Writes the core's {@link OutputSheet}s with exceljs's streaming writer: each row is committed
 * to the zip as soon as it is built, so a portfolio of 1 000 projects (~25 000 rows in
 * `Contrôles`) never exists whole as an exceljs model. Same cells, styles, column widths, frozen
 * panes, print setup, header heights, auto-filter and charts as {@link writeWorkbookFile}; the
 * file goes to a temp file beside the target, is fsynced and renamed (atomic). Charts are added
 * to the finished temp file (chartPackage.ts), which copies the rest of it still compressed.
 *
 * exceljs's streaming writer loses internal hyperlinks' targets, has no hidden list tab and drops
 * rows without a value: sheets with any of those are written by {@link writeWorkbookFile} instead.
 */
import { readFile, writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import type { OutCell, OutputSheet } from "../core/types.js";
import { replaceAtomically } from "./atomicWrite.js";
import { addChartParts } from "./chartPackage.js";
import { HEADER_FOOTER, pageSetupOf, rowBreaksOf, rowHeights } from "./printSetup.js";
import { BASE_FONT, mergeStyle, NUM_FMT, type StyledCells, styledAreas } from "./styles.js";
import { autoFilterOf, cellValue, type WriteOptions, worksheetOptions, writeWorkbookFile } from "./writeWorkbook.js";

type CellStyle = Partial<ExcelJS.Style>;

const isInternalLink = (v: OutCell, names: ReadonlySet<string>) =>
  v !== null && typeof v === "object" && v.kind === "link" && names.has(v.sheet);

/** Whether a styled row has no value (exceljs's streaming writer drops such a row, styles and all). */
function hasStyledEmptyRow(sheet: OutputSheet): boolean {
  return styledAreas(sheet).some(({ area: a }) => {
    for (let r = a.row; r < a.row + a.rows; r++) if (!(sheet.rows[r] ?? []).some((v) => v !== null)) return true;
    return false;
  });
}

/**
 * Whether the streaming writer renders these sheets exactly: no internal link, no drop-down
 * list, no styled row without a value.
 */
export function streamable(sheets: readonly OutputSheet[]): boolean {
  const names = new Set(sheets.map((s) => s.name));
  return sheets.every(
    (s) =>
      (s.validations ?? []).length === 0 &&
      s.rows.every((row) => !row.some((v) => isInternalLink(v, names))) &&
      !hasStyledEmptyRow(s),
  );
}

/** For each row (0-based), the indices of the styled areas covering it, in the sheet's order. */
function areasByRow(areas: readonly StyledCells[]): Map<number, number[]> {
  const byRow = new Map<number, number[]>();
  areas.forEach(({ area }, i) => {
    for (let r = area.row; r < area.row + area.rows; r++) {
      const list = byRow.get(r);
      if (list) list.push(i);
      else byRow.set(r, [i]);
    }
  });
  return byRow;
}

/** The style of a cell as the in-memory writer builds it: date format, then the areas merged in order. */
function styleOf(styled: readonly StyledCells[], areas: readonly number[], isDate: boolean): CellStyle | null {
  if (areas.length === 0) return isDate ? { numFmt: NUM_FMT.date } : null;
  let merged: CellStyle = {};
  for (const i of areas) merged = mergeStyle(merged, (styled[i] as StyledCells).style);
  const s = mergeStyle(isDate ? { numFmt: NUM_FMT.date } : {}, merged);
  const out: CellStyle = {};
  // A font without a name or size falls back to a serif face in some readers: keep the base font.
  if (s.font) out.font = { ...BASE_FONT, ...s.font };
  if (s.fill) out.fill = s.fill;
  if (s.border) out.border = s.border;
  if (s.alignment) out.alignment = s.alignment;
  if (s.numFmt) out.numFmt = s.numFmt;
  return out;
}

function writeSheet(wb: ExcelJS.stream.xlsx.WorkbookWriter, sheet: OutputSheet, targets: ReadonlySet<string>): void {
  const ws = wb.addWorksheet(sheet.name, {
    ...worksheetOptions(sheet),
    pageSetup: pageSetupOf(sheet),
    headerFooter: { ...HEADER_FOOTER },
  });
  const filter = autoFilterOf(sheet);
  if (filter) ws.autoFilter = filter;
  // exceljs's stream writer writes the breaks it holds when the sheet is committed.
  (ws as unknown as { rowBreaks: ExcelJS.RowBreak[] }).rowBreaks.push(...rowBreaksOf(sheet));
  sheet.columnWidths.forEach((w, c) => {
    if (w > 0) ws.getColumn(c + 1).width = w;
  });
  const heights = rowHeights(sheet);
  const styled = styledAreas(sheet);
  const byRow = areasByRow(styled);
  let lastRow = sheet.rows.length;
  for (const { area: a } of styled) lastRow = Math.max(lastRow, a.row + a.rows);
  for (const r of heights.keys()) lastRow = Math.max(lastRow, r + 1);
  const cache = new Map<string, CellStyle>();
  for (let r = 0; r < lastRow; r++) {
    const values = sheet.rows[r] ?? [];
    const rowAreas = byRow.get(r) ?? [];
    const height = heights.get(r);
    if (rowAreas.length === 0 && height === undefined && values.every((v) => v === null)) continue;
    const row = ws.getRow(r + 1);
    let lastCol = values.length;
    for (const i of rowAreas) {
      const a = (styled[i] as StyledCells).area;
      lastCol = Math.max(lastCol, a.col + a.cols);
    }
    for (let c = 0; c < lastCol; c++) {
      const v = values[c] ?? null;
      const covering = rowAreas.filter((i) => {
        const a = (styled[i] as StyledCells).area;
        return c >= a.col && c < a.col + a.cols;
      });
      if (v === null && covering.length === 0) continue;
      const cell = row.getCell(c + 1);
      if (v !== null) cell.value = cellValue(v, targets);
      const kind = v === null ? "null" : typeof v === "object" ? v.kind : typeof v;
      // exceljs caches a style's id by object: one object per (areas, kind of value) lets every
      // cell of a kind reuse it (an empty object for unstyled cells), as in the in-memory writer.
      const key = `${covering.join(",")}|${kind}`;
      let style = cache.get(key);
      if (style === undefined) {
        style = styleOf(styled, covering, kind === "date") ?? {};
        cache.set(key, style);
      }
      cell.style = style;
    }
    if (height !== undefined) row.height = height;
    row.commit();
  }
  ws.commit();
}

/**
 * Writes the sheets as a new workbook at `path` with the streaming writer, atomically; falls back
 * to {@link writeWorkbookFile} for sheets it cannot render exactly (see {@link streamable}).
 */
export async function streamWorkbookFile(
  path: string,
  sheets: readonly OutputSheet[],
  options: WriteOptions = {},
): Promise<void> {
  if (!streamable(sheets)) return writeWorkbookFile(path, sheets, options);
  const targets = new Set(sheets.map((s) => s.name));
  await replaceAtomically(
    path,
    async (temp) => {
      const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: temp, useStyles: true, useSharedStrings: true });
      wb.creator = "fiche-projet";
      for (const sheet of sheets) writeSheet(wb, sheet, targets);
      await wb.commit();
      if (sheets.some((s) => s.charts.length > 0))
        await writeFile(temp, addChartParts(new Uint8Array(await readFile(temp)), sheets));
    },
    options,
  );
}
