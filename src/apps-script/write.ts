/**
 * Writing output sheets into a spreadsheet: ONE `setValues` per tab plus one batched call per
 * format kind (wrapping included), links as rich text (never a formula), drop-downs, frozen rows
 * and columns, widths, filters and native charts (chart.ts). Sheets' scripting has no page
 * set-up: a tab's `landscape` and `fitWidth` are the .xlsx's and Excel's only. A generated tab
 * that exists without the A1 mark is refused, and then nothing is written at all.
 */
import {
  type ExistingTab,
  isMarked,
  otherLanguageName,
  planGeneratedWrite,
  type RefusedTab,
  type WriteOutcome,
} from "../core/app/index.js";
import type { Lang, OutputSheet } from "../core/types.js";
import { insertChart } from "./chart.js";
import { columnPixels, type LinkCell, toSheetsGrid } from "./grid.js";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type SheetT = GoogleAppsScript.Spreadsheet.Sheet;

export interface WriteOptions {
  readonly lang: Lang;
  /**
   * `generated`: tabs carrying the A1 mark, replaced whole (refused when unmarked).
   * `template`: input tabs, only created when missing (existing ones are left alone).
   */
  readonly mode: "generated" | "template";
  /** Which existing tab stands for an output name (default: same name). */
  readonly existing?: (spreadsheet: Spreadsheet, name: string) => SheetT | null;
}

/** An existing tab as the write guard needs it: its name and the text of its A1. */
function existingTab(sheet: SheetT): ExistingTab {
  const a1: unknown = sheet.getRange(1, 1).getValues()[0]?.[0];
  return { name: sheet.getName(), a1: typeof a1 === "string" ? a1 : null };
}

/** Whether a tab's A1 starts with the generated mark. */
export function hasGeneratedMark(sheet: SheetT): boolean {
  return isMarked(existingTab(sheet).a1);
}

function ensureSize(sheet: SheetT, rows: number, cols: number): void {
  const maxRows = sheet.getMaxRows();
  if (maxRows < rows) sheet.insertRowsAfter(maxRows, rows - maxRows);
  const maxCols = sheet.getMaxColumns();
  if (maxCols < cols) sheet.insertColumnsAfter(maxCols, cols - maxCols);
}

function resetSheet(sheet: SheetT): void {
  sheet.clear();
  sheet.getFilter()?.remove();
  for (const chart of sheet.getCharts()) sheet.removeChart(chart);
  sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns()).clearDataValidations();
}

/** Links, one `setRichTextValues` per run of consecutive link cells in a column. */
function writeLinks(spreadsheet: Spreadsheet, sheet: SheetT, links: readonly LinkCell[]): void {
  const gids = new Map<string, number | null>();
  const gidOf = (name: string) => {
    if (!gids.has(name)) gids.set(name, spreadsheet.getSheetByName(name)?.getSheetId() ?? null);
    return gids.get(name) ?? null;
  };
  const sorted = [...links].sort((a, b) => a.col - b.col || a.row - b.row);
  let run: LinkCell[] = [];
  const flush = () => {
    const first = run[0];
    if (!first) return;
    const texts = run.map((l) => {
      const gid = gidOf(l.sheet);
      const builder = SpreadsheetApp.newRichTextValue().setText(l.text);
      return [(gid === null ? builder : builder.setLinkUrl(`#gid=${gid}&range=${l.cell}`)).build()];
    });
    sheet.getRange(first.row + 1, first.col + 1, run.length, 1).setRichTextValues(texts);
    run = [];
  };
  for (const link of sorted) {
    const last = run[run.length - 1];
    if (last && (last.col !== link.col || last.row + 1 !== link.row)) flush();
    run.push(link);
  }
  flush();
}

