/**
 * The in-memory Excel of src/playground/fake (shipped in the playground), re-exported for the
 * tests, with helpers to build a fake over a grid and the host over the fake.
 */
import type { WorkbookGrid } from "../../src/core/types.js";
import { createExcelPanelHost } from "../../src/excel-addin/excelHost.js";
import { type ExcelRun, ExcelWorkbookIO } from "../../src/excel-addin/workbookIO.js";
import { createFakeExcel, type FakeExcel, memWorkbookFromGrid } from "../../src/playground/fake/index.js";

export * from "../../src/playground/fake/index.js";

export interface FakeSetup {
  readonly fake: FakeExcel;
  readonly io: ExcelWorkbookIO;
  readonly host: ReturnType<typeof createExcelPanelHost>;
}

/** A fake Excel holding `grid`, the workbook IO and the panel host over it. */
export function fakeExcelOver(grid: WorkbookGrid, options: { payloadBudget?: number; today?: string } = {}): FakeSetup {
  const fake = createFakeExcel(memWorkbookFromGrid(grid));
  const io = new ExcelWorkbookIO(fake.Excel.run as unknown as ExcelRun, {
    ...(options.payloadBudget ? { payloadBudget: options.payloadBudget } : {}),
  });
  const host = createExcelPanelHost({ io, today: () => options.today ?? "2026-11-15" });
  return { fake, io, host };
}
