/**
 * The request context of the fake: like Office.js, every read and write is queued and only
 * happens at `sync()`. It counts syncs, refuses a request whose queued values exceed Excel on
 * the web's 5 MB payload, and a response over five million cells; it fails or waits while the
 * user edits a cell, and fails where a test scheduled it (session.ts says after which docs).
 */
import type { MemSheet, MemWorkbook } from "./memory.js";
import { FakeOfficeError, type FakeSession } from "./session.js";

export { FakeOfficeError } from "./session.js";

/** Excel on the web's request payload limit. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Cells one request may read. */
export const READ_CELL_LIMIT = 5_000_000;

interface Op {
  readonly payload: number;
  /** Returns the number of cells read. */
  readonly apply: () => number | undefined;
}

/** Office's message, localised as a French Excel would give it (the pane must not show it). */
const CELL_EDIT_MESSAGE =
  "Excel est en mode Modification de cellule. Quittez ce mode en appuyant sur Entrée ou Tab, ou en sélectionnant une autre cellule, puis réessayez.";

export class FakeContext {
  readonly workbookModel: MemWorkbook;
  readonly session: FakeSession;
  /** `Excel.RunOptions.delayForCellEdit` of the run this context belongs to. */
  readonly delayForCellEdit: boolean;
  private queue: Op[] = [];
  private responseBytes = 0;

  constructor(workbook: MemWorkbook, session: FakeSession, delayForCellEdit = false) {
    this.workbookModel = workbook;
    this.session = session;
    this.delayForCellEdit = delayForCellEdit;
  }

  get stats() {
    return this.session.stats;
  }

  enqueue(apply: () => number | undefined, payload = 0): void {
    this.queue.push({ apply, payload });
  }

  /**
   * Throws `AccessDenied` ("You cannot perform the requested operation", Microsoft's error table)
   * where Excel refuses a change: a workbook open read-only (`Workbook.readOnly`, ExcelApi 1.8), a
   * protected sheet (`Excel.WorksheetProtection`, ExcelApi 1.2; support article "Protect a
   * worksheet": locked cells, formats and objects cannot be changed), or — when `structure` — a
   * protected workbook structure (`Excel.WorkbookProtection`, ExcelApi 1.7; "Protect a
   * workbook": sheets cannot be added, deleted, moved or renamed).
   */
  guardWrite(sheet: MemSheet | null, structure = false): void {
    const model = this.workbookModel;
    if (model.readOnly) throw new FakeOfficeError("AccessDenied");
    if (structure && model.structureProtected) throw new FakeOfficeError("AccessDenied");
    if (sheet?.protected) throw new FakeOfficeError("AccessDenied");
  }

  /** Counts loaded data toward the 5 MB response limit of the current sync. */
  addResponse(bytes: number): void {
    this.responseBytes += bytes;
    if (this.responseBytes > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "ResponsePayloadSizeLimitExceeded",
        `The response payload size (${this.responseBytes} bytes) has exceeded the limit.`,
      );
    }
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    const ops = this.queue;
    this.queue = [];
    const stats = this.session.stats;
    stats.syncs += 1;
    const number = stats.syncs;
    const payload = ops.reduce((sum, op) => sum + op.payload, 0);
    stats.payloads.push(payload);
    let cells = 0;
    this.responseBytes = 0;
    try {
      if (this.session.editing) {
        if (!this.delayForCellEdit) throw new FakeOfficeError("InvalidOperationInCellEditMode", CELL_EDIT_MESSAGE);
        await this.session.editEnded();
      }
      if (payload > PAYLOAD_LIMIT_BYTES) {
        throw new FakeOfficeError(
          "RequestPayloadSizeLimitExceeded",
          `The request payload size (${payload} bytes) has exceeded the limit.`,
        );
      }
      const fault = this.session.takeFault(number);
      const applied = fault ? Math.min(fault.afterOps ?? 0, ops.length) : ops.length;
      for (let i = 0; i < applied; i++) {
        cells += (ops[i] as Op).apply() ?? 0;
        if (cells > READ_CELL_LIMIT) {
          throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response would hold ${cells} cells.`);
        }
      }
      if (fault) throw new FakeOfficeError(fault.code, fault.message, `sync ${number}, command ${applied + 1}`);
    } finally {
      stats.cellsRead.push(cells);
      stats.responses.push(this.responseBytes);
      this.session.afterSync?.();
    }
    await Promise.resolve();
  }
}

/** JSON size of a value as it would travel in the request. */
export function payloadOf(value: unknown): number {
  return JSON.stringify(value)?.length ?? 0;
}

/** The base of every proxy: loaded properties are readable only after a sync. */
export class ClientObject {
  protected readonly ctx: FakeContext;
  private readonly loaded = new Map<string, unknown>();
  private nullState: boolean | undefined;

  constructor(ctx: FakeContext) {
    this.ctx = ctx;
  }

  get context(): FakeContext {
    return this.ctx;
  }

  /** Office.js: true after a sync when an `…OrNullObject` call found nothing. */
  get isNullObject(): boolean {
    if (this.nullState === undefined) throw notLoaded("isNullObject");
    return this.nullState;
  }

  protected setNullState(isNull: boolean): void {
    this.nullState = isNull;
  }

  /** Reads a loaded property, or throws like Office.js when it was not loaded and synced. */
  protected read<T>(prop: string): T {
    if (!this.loaded.has(prop)) throw notLoaded(prop);
    return this.loaded.get(prop) as T;
  }

  protected store(prop: string, value: unknown): void {
    this.loaded.set(prop, value);
  }

  /** Queues the load of properties (`"values,numberFormat"`, an array, or `{ select }`). */
  load(props?: string | readonly string[] | { select?: string }): this {
    const list = propList(props);
    this.ctx.enqueue(() => this.snapshot(list));
    return this;
  }

  /** Stores the listed properties; returns the number of cells read. Overridden by proxies. */
  protected snapshot(_props: readonly string[]): number {
    return 0;
  }
}

export function propList(props?: string | readonly string[] | { select?: string }): string[] {
  const raw =
    typeof props === "string"
      ? props
      : Array.isArray(props)
        ? props.join(",")
        : ((props as { select?: string } | undefined)?.select ?? "");
  return raw
    .split(",")
    .map((p) => p.trim())
    .filter(Boolean);
}

function notLoaded(prop: string): FakeOfficeError {
  return new FakeOfficeError(
    "PropertyNotLoaded",
    `The property '${prop}' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`,
  );
}
