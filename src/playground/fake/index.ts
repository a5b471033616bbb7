/**
 * An in-memory stand-in for the subset of the Excel JavaScript API the taskpane uses. Shipped
 * in the playground (the real taskpane against a workbook in memory) and used by the tests.
 */
import { FakeContext, type FakeStats } from "./context.js";
import type { MemWorkbook } from "./memory.js";
import { FakeWorksheetCollection } from "./worksheet.js";

export { FakeOfficeError, type FakeStats, PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./context.js";
export { FAKE_DATE_FORMAT, type MemCell, MemSheet, MemWorkbook, memWorkbookFromGrid, sheetValues } from "./memory.js";

/** The fake `context.workbook`. */
export class FakeWorkbook {
  readonly worksheets: FakeWorksheetCollection;
  constructor(ctx: FakeContext) {
    this.worksheets = new FakeWorksheetCollection(ctx);
  }
}

/** The fake request context handed to `Excel.run` batches. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(model: MemWorkbook, stats: FakeStats, afterSync?: () => void) {
    super(model, stats, afterSync);
    this.workbook = new FakeWorkbook(this);
  }
}

export interface FakeExcel {
  /** Stands for the `Excel` global: `Excel.run(batch)`. */
  readonly Excel: { run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> };
  /** Stands for the `Office` global: `Office.onReady()`. */
  readonly Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    readonly HostType: { readonly Excel: "Excel" };
  };
  readonly model: MemWorkbook;
  readonly stats: FakeStats;
}

/**
 * Wraps an in-memory workbook in fake `Excel` and `Office` globals.
 * @example const fake = createFakeExcel(memWorkbookFromGrid(grid)); await fake.Excel.run(async (ctx) => …)
 */
export function createFakeExcel(model: MemWorkbook, options: { readonly afterSync?: () => void } = {}): FakeExcel {
  const stats: FakeStats = { syncs: 0, payloads: [], cellsRead: [], responses: [] };
  const info = { host: "Excel", platform: "OfficeOnline" };
  return {
    model,
    stats,
    Excel: {
      async run<T>(batch: (context: FakeRequestContext) => Promise<T>): Promise<T> {
        const context = new FakeRequestContext(model, stats, options.afterSync);
        const result = await batch(context);
        if (context.pending > 0) await context.sync();
        return result;
      },
    },
    Office: {
      onReady(callback) {
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
    },
  };
}