/** Writes one output sheet into `sheet` (already checked): values, formats, layout, charts. */
export function writeSheet(spreadsheet: Spreadsheet, sheet: SheetT, out: OutputSheet): void {
  const grid = toSheetsGrid(out, spreadsheet.getSpreadsheetTimeZone());
  ensureSize(sheet, grid.height, Math.max(grid.width, out.columnWidths.length));
  // Formats first: a value typed into a cell already formatted is shown with that format.
  const range = sheet.getRange(1, 1, grid.height, grid.width);
  range.setNumberFormats(grid.formats);
  range.setValues(grid.values);
  // null resets a fill or a colour to the default; the typings only admit strings.
  range.setBackgrounds(grid.backgrounds as string[][]);
  range.setFontWeights(grid.weights);
  range.setFontColors(grid.colors as string[][]);
  if (grid.wrapped) {
    const { WRAP, OVERFLOW } = SpreadsheetApp.WrapStrategy;
    range.setWrapStrategies(grid.wrapped.map((row) => row.map((w) => (w ? WRAP : OVERFLOW))));
  }
  writeLinks(spreadsheet, sheet, grid.links);
  sheet.setFrozenRows(out.frozenRows);
  sheet.setFrozenColumns(out.frozenColumns ?? 0);
  out.columnWidths.forEach((w, i) => {
    sheet.setColumnWidth(i + 1, columnPixels(w));
  });
  const area = (a: { row: number; col: number; rows: number; cols: number }) =>
    sheet.getRange(a.row + 1, a.col + 1, a.rows, a.cols);
  const filter = out.filters[0];
  if (filter) area(filter).createFilter();
  for (const v of out.validations ?? []) {
    const rule = SpreadsheetApp.newDataValidation()
      .requireValueInList([...v.values], true)
      .setAllowInvalid(true)
      .build();
    area(v.area).setDataValidation(rule);
  }
  for (const chart of out.charts) insertChart(sheet, area(chart.data), chart, out);
  if (out.tabColor) sheet.setTabColor(out.tabColor);
}

const sameName = (spreadsheet: Spreadsheet, name: string) => spreadsheet.getSheetByName(name);

/**
 * Where each generated tab goes, by the application layer's rule (planGeneratedWrite): its own
 * marked tab, else its other language's marked tab (renamed when written), else a new one.
 */
function generatedTargets(
  spreadsheet: Spreadsheet,
  sheets: readonly OutputSheet[],
  options: WriteOptions,
  existingOf: (spreadsheet: Spreadsheet, name: string) => SheetT | null,
): { targets: { out: OutputSheet; sheet: SheetT | null }[]; refused: RefusedTab[] } {
  const names = sheets.map((s) => s.name);
  const found = new Map<string, SheetT>();
  for (const name of [...names, ...names.map(otherLanguageName)]) {
    const sheet = name === null ? null : existingOf(spreadsheet, name);
    if (sheet) found.set(sheet.getName(), sheet);
  }
  const existing = [...found.values()].map(existingTab);
  const plan = planGeneratedWrite(names, existing, options.lang);
  const targets = sheets.map((out, i) => {
    const replaces = plan.targets[i]?.replaces ?? null;
    return { out, sheet: replaces === null ? null : (found.get(replaces) ?? null) };
  });
  return { targets, refused: plan.refused };
}

/** Deletes the tabs, ignoring a failure (the error that led here is the one to report). */
function removeQuietly(spreadsheet: Spreadsheet, tabs: readonly SheetT[]): void {
  for (const tab of tabs) {
    try {
      spreadsheet.deleteSheet(tab);
    } catch {
      // Left as it is: the user sees it and can delete it.
    }
  }
}

/**
 * Writes output sheets (call it under the document lock). In `generated` mode every target is
 * checked first: one unmarked tab and nothing is written. In `template` mode a failure half-way
 * (a quota, a service error) deletes the tabs this call inserted — they hold only what it wrote —
 * before the error goes on, so that Créer la fiche, which skips a tab that exists, writes them
 * whole next time.
 */
export function writeOutputSheets(
  spreadsheet: Spreadsheet,
  sheets: readonly OutputSheet[],
  options: WriteOptions,
): WriteOutcome {
  const existingOf = options.existing ?? sameName;
  const { targets, refused } =
    options.mode === "generated"
      ? generatedTargets(spreadsheet, sheets, options, existingOf)
      : { targets: sheets.map((out) => ({ out, sheet: existingOf(spreadsheet, out.name) })), refused: [] };
  if (refused.length > 0) return { written: [], refused };
  const written: string[] = [];
  const inserted: SheetT[] = [];
  try {
    for (const { out, sheet } of targets) {
      if (sheet && options.mode === "template") {
        refused.push({
          sheet: sheet.getName(),
          reason: options.lang === "en" ? "already there, left unchanged" : "déjà présent, laissé tel quel",
        });
        continue;
      }
      const target = sheet ?? spreadsheet.insertSheet(out.name);
      if (!sheet) inserted.push(target);
      if (sheet) resetSheet(sheet);
      if (sheet && sheet.getName() !== out.name) sheet.setName(out.name);
      writeSheet(spreadsheet, target, out);
      written.push(out.name);
    }
  } catch (error) {
    if (options.mode === "template") removeQuietly(spreadsheet, inserted);
    throw error;
  }
  return { written, refused };
}
