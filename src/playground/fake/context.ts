/**
 * The request context of the fake: like Office.js, every read and write is queued and only
 * happens at `sync()`. It counts syncs, refuses a request whose queued values exceed Excel on
 * the web's 5 MB payload, and a response over five million cells.
 */
import type { MemWorkbook } from "./memory.js";

/** Excel on the web's request payload limit. */
export const PAYLOAD_LIMIT_BYTES = 5 * 1024 * 1024;
/** Cells one request may read. */
export const READ_CELL_LIMIT = 5_000_000;

export interface FakeStats {
  syncs: number;
  /** Payload (JSON bytes of queued values and formats) of each sync. */
  payloads: number[];
  /** Cells read by each sync. */
  cellsRead: number[];
  /** Response size (JSON bytes of loaded values and formats) of each sync. */
  responses: number[];
}

/** An error shaped like OfficeExtension.Error (`code` + message). */
export class FakeOfficeError extends Error {
  readonly code: string;
  constructor(code: string, message: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
  }
}

interface Op {
  readonly payload: number;
  /** Returns the number of cells read. */
  readonly apply: () => number | undefined;
}

export class FakeContext {
  readonly workbookModel: MemWorkbook;
  readonly stats: FakeStats;
  private queue: Op[] = [];
  private responseBytes = 0;

  private readonly afterSync: (() => void) | undefined;

  constructor(workbook: MemWorkbook, stats: FakeStats, afterSync?: () => void) {
    this.workbookModel = workbook;
    this.stats = stats;
    this.afterSync = afterSync;
  }

  enqueue(apply: () => number | undefined, payload = 0): void {
    this.queue.push({ apply, payload });
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
    this.stats.syncs += 1;
    const payload = ops.reduce((sum, op) => sum + op.payload, 0);
    this.stats.payloads.push(payload);
    if (payload > PAYLOAD_LIMIT_BYTES) {
      throw new FakeOfficeError(
        "RequestPayloadSizeLimitExceeded",
        `The request payload size (${payload} bytes) has exceeded the limit.`,
      );
    }
    let cells = 0;
    this.responseBytes = 0;
    try {
      for (const op of ops) {
        cells += op.apply() ?? 0;
        if (cells > READ_CELL_LIMIT) {
          throw new FakeOfficeError("ResponsePayloadSizeLimitExceeded", `The response would hold ${cells} cells.`);
        }
      }
    } finally {
      this.stats.cellsRead.push(cells);
      this.stats.responses.push(this.responseBytes);
      this.afterSync?.();
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
