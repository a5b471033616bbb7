/**
 * What the fake Excel application keeps across `Excel.run` calls: the counters, the user's cell
 * edit, and the failures a test schedules. Each behaviour is Microsoft's documented one:
 * - a cell being edited makes a batch fail, unless the run asked `delayForCellEdit`, in which
 *   case it waits until the edit ends ("Delay execution while cell is being edited",
 *   https://learn.microsoft.com/office/dev/add-ins/excel/excel-add-ins-delay-in-cell-edit, and
 *   `Excel.RunOptions.delayForCellEdit`: "When `false`, if the user is in cell edit when the batch
 *   request is processed by the host, the batch automatically fails");
 * - a failed request rejects `context.sync()` with an `OfficeExtension.Error` carrying `code`
 *   (not localised), `message` (localised, "not intended for consumption by end users") and
 *   `debugInfo` ("Error handling with the application-specific JavaScript APIs",
 *   https://learn.microsoft.com/office/dev/add-ins/testing/application-specific-api-error-handling);
 * - the commands of a request before the failing one are applied, the ones after it are not
 *   (`OfficeExtension.Error.traceMessages`: "All other commands after the failed command in the
 *   batch are not executed"): `afterOps` says how many were applied.
 */

export interface FakeStats {
  syncs: number;
  /** Payload (JSON bytes of queued values and formats) of each sync. */
  payloads: number[];
  /** Cells read by each sync. */
  cellsRead: number[];
  /** Response size (JSON bytes of loaded values and formats) of each sync. */
  responses: number[];
  /** The options of each `Excel.run` call, in order. */
  runs: { readonly delayForCellEdit: boolean }[];
}

/** A failure a test schedules: the Nth sync rejects with this code. */
export interface FakeFault {
  /** An `Excel.ErrorCodes` / `OfficeExtension.ErrorCodes` value, e.g. `AccessDenied`. */
  readonly code: string;
  /** The localised message Office would give; the pane must never show it. */
  readonly message?: string;
  /** 1-based number of the failing sync, counted over every run; default: the next sync. */
  readonly atSync?: number;
  /** Commands of that request applied before the failure; default 0 (nothing of it applied). */
  readonly afterOps?: number;
}

/** The English messages of Microsoft's error table, for faults scheduled without one. */
const MESSAGES: Readonly<Record<string, string>> = {
  AccessDenied: "You cannot perform the requested operation.",
  GeneralException: "There was an internal error while processing the request.",
  InvalidOperationInCellEditMode:
    "The operation isn't available while Excel is in Edit cell mode. Exit Edit mode by using the Enter or Tab keys, or by selecting another cell, and then try again.",
  ItemAlreadyExists: "The resource being created already exists.",
  ItemNotFound: "The requested resource doesn't exist.",
  RequestPayloadSizeLimitExceeded: "The request payload size has exceeded the limit.",
  ServiceNotAvailable: "The service is unavailable.",
};

/** An error shaped like `OfficeExtension.Error`: `code`, a localised `message`, `debugInfo`. */
export class FakeOfficeError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
  constructor(code: string, message = MESSAGES[code] ?? code, errorLocation?: string) {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export class FakeSession {
  readonly stats: FakeStats = { syncs: 0, payloads: [], cellsRead: [], responses: [], runs: [] };
  readonly afterSync: (() => void) | undefined;
  private faults: FakeFault[] = [];
  private edit: { readonly ended: Promise<void>; readonly end: () => void } | null = null;

  constructor(afterSync?: () => void) {
    this.afterSync = afterSync;
  }

  /** Schedules a failure (each fires once). */
  fail(fault: FakeFault): void {
    this.faults.push(fault);
  }

  /** The fault for sync number `sync`, removed from the schedule; null when none. */
  takeFault(sync: number): FakeFault | null {
    const i = this.faults.findIndex((f) => f.atSync === undefined || f.atSync === sync);
    if (i < 0) return null;
    const [fault] = this.faults.splice(i, 1);
    return fault ?? null;
  }

  /** The user starts typing in a cell (Excel's Edit cell mode). */
  startCellEdit(): void {
    if (this.edit) return;
    let end = () => {};
    const ended = new Promise<void>((resolve) => {
      end = resolve;
    });
    this.edit = { ended, end };
  }

  /** The user presses Enter or Esc: delayed batches run. */
  endCellEdit(): void {
    const edit = this.edit;
    this.edit = null;
    edit?.end();
  }

  get editing(): boolean {
    return this.edit !== null;
  }

  /** Resolves when the current cell edit ends. */
  editEnded(): Promise<void> {
    return this.edit?.ended ?? Promise.resolve();
  }
}
