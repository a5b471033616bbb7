/**
 * The Excel workbook as the core sees it, read and written in a constant number of
 * `context.sync()` calls whatever its size:
 * - `readAll`: one sync (every sheet's used range, values + number formats, chart count,
 *   protection, and the workbook's date system and state), or two the first time / when tabs
 *   were added (the sheet names must be known before their ranges).
 * - `writeSheets`: one sync with the snapshot of a read (A1 marks come with the data), more only
 *   when the values exceed the 5 MB request payload and are chunked.
 * Every batch runs with `delayForCellEdit` (see {@link RUN_OPTIONS}).
 */
import { otherLanguageName, planGeneratedWrite, templateTabsToAdd, type WriteOutcome } from "../core/app/index.js";
import type { Cell, Lang, OutputSheet, Sheet, WorkbookGrid } from "../core/types.js";
import { rowsFromRange } from "./cells.js";
import { interruptedMark } from "./messages.js";
import { InterruptedWriteError, officeErrorCode, TemplateLeftoverError } from "./officeErrors.js";
import { isPayloadTooLarge, readInBlocks } from "./readInBlocks.js";
import { queueWorkbookState, type WorkbookState } from "./workbookState.js";
import { sameSheet, writeRefusals } from "./writeChecks.js";
import { DEFAULT_PAYLOAD_BUDGET, PayloadBatch, queueSheetWrite } from "./writeSheet.js";

/** `Excel.run` with {@link RUN_OPTIONS}, or the fake's. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The options of every batch. `delayForCellEdit`: "if the user is in cell edit mode then the
 * batch request is delayed until the user exits cell edit mode" instead of failing
 * (`Excel.RunOptions`; "Delay execution while cell is being edited",
 * https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit). The
 * `Excel.run(options, batch)` overload is in the reference from ExcelApi 1.1 on.
 */
export const RUN_OPTIONS = { delayForCellEdit: true } as const;

/**
 * The run every batch of the add-in goes through.
 * @example new ExcelWorkbookIO(delayedRun(Excel))
 */
export function delayedRun(excel: {
  run<T>(options: Excel.RunOptions, batch: (c: Excel.RequestContext) => Promise<T>): Promise<T>;
}): ExcelRun {
  return (batch) => excel.run(RUN_OPTIONS, batch);
}

export interface SheetState {
  readonly name: string;
  readonly position: number;
  /** The value of A1 (where a generated tab carries its mark). */
  readonly a1: Cell;
  readonly charts: number;
  /** Whether the sheet has an AutoFilter. */
  readonly filtered: boolean;
  /** `worksheet.protection.protected` (ExcelApi 1.2): Excel refuses to change it. */
  readonly protected: boolean;
}

export interface WorkbookSnapshot {
  readonly grid: WorkbookGrid;
  readonly sheets: readonly SheetState[];
  readonly book: WorkbookState;
}

export interface WriteOptions {
  readonly lang?: Lang;
  /** The states read with the data: no extra sync to check the marks. */
  readonly snapshot?: WorkbookSnapshot;
  /** The action that writes (what an interrupted tab's A1 tells to run again); default `compute`. */
  readonly action?: "compute" | "consolidate";
}

