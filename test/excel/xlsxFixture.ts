/** Fixture workbooks written by code: a grid → .xlsx bytes (dates as UTC-midnight Dates). */
import ExcelJS from "exceljs";
import type { Cell, WorkbookGrid } from "../../src/core/types.js";

function excelValue(cell: Cell): ExcelJS.CellValue {
  if (cell === null) return null;
  if (typeof cell !== "object") return cell;
  if (cell.kind === "date") {
    const [y, m, d] = cell.iso.split("-").map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d));
  }
  return { error: cell.code } as ExcelJS.CellErrorValue;
}

/** The .xlsx bytes of a grid. */
export async function xlsxOf(grid: WorkbookGrid): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  for (const sheet of grid.sheets) {
    const ws = wb.addWorksheet(sheet.name);
    sheet.rows.forEach((row, r) => {
      row.forEach((cell, c) => {
        const value = excelValue(cell);
        if (value === null) return;
        const target = ws.getCell(r + 1, c + 1);
        target.value = value;
        if (value instanceof Date) target.numFmt = "dd/mm/yyyy";
      });
    });
  }
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A copy of `grid` with `edit` applied to one sheet's rows. */
export function withSheet(grid: WorkbookGrid, name: string, edit: (rows: Cell[][]) => void): WorkbookGrid {
  return {
    sheets: grid.sheets.map((s) => {
      if (s.name !== name) return s;
      const rows = s.rows.map((r) => [...r]);
      edit(rows);
      return { name: s.name, rows };
    }),
  };
}
