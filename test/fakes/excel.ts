/**
 * The in-memory Excel of src/playground/fake (shipped in the playground), re-exported for the
 * tests, with helpers to build a fake over a grid and the host over the fake. The host runs its
 * batches as the taskpane does (`delayedRun`: every batch with `delayForCellEdit`).
 */
import type { WorkbookGrid } from "../../src/core/types.js";
import { createExcelPanelHost } from "../../src/excel-addin/excelHost.js";
import { delayedRun, type ExcelRun, ExcelWorkbookIO } from "../../src/excel-addin/workbookIO.js";
import {
  createFakeExcel,
  type FakeExcel,
  type MemWorkbook,
  memWorkbookFromGrid,
} from "../../src/playground/fake/index.js";

export * from "../../src/playground/fake/index.js";

export interface FakeSetup {
  readonly fake: FakeExcel;
  readonly io: ExcelWorkbookIO;
  readonly host: ReturnType<typeof createExcelPanelHost>;
}

export interface FakeOptions {
  readonly payloadBudget?: number;
  readonly today?: string;
  /** The workbook uses the 1904 date system (its dates are stored 1 462 days lower). */
  readonly date1904?: boolean;
  /** The run the IO uses; default: the taskpane's (`delayedRun`). */
  readonly run?: (fake: FakeExcel) => ExcelRun;
}

/** A fake Excel holding `grid`, the workbook IO and the panel host over it. */
export function fakeExcelOver(grid: WorkbookGrid, options: FakeOptions = {}): FakeSetup {
  return fakeExcelOn(memWorkbookFromGrid(grid, { date1904: options.date1904 === true }), options);
}

/** The same over a workbook already in memory (e.g. an .xlsx's stored cells). */
export function fakeExcelOn(model: MemWorkbook, options: Omit<FakeOptions, "date1904"> = {}): FakeSetup {
  const fake = createFakeExcel(model);
  const run = options.run?.(fake) ?? delayedRun(fake.Excel as unknown as Parameters<typeof delayedRun>[0]);
  const io = new ExcelWorkbookIO(run, {
    ...(options.payloadBudget ? { payloadBudget: options.payloadBudget } : {}),
  });
  const host = createExcelPanelHost({ io, today: () => options.today ?? "2026-11-15" });
  return { fake, io, host };
}
