/**
 * The Excel workbook as the core sees it, read and written in a constant number of
 * `context.sync()` calls whatever its size:
 * - `readAll`: one sync (every sheet's used range, values + number formats, chart count), or two
 *   the first time / when tabs were added (the sheet names must be known before their ranges).
 * - `writeSheets`: one sync with the snapshot of a read (A1 marks come with the data), more only
 *   when the values exceed the 5 MB request payload and are chunked.
 */
import { refusedTabs, templateTabsToAdd, type WriteOutcome } from "../core/app/index.js";
import type { Cell, Lang, OutputSheet, Sheet, WorkbookGrid } from "../core/types.js";
import { rowsFromRange } from "./cells.js";
import { isPayloadTooLarge, readInBlocks } from "./readInBlocks.js";
import { DEFAULT_PAYLOAD_BUDGET, PayloadBatch, queueSheetWrite } from "./writeSheet.js";

/** `Excel.run`, or the fake's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface SheetState {
  readonly name: string;
  readonly position: number;
  /** The value of A1 (where a generated tab carries its mark). */
  readonly a1: Cell;
  readonly charts: number;
  /** Whether the sheet has an AutoFilter. */
  readonly filtered: boolean;
}

export interface WorkbookSnapshot {
  readonly grid: WorkbookGrid;
  readonly sheets: readonly SheetState[];
}

export interface WriteOptions {
  readonly lang?: Lang;
  /** The states read with the data: no extra sync to check the marks. */
  readonly snapshot?: WorkbookSnapshot;
}

interface PendingRead {
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
  readonly filter: Excel.AutoFilter;
}

/** Excel's own rule for two sheet names being the same sheet (case-insensitive). */
const sameSheet = (a: string, b: string) => a.toLocaleLowerCase() === b.toLocaleLowerCase();

export class ExcelWorkbookIO {
  private knownNames: string[] = [];
  private readonly run: ExcelRun;
  private readonly budget: number;

  constructor(run: ExcelRun, options: { readonly payloadBudget?: number } = {}) {
    this.run = run;
    this.budget = options.payloadBudget ?? DEFAULT_PAYLOAD_BUDGET;
  }

  private queueRead(context: Excel.RequestContext, name: string): PendingRead {
    const ws = context.workbook.worksheets.getItem(name);
    const used = ws.getUsedRangeOrNullObject(true);
    used.load("values,numberFormat,rowIndex,columnIndex");
    const charts = ws.charts;
    charts.load("count");
    const filter = ws.autoFilter;
    filter.load("enabled");
    return { used, charts, filter };
  }

  private async readWith(context: Excel.RequestContext, guess: readonly string[]): Promise<WorkbookSnapshot> {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    const pending = new Map<string, PendingRead>(guess.map((name) => [name, this.queueRead(context, name)]));
    await context.sync();
    const names = collection.items.map((ws) => ws.name);
    const missing = names.filter((name) => !pending.has(name));
    for (const name of missing) pending.set(name, this.queueRead(context, name));
    if (missing.length > 0) await context.sync();
    this.knownNames = names;
    const sheets: Sheet[] = [];
    const states: SheetState[] = [];
    names.forEach((name, position) => {
      const read = pending.get(name) as PendingRead;
      const rows = read.used.isNullObject
        ? []
        : rowsFromRange(read.used.values, read.used.numberFormat, read.used.rowIndex, read.used.columnIndex);
      sheets.push({ name, rows });
      states.push({
        name,
        position,
        a1: rows[0]?.[0] ?? null,
        charts: read.charts.count,
        filtered: read.filter.enabled,
      });
    });
    return { grid: { sheets }, sheets: states };
  }

