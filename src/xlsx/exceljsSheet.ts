/**
 * One exceljs worksheet → one core sheet, for both exceljs readers (src/node/readWorkbook.ts and
 * exceljsGrid.ts in the page): the same workbook gives the same grid.
 */
import type ExcelJS from "exceljs";
import type { Cell, Sheet } from "../core/types.js";
import { toCell } from "./cellValue.js";

/**
 * The cells of `ws` as a core sheet: row 0 = sheet row 1, gaps filled with `null` (cells) and
 * `[]` (rows).
 * @example sheetFromWorksheet(workbook.worksheets[0]).rows[0] // ["Code projet", "MED-2026"]
 */
export function sheetFromWorksheet(ws: ExcelJS.Worksheet): Sheet {
  const rows: Cell[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const cells: Cell[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // A merged range keeps its value in the top-left cell only.
      if (cell.isMerged && cell.master !== cell) return;
      const value = toCell(cell.value);
      if (value !== null) cells[colNumber - 1] = value;
    });
    for (let i = 0; i < cells.length; i++) if (cells[i] === undefined) cells[i] = null;
    rows[rowNumber - 1] = cells;
  });
  for (let i = 0; i < rows.length; i++) if (rows[i] === undefined) rows[i] = [];
  return { name: ws.name, rows };
}
