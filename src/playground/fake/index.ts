/**
 * An in-memory stand-in for the subset of the Excel JavaScript API the taskpane uses. Shipped
 * in the playground (the real taskpane against a workbook in memory) and used by the tests.
 */
import { isoFromYmd, isValidYmd } from "../../core/dates.js";
import { ClientObject, FakeContext, FakeOfficeError } from "./context.js";
import type { MemWorkbook } from "./memory.js";
import { type FakeFault, FakeSession, type FakeStats } from "./session.js";
import { FakeWorksheetCollection } from "./worksheet.js";

export type { ChartAxisRecord, ChartRecord, ChartSeriesRecord } from "./chartRecord.js";
export { PAYLOAD_LIMIT_BYTES, READ_CELL_LIMIT } from "./context.js";
export {
  DAYS_1900_TO_1904,
  FAKE_DATE_FORMAT,
  type MemCell,
  MemSheet,
  MemWorkbook,
  memWorkbookFromGrid,
  sheetValues,
} from "./memory.js";
export type { PageLayoutRecord } from "./pageLayout.js";
export { type FakeFault, FakeOfficeError, type FakeStats } from "./session.js";

/** A loadable result of a worksheet function (`FunctionResult`, ExcelApi 1.2). */
class FakeFunctionResult extends ClientObject {
  constructor(
    ctx: FakeContext,
    private readonly evaluate: () => { value: number | null; error: string | null },
  ) {
    super(ctx);
  }
  protected override snapshot(props: readonly string[]): number {
    const result = this.evaluate();
    for (const prop of props) {
      if (prop === "value") this.store(prop, result.value);
      else if (prop === "error") this.store(prop, result.error);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load FunctionResult.${prop}`);
    }
    return 0;
  }
  get value(): number | null {
    return this.read("value");
  }
  get error(): string | null {
    return this.read("error");
  }
}

/** `workbook.protection` (ExcelApi 1.7): whether the structure is protected. */
class FakeWorkbookProtection extends ClientObject {
  protected override snapshot(props: readonly string[]): number {
    for (const prop of props) {
      if (prop === "protected") this.store(prop, this.ctx.workbookModel.structureProtected);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load WorkbookProtection.${prop}`);
    }
    return 0;
  }
  get protected(): boolean {
    return this.read("protected");
  }
}

/** The fake `context.workbook`. */
export class FakeWorkbook extends ClientObject {
  readonly worksheets: FakeWorksheetCollection;
  readonly protection: FakeWorkbookProtection;
  /**
   * `workbook.functions` (ExcelApi 1.2). Only DATE, whose result depends on the workbook's date
   * system: `Excel.Functions.date` — "year: a number from 1900 or 1904 (depending on the
   * workbook's date system)"; a year before 1904 is #NUM! in the 1904 system (Microsoft KB 175753).
   */
  readonly functions: { date(year: number, month: number, day: number): FakeFunctionResult };

  constructor(ctx: FakeContext) {
    super(ctx);
    this.worksheets = new FakeWorksheetCollection(ctx);
    this.protection = new FakeWorkbookProtection(ctx);
    this.functions = {
      date: (year, month, day) =>
        new FakeFunctionResult(ctx, () => {
          const model = ctx.workbookModel;
          if (!isValidYmd(year, month, day) || (model.date1904 && year < 1904)) return { value: null, error: "#NUM!" };
          return { value: model.serialOf(isoFromYmd(year, month, day)), error: null };
        }),
    };
  }

  protected override snapshot(props: readonly string[]): number {
    for (const prop of props) {
      // `workbook.readOnly` (ExcelApi 1.8): "true if the workbook is open in read-only mode".
      if (prop === "readOnly") this.store(prop, this.ctx.workbookModel.readOnly);
      else throw new FakeOfficeError("InvalidArgument", `The fake cannot load Workbook.${prop}`);
    }
    return 0;
  }
  get readOnly(): boolean {
    return this.read("readOnly");
  }
}

/** The fake request context handed to `Excel.run` batches. */
export class FakeRequestContext extends FakeContext {
  readonly workbook: FakeWorkbook;
  constructor(model: MemWorkbook, session: FakeSession, delayForCellEdit = false) {
    super(model, session, delayForCellEdit);
    this.workbook = new FakeWorkbook(this);
  }
}

type Batch<T> = (context: FakeRequestContext) => Promise<T>;

export interface FakeExcel {
  /** Stands for the `Excel` global: `Excel.run(batch)` and `Excel.run(options, batch)`. */
  readonly Excel: {
    run<T>(batch: Batch<T>): Promise<T>;
    run<T>(options: { readonly delayForCellEdit?: boolean }, batch: Batch<T>): Promise<T>;
  };
  /** Stands for the `Office` global: `Office.onReady()`. */
  readonly Office: {
    onReady(callback?: (info: { host: string; platform: string }) => void): Promise<{ host: string; platform: string }>;
    readonly HostType: { readonly Excel: "Excel" };
  };
  readonly model: MemWorkbook;
  readonly stats: FakeStats;
  /** Schedules a failing sync: an `OfficeExtension.Error` with `fault.code` (see session.ts). */
  fail(fault: FakeFault): void;
  /** The user starts editing a cell; {@link FakeExcel.endCellEdit} ends it. */
  startCellEdit(): void;
  endCellEdit(): void;
}

/**
 * Wraps an in-memory workbook in fake `Excel` and `Office` globals.
 * @example const fake = createFakeExcel(memWorkbookFromGrid(grid)); await fake.Excel.run(async (ctx) => …)
 */
export function createFakeExcel(model: MemWorkbook, options: { readonly afterSync?: () => void } = {}): FakeExcel {
  const session = new FakeSession(options.afterSync);
  const info = { host: "Excel", platform: "OfficeOnline" };
  async function run<T>(first: Batch<T> | { readonly delayForCellEdit?: boolean }, second?: Batch<T>): Promise<T> {
    const batch = typeof first === "function" ? first : second;
    if (!batch) throw new FakeOfficeError("InvalidArgument", "Excel.run needs a batch function");
    const delay = typeof first === "function" ? false : first.delayForCellEdit === true;
    session.stats.runs.push({ delayForCellEdit: delay });
    const context = new FakeRequestContext(model, session, delay);
    const result = await batch(context);
    if (context.pending > 0) await context.sync();
    return result;
  }
  return {
    model,
    stats: session.stats,
    Excel: { run },
    Office: {
      onReady(callback) {
        callback?.(info);
        return Promise.resolve(info);
      },
      HostType: { Excel: "Excel" },
    },
    fail: (fault) => session.fail(fault),
    startCellEdit: () => session.startCellEdit(),
    endCellEdit: () => session.endCellEdit(),
  };
}