  /**
   * Every sheet's values (dates converted with their number format), and each sheet's A1 mark.
   * One sync when the sheet names are known from the previous call, two otherwise; a workbook
   * too large for one response (5 MB on the web) is read in row blocks (more syncs).
   */
  async readAll(): Promise<WorkbookSnapshot> {
    const guess = this.knownNames;
    try {
      return await this.run((context) => this.readWith(context, guess));
    } catch (error) {
      if (isPayloadTooLarge(error)) return this.readLarge();
      if (guess.length === 0) throw error;
    }
    // A tab was renamed or deleted since the last read: read again from the names.
    this.knownNames = [];
    try {
      return await this.run((context) => this.readWith(context, []));
    } catch (error) {
      if (isPayloadTooLarge(error)) return this.readLarge();
      throw error;
    }
  }

  private async readLarge(): Promise<WorkbookSnapshot> {
    const snapshot = await this.run((context) => readInBlocks(context));
    this.knownNames = snapshot.sheets.map((s) => s.name);
    return snapshot;
  }

  /** A1 and chart count of the named sheets that exist (two syncs), for a write without a snapshot. */
  private async readStates(context: Excel.RequestContext, targets: readonly string[]): Promise<SheetState[]> {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    await context.sync();
    const names = collection.items.map((ws) => ws.name);
    const wanted = names.filter((name) => targets.some((t) => sameSheet(t, name)));
    const reads = wanted.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const a1 = ws.getRange("A1");
      a1.load("values,numberFormat");
      ws.charts.load("count");
      ws.autoFilter.load("enabled");
      return { name, a1, charts: ws.charts, filter: ws.autoFilter };
    });
    if (reads.length > 0) await context.sync();
    return reads.map((r) => ({
      name: r.name,
      position: names.indexOf(r.name),
      a1: rowsFromRange(r.a1.values, r.a1.numberFormat, 0, 0)[0]?.[0] ?? null,
      charts: r.charts.count,
      filtered: r.filter.enabled,
    }));
  }

  /**
   * Writes generated tabs: if a tab exists without the mark in A1, it is refused and nothing is
   * written; otherwise a marked one is cleared and rewritten, a missing one created. One sync
   * with a snapshot.
   */
  async writeSheets(sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<WriteOutcome> {
    const lang = options.lang ?? "fr";
    return this.run(async (context) => {
      const states =
        options.snapshot?.sheets ??
        (await this.readStates(
          context,
          sheets.map((s) => s.name),
        ));
      const written: string[] = [];
      const existingOf = (name: string) => states.find((s) => sameSheet(s.name, name)) ?? null;
      // SPEC §1: an unmarked tab of a generated name is an error, and nothing is written.
      const refused = refusedTabs(
        sheets.map((sheet) => existingOf(sheet.name)),
        lang,
      );
      if (refused.length > 0) return { written, refused };
      const batch = new PayloadBatch(context, this.budget);
      for (const sheet of sheets) {
        const existing = existingOf(sheet.name);
        await queueSheetWrite(context, batch, sheet, existing, this.budget);
        written.push(existing?.name ?? sheet.name);
        if (!existing) this.knownNames.push(sheet.name);
      }
      if (written.length > 0) await batch.flush();
      return { written, refused };
    });
  }

  /** Adds the template tabs that are missing (by any accepted name); never touches an existing tab. */
  async createTemplateTabs(lang: Lang): Promise<WriteOutcome> {
    return this.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      await context.sync();
      const missing = templateTabsToAdd(
        collection.items.map((ws) => ws.name),
        lang,
      );
      if (missing.length === 0) return { written: [], refused: [] };
      const batch = new PayloadBatch(context, this.budget);
      for (const sheet of missing) await queueSheetWrite(context, batch, sheet, null, this.budget);
      await batch.flush();
      this.knownNames = [...collection.items.map((ws) => ws.name), ...missing.map((s) => s.name)];
      return { written: missing.map((s) => s.name), refused: [] };
    });
  }

  /** Activates the sheet and selects the cell (one sync). */
  async selectCell(sheet: string, address: string): Promise<void> {
    await this.run(async (context) => {
      const ws = context.workbook.worksheets.getItem(sheet);
      ws.activate();
      ws.getRange(address).select();
      await context.sync();
    });
  }
}
