/**
 * The same host code against Microsoft's office-addin-mock (a second, independent model of the
 * API), where its property-bag model fits: selecting a cell.
 */
import { OfficeMockObject } from "office-addin-mock";
import { describe, expect, it } from "vitest";
import { type ExcelRun, ExcelWorkbookIO } from "../../src/excel-addin/workbookIO.js";

describe("selectCell against office-addin-mock", () => {
  it.each([
    ["a Budget cell", "Budget", "L5"],
    ["a sheet name with spaces and accents", "Évaluation 2026", "C12"],
  ])("activates the sheet and selects %s", async (_name, sheetName, address) => {
    const calls: string[] = [];
    const data = {
      context: {
        workbook: {
          worksheets: {
            getItem(name: string) {
              calls.push(`getItem:${name}`);
              return {
                activate: () => calls.push("activate"),
                getRange: (a: string) => ({ select: () => calls.push(`select:${a}`) }),
              };
            },
          },
        },
        syncs: 0,
      },
      run: async function (this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    };
    const excelMock = new OfficeMockObject(data) as unknown as {
      run: ExcelRun;
      context: { sync(): Promise<void> };
    };
    const run: ExcelRun = (batch) => excelMock.run(batch);
    await new ExcelWorkbookIO(run).selectCell(sheetName, address);
    expect(calls).toEqual([`getItem:${sheetName}`, "activate", `select:${address}`]);
  });
});
