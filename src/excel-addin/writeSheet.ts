/**
 * Queues the writing of one generated tab on an Office.js request context: values and number
 * formats in row chunks that keep each request under Excel on the web's 5 MB payload, then
 * styles, wrapped text, links, widths, frozen rows, auto-filter, drop-down lists, charts
 * (writeChart.ts) and the print set-up (pageLayout.ts).
 *
 * A tab is never left half-written without a word: Office applies a request's commands in order
 * and stops at the first that fails (`OfficeExtension.Error.traceMessages`), and a chunked write
 * spans several requests. So A1 first receives a mark that says the writing was interrupted
 * (it starts with the generated mark: the next run may rewrite the tab, SPEC §1), and the tab's
 * real A1 is its very last command. A tab whose writing stops anywhere in between says so in A1.
 */
import { styleLook } from "../core/report/look.js";
import { POINTS_PER_CHAR } from "../core/report/print.js";
import type { Area, OutputSheet } from "../core/types.js";
import type { DateSystem } from "./dateSystem.js";
import { queuePageLayout } from "./pageLayout.js";
import { planSheet, type SheetPlan } from "./sheetPlan.js";
import { queueChart } from "./writeChart.js";

/** Payload kept per request, under the 5 MB limit with room for the rest of the request. */
export const DEFAULT_PAYLOAD_BUDGET = 4_000_000;
/** Excel's grid: what "every cell but A1" spans. */
const MAX_ROWS = 1_048_576;
const MAX_COLS = 16_384;
/** The rule under a header row (the .xlsx's thin grey bottom border). */
const HEADER_RULE = "#808080";

/**
 * Flushes the queue with `context.sync()` whenever the next piece would overflow the budget, and
 * knows which tabs a successful sync has seen through to their last command.
 */
export class PayloadBatch {
  private used = 0;
  syncs = 0;
  /** Tabs whose first command was queued, in order. */
  readonly begun: string[] = [];
  /** Tabs whose last command went through a successful sync. */
  readonly done: string[] = [];
  private ending: string[] = [];

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
    this.done.push(...this.ending);
    this.ending = [];
  }

  begin(tab: string): void {
    this.begun.push(tab);
  }

  /** The tab's last command is queued: the next successful sync completes it. */
  end(tab: string): void {
    this.ending.push(tab);
  }

  /** Tabs begun and not seen through: after a failure, they may be half-written. */
  unfinished(): string[] {
    return this.begun.filter((tab) => !this.done.includes(tab));
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

export interface ExistingSheet {
  readonly name: string;
  /** Charts on the sheet, deleted before it is written again. */
  readonly charts: number;
  /** Whether the sheet has an AutoFilter (removed before writing). */
  readonly filtered: boolean;
}

/** How an existing generated tab is emptied before it is written again; A1 kept when `keepA1`. */
function resetSheet(ws: Excel.Worksheet, existing: ExistingSheet, keepA1: boolean): void {
  for (let i = 0; i < existing.charts; i++) ws.charts.getItemAt(0).delete();
  if (existing.filtered) ws.autoFilter.remove();
  ws.freezePanes.unfreeze();
  ws.getRange().dataValidation.clear();
  if (!keepA1) {
    ws.getRange().clear();
    return;
  }
  ws.getRangeByIndexes(0, 1, 1, MAX_COLS - 1).clear();
  ws.getRangeByIndexes(1, 0, MAX_ROWS - 1, MAX_COLS).clear();
}

export interface SheetWriteOptions {
  readonly budget?: number;
  readonly dateSystem?: DateSystem;
  /**
   * What A1 says while the tab is written (it must start with the generated mark); the tab's own
   * A1 is written last. Without it (template tabs, which carry no mark) A1 goes with the rest.
   */
  readonly interrupted?: string;
}

const rangeOf = (ws: Excel.Worksheet, area: Area) =>
  ws.getRangeByIndexes(area.row, area.col, Math.max(1, area.rows), Math.max(1, area.cols));

/** Cell looks of the style areas: fill, font, and a header's wrapped, centred text over a rule. */
async function queueStyles(ws: Excel.Worksheet, batch: PayloadBatch, sheet: OutputSheet): Promise<void> {
  for (const area of sheet.styles) {
    const look = styleLook(area.style);
    const header = area.style === "header";
    if (!header && !look.fill && !look.color && !look.bold && !look.italic && !look.size) continue;
    await batch.room(300);
    const range = rangeOf(ws, area);
    if (look.fill) range.format.fill.color = look.fill;
    if (look.color) range.format.font.color = look.color;
    if (look.bold) range.format.font.bold = true;
    if (look.italic) range.format.font.italic = true;
    if (look.size) range.format.font.size = look.size;
    if (header) {
      range.format.wrapText = true;
      range.format.verticalAlignment = "Center";
      const rule = range.format.borders.getItem("EdgeBottom");
      rule.style = "Continuous";
      rule.color = HEADER_RULE;
    }
  }
  for (const area of sheet.wrap ?? []) {
    await batch.room(200);
    const range = rangeOf(ws, area);
    range.format.wrapText = true;
    range.format.verticalAlignment = "Top";
  }
}

/**
 * Queues the full write of `sheet`: into `existing` (cleared first, and renamed when it is the
 * other language's tab) or a new tab.
 * Syncs only when the payload budget requires it; the caller flushes at the end.
 */
export async function queueSheetWrite(
  context: Excel.RequestContext,
  batch: PayloadBatch,
  sheet: OutputSheet,
  existing: ExistingSheet | null,
  options: SheetWriteOptions = {},
): Promise<void> {
  const budget = options.budget ?? DEFAULT_PAYLOAD_BUDGET;
  const mark = options.interrupted ?? null;
  const sheets = context.workbook.worksheets;
  const ws = existing ? sheets.getItem(existing.name) : sheets.add(sheet.name);
  const plan = planSheet(sheet, options.dateSystem);
  batch.begin(existing?.name ?? sheet.name);
  if (mark !== null) {
    const a1 = ws.getRange("A1");
    a1.numberFormat = [["@"]];
    a1.values = [[mark]];
  }
  if (existing) resetSheet(ws, existing, mark !== null);
  for (const chunk of rowChunks(plan, budget)) {
    await batch.room(chunk.bytes);
    const range = ws.getRangeByIndexes(chunk.start, 0, chunk.rows, plan.cols);
    const values = plan.values.slice(chunk.start, chunk.start + chunk.rows);
    const first = values[0];
    if (mark !== null && chunk.start === 0 && first) values[0] = [mark, ...first.slice(1)];
    range.numberFormat = plan.formats.slice(chunk.start, chunk.start + chunk.rows);
    range.values = values;
  }
  await queueStyles(ws, batch, sheet);
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
  // Rows grow to their wrapped text once the widths are set ("autofit row heights").
  for (const area of [...sheet.styles.filter((a) => a.style === "header"), ...(sheet.wrap ?? [])]) {
    rangeOf(ws, area).format.autofitRows();
  }
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
    await batch.room(1_500 + intent.title.length);
    queueChart(ws, intent, sheet);
  }
  await batch.room(600);
  queuePageLayout(ws, sheet);
  if (sheet.tabColor) ws.tabColor = sheet.tabColor;
  const own = plan.values[0]?.[0];
  if (mark !== null && own !== undefined) ws.getRange("A1").values = [[own]];
  // The other language's tab it replaces takes this tab's name, last: every write above names the old one.
  if (existing && existing.name.toLocaleLowerCase() !== sheet.name.toLocaleLowerCase()) ws.name = sheet.name;
  batch.end(existing?.name ?? sheet.name);
}
