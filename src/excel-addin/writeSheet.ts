/**
 * Queues the writing of one generated tab on an Office.js request context: values and number
 * formats in row chunks that keep each request under Excel on the web's 5 MB payload, then
 * styles, links, widths, frozen rows, auto-filter, drop-down lists and charts.
 */
import { a1 } from "../core/cells/a1.js";
import { styleLook } from "../core/report/look.js";
import type { ChartIntent, OutputSheet } from "../core/types.js";
import { planSheet, type SheetPlan } from "./sheetPlan.js";

/** Payload kept per request, under the 5 MB limit with room for the rest of the request. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Points per character of a column width. */
const POINTS_PER_CHAR = 6;

/** Flushes the queue with `context.sync()` whenever the next piece would overflow the budget. */
export class PayloadBatch {
  private used = 0;
  syncs = 0;
  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = DEFAULT_PAYLOAD_BUDGET,
  ) {}

  /** Makes room for `bytes` more, syncing first if they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.used > 0 && this.used + bytes > this.budget) await this.flush();
    this.used += bytes;
  }

  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs += 1;
    this.used = 0;
  }
}

/** Consecutive row runs whose values + formats JSON stays under `budget` (a longer row goes alone). */
function rowChunks(plan: SheetPlan, budget: number): { start: number; rows: number; bytes: number }[] {
  const chunks: { start: number; rows: number; bytes: number }[] = [];
  let start = 0;
  let bytes = 0;
  for (let r = 0; r < plan.rows; r++) {
    const size = JSON.stringify(plan.values[r]).length + JSON.stringify(plan.formats[r]).length + 2;
    if (r > start && bytes + size > budget) {
      chunks.push({ start, rows: r - start, bytes });
      start = r;
      bytes = 0;
    }
    bytes += size;
  }
  if (plan.rows > start) chunks.push({ start, rows: plan.rows - start, bytes });
  return chunks;
}

function chartType(intent: ChartIntent): Excel.ChartType {
  const kind = intent.kind === "bar" ? "Bar" : "Column";
  return `${kind}${intent.stacked ? "Stacked" : "Clustered"}` as Excel.ChartType;
}

/** How an existing generated tab is emptied before it is written again. */
function resetSheet(ws: Excel.Worksheet, existing: ExistingSheet): void {
  for (let i = 0; i < existing.charts; i++) ws.charts.getItemAt(0).delete();
  if (existing.filtered) ws.autoFilter.remove();
  ws.freezePanes.unfreeze();
  const all = ws.getRange();
  all.dataValidation.clear();
  all.clear();
}

export interface ExistingSheet {
  readonly name: string;
  /** Charts on the sheet, deleted before it is written again. */
  readonly charts: number;
  /** Whether the sheet has an AutoFilter (removed before writing). */
  readonly filtered: boolean;
}

/**
 * Queues the full write of `sheet`: into `existing` (cleared first) or a new tab.
 * Syncs only when the payload budget requires it; the caller flushes at the end.
 */
export async function queueSheetWrite(
  context: Excel.RequestContext,
  batch: PayloadBatch,
  sheet: OutputSheet,
  existing: ExistingSheet | null,
  budget: number = DEFAULT_PAYLOAD_BUDGET,
): Promise<void> {
  const sheets = context.workbook.worksheets;
  const ws = existing ? sheets.getItem(existing.name) : sheets.add(sheet.name);
  if (existing) resetSheet(ws, existing);
  const plan = planSheet(sheet);
  for (const chunk of rowChunks(plan, budget)) {
    await batch.room(chunk.bytes);
    const range = ws.getRangeByIndexes(chunk.start, 0, chunk.rows, plan.cols);
    range.numberFormat = plan.formats.slice(chunk.start, chunk.start + chunk.rows);
    range.values = plan.values.slice(chunk.start, chunk.start + chunk.rows);
  }
  for (const area of sheet.styles) {
    const look = styleLook(area.style);
    if (!look.fill && !look.color && !look.bold && !look.italic && !look.size) continue;
    await batch.room(200);
    const range = ws.getRangeByIndexes(area.row, area.col, Math.max(1, area.rows), Math.max(1, area.cols));
    if (look.fill) range.format.fill.color = look.fill;
    if (look.color) range.format.font.color = look.color;
    if (look.bold) range.format.font.bold = true;
    if (look.italic) range.format.font.italic = true;
    if (look.size) range.format.font.size = look.size;
  }
  for (const link of plan.links) {
    await batch.room(200 + link.text.length + link.sheet.length);
    ws.getRangeByIndexes(link.row, link.col, 1, 1).hyperlink = {
      documentReference: `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`,
      textToDisplay: link.text,
    };
  }
  sheet.columnWidths.forEach((width, col) => {
    if (width > 0) ws.getRangeByIndexes(0, col, 1, 1).format.columnWidth = Math.round(width * POINTS_PER_CHAR);
  });
  if (sheet.frozenRows > 0) ws.freezePanes.freezeRows(sheet.frozenRows);
  const filter = sheet.filters[0];
  if (filter) ws.autoFilter.apply(ws.getRangeByIndexes(filter.row, filter.col, filter.rows, filter.cols));
  for (const v of sheet.validations ?? []) {
    await batch.room(200 + JSON.stringify(v.values).length);
    ws.getRangeByIndexes(v.area.row, v.area.col, v.area.rows, v.area.cols).dataValidation.rule = {
      list: { inCellDropDown: true, source: v.values.join(",") },
    };
  }
  for (const intent of sheet.charts) {
    const data = ws.getRangeByIndexes(intent.data.row, intent.data.col, intent.data.rows, intent.data.cols);
    const chart = ws.charts.add(chartType(intent), data, "Auto" as Excel.ChartSeriesBy);
    chart.title.text = intent.title;
    chart.setPosition(a1(intent.anchor.row + 1, intent.anchor.col));
  }
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
}