interface PendingRead {
  readonly used: Excel.Range;
  readonly charts: Excel.ChartCollection;
  readonly filter: Excel.AutoFilter;
  readonly protection: Excel.WorksheetProtection;
}

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
    ws.charts.load("count");
    ws.autoFilter.load("enabled");
    ws.protection.load("protected");
    return { used, charts: ws.charts, filter: ws.autoFilter, protection: ws.protection };
  }

  private async readWith(context: Excel.RequestContext, guess: readonly string[]): Promise<WorkbookSnapshot> {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    const bookState = queueWorkbookState(context);
    const pending = new Map<string, PendingRead>(guess.map((name) => [name, this.queueRead(context, name)]));
    await context.sync();
    const names = collection.items.map((ws) => ws.name);
    const missing = names.filter((name) => !pending.has(name));
    for (const name of missing) pending.set(name, this.queueRead(context, name));
    if (missing.length > 0) await context.sync();
    this.knownNames = names;
    const book = bookState();
    const sheets: Sheet[] = [];
    const states: SheetState[] = [];
    names.forEach((name, position) => {
      const read = pending.get(name) as PendingRead;
      const { used } = read;
      const rows = used.isNullObject
        ? []
        : rowsFromRange(used.values, used.numberFormat, used.rowIndex, used.columnIndex, book.dateSystem);
      sheets.push({ name, rows });
      states.push({
        name,
        position,
        a1: rows[0]?.[0] ?? null,
        charts: read.charts.count,
        filtered: read.filter.enabled,
        protected: read.protection.protected,
      });
    });
    return { grid: { sheets }, sheets: states, book };
  }

  /**
   * Every sheet's values (dates converted with their number format and the workbook's date
   * system), and each sheet's A1 mark. One sync when the sheet names are known from the previous
   * call, two otherwise; a workbook too large for one response (5 MB on the web) is read in row
   * blocks (more syncs).
   */
  async readAll(): Promise<WorkbookSnapshot> {
    const guess = this.knownNames;
    try {
      return await this.run((context) => this.readWith(context, guess));
    } catch (error) {
      if (isPayloadTooLarge(error)) return this.readLarge();
      // Only a guessed name that is gone (`getItem` → ItemNotFound) is worth a second read.
      if (guess.length === 0 || officeErrorCode(error) !== "ItemNotFound") throw error;
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

  /** The states of the named sheets that exist and the workbook's (two syncs), for a write without a snapshot. */
  private async readStates(
    context: Excel.RequestContext,
    targets: readonly string[],
  ): Promise<Omit<WorkbookSnapshot, "grid">> {
    const collection = context.workbook.worksheets;
    collection.load("items/name");
    const bookState = queueWorkbookState(context);
    await context.sync();
    const book = bookState();
    const names = collection.items.map((ws) => ws.name);
    const wanted = names.filter((name) => targets.some((t) => sameSheet(t, name)));
    const reads = wanted.map((name) => {
      const ws = context.workbook.worksheets.getItem(name);
      const a1 = ws.getRange("A1");
      a1.load("values,numberFormat");
      ws.charts.load("count");
      ws.autoFilter.load("enabled");
      ws.protection.load("protected");
      return { name, a1, charts: ws.charts, filter: ws.autoFilter, protection: ws.protection };
    });
    if (reads.length > 0) await context.sync();
    const sheets = reads.map((r) => ({
      name: r.name,
      position: names.indexOf(r.name),
      a1: rowsFromRange(r.a1.values, r.a1.numberFormat, 0, 0, book.dateSystem)[0]?.[0] ?? null,
      charts: r.charts.count,
      filtered: r.filter.enabled,
      protected: r.protection.protected,
    }));
    return { sheets, book };
  }

  /**
   * Writes generated tabs by the application layer's rule (planGeneratedWrite): if a tab exists
   * without the mark in A1 (or is protected, or must be added to a protected structure), it is
   * refused and nothing is written; otherwise a marked one (or its other language's marked one,
   * renamed) is cleared and rewritten, a missing one created. One sync with a snapshot. When a sync fails
   * after some commands went through, throws {@link InterruptedWriteError} naming the tabs left
   * incomplete (their A1 says so).
   */
  async writeSheets(sheets: readonly OutputSheet[], options: WriteOptions = {}): Promise<WriteOutcome> {
    const lang = options.lang ?? "fr";
    const action = options.action ?? "compute";
    const mark = interruptedMark(action, lang);
    let batch: PayloadBatch | null = null;
    try {
      return await this.run(async (context) => {
        const names = sheets.map((s) => s.name);
        const aliases = names.map(otherLanguageName).filter((n): n is string => n !== null);
        const { sheets: states, book } = options.snapshot ?? (await this.readStates(context, [...names, ...aliases]));
        const refused = writeRefusals(sheets, states, book, action, lang);
        if (refused.length > 0) return { written: [], refused };
        const plan = planGeneratedWrite(names, states, lang, sameSheet);
        const written: string[] = [];
        batch = new PayloadBatch(context, this.budget);
        for (const [i, sheet] of sheets.entries()) {
          const replaces = plan.targets[i]?.replaces ?? null;
          const existing = replaces === null ? null : (states.find((s) => s.name === replaces) ?? null);
          const options = { budget: this.budget, dateSystem: book.dateSystem, interrupted: mark };
          await queueSheetWrite(context, batch, sheet, existing, options);
          // A tab replaced under its own name keeps the user's spelling; another language's takes the new name.
          const name = existing && sameSheet(existing.name, sheet.name) ? existing.name : sheet.name;
          written.push(name);
          this.knownNames = [...this.knownNames.filter((n) => n !== existing?.name), name];
        }
        if (written.length > 0) await batch.flush();
        return { written, refused };
      });
    } catch (error) {
      const unfinished = (batch as PayloadBatch | null)?.unfinished() ?? [];
      const incomplete = unfinished.length > 0 ? await this.marked(unfinished, mark) : [];
      if (incomplete.length > 0) throw new InterruptedWriteError(incomplete, error);
      throw error;
    }
  }

  /**
   * After a failed write: which of `tabs` hold the interrupted mark in A1 (two syncs). If Excel
   * cannot even answer that, every tab is named: better a tab said incomplete that is not.
   */
  private async marked(tabs: readonly string[], mark: string): Promise<string[]> {
    try {
      return await this.run(async (context) => {
        const collection = context.workbook.worksheets;
        collection.load("items/name");
        await context.sync();
        const present = collection.items.map((ws) => ws.name).filter((name) => tabs.some((t) => sameSheet(t, name)));
        const cells = present.map((name) => {
          const a1 = context.workbook.worksheets.getItem(name).getRange("A1");
          a1.load("values");
          return { name, a1 };
        });
        if (cells.length > 0) await context.sync();
        return cells.filter((c) => c.a1.values[0]?.[0] === mark).map((c) => c.name);
      });
    } catch {
      return [...tabs];
    }
  }

  /**
   * Adds the template tabs that are missing (by any accepted name); never touches an existing tab.
   * The tabs are written in several requests: if one fails, the tabs this call added are deleted
   * again (they held nothing but what it wrote), so that the next Créer la fiche writes them whole
   * — it skips a tab that exists. When even that fails, throws {@link TemplateLeftoverError}
   * naming them.
   */
  async createTemplateTabs(lang: Lang): Promise<WriteOutcome> {
    let adding: readonly string[] = [];
    try {
      return await this.addTemplateTabs(lang, (names) => {
        adding = names;
      });
    } catch (error) {
      if (adding.length === 0) throw error;
      const left = await this.deleteTabs(adding);
      if (left.length > 0) throw new TemplateLeftoverError(left, error);
      throw error;
    }
  }

  /** Deletes those of `names` that exist (two syncs); returns the ones still there, all of them if Excel fails. */
  private async deleteTabs(names: readonly string[]): Promise<string[]> {
    try {
      await this.run(async (context) => {
        const collection = context.workbook.worksheets;
        collection.load("items/name");
        await context.sync();
        for (const ws of collection.items) if (names.some((n) => sameSheet(n, ws.name))) ws.delete();
        await context.sync();
      });
      this.knownNames = this.knownNames.filter((k) => !names.some((n) => sameSheet(n, k)));
      return [];
    } catch {
      return [...names];
    }
  }

  private async addTemplateTabs(lang: Lang, adding: (names: readonly string[]) => void): Promise<WriteOutcome> {
    return this.run(async (context) => {
      const collection = context.workbook.worksheets;
      collection.load("items/name");
      const bookState = queueWorkbookState(context);
      await context.sync();
      const missing = templateTabsToAdd(
        collection.items.map((ws) => ws.name),
        lang,
      );
      if (missing.length === 0) return { written: [], refused: [] };
      const book = bookState();
      const refused = writeRefusals(missing, [], book, "template", lang);
      if (refused.length > 0) return { written: [], refused };
      adding(missing.map((s) => s.name));
      const batch = new PayloadBatch(context, this.budget);
      for (const sheet of missing) {
        await queueSheetWrite(context, batch, sheet, null, { budget: this.budget, dateSystem: book.dateSystem });
      }
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
