/**
 * Fixture workbooks written by code: a grid → .xlsx bytes (dates as UTC-midnight Dates, in the
 * 1904 date system when asked), and .xlsx bytes → the in-memory Excel holding exactly the stored
 * serials and number formats (read raw with SheetJS, as Excel would open the file).
 */
import ExcelJS from "exceljs";
import XLSX from "xlsx";
import type { Cell, WorkbookGrid } from "../../src/core/types.js";
import { type MemCell, MemWorkbook } from "../fakes/excel.js";

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
export async function xlsxOf(grid: WorkbookGrid, options: { readonly date1904?: boolean } = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  // exceljs then writes each Date as a 1904-system serial (workbookPr date1904="1").
  if (options.date1904) wb.properties.date1904 = true;
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

/** The in-memory Excel of an .xlsx: its stored values (dates as the file's serials), formats and date system. */
export function memWorkbookFromXlsx(bytes: Uint8Array): MemWorkbook {
  const book = XLSX.read(bytes, { cellNF: true, cellDates: false });
  const model = new MemWorkbook();
  model.date1904 = book.Workbook?.WBProps?.date1904 === true;
  for (const name of book.SheetNames) {
    const sheet = model.add(name);
    const ws = book.Sheets[name] ?? {};
    for (const [address, cell] of Object.entries(ws)) {
      if (address.startsWith("!")) continue;
      const { r, c } = XLSX.utils.decode_cell(address);
      const raw = cell as XLSX.CellObject;
      const mem: MemCell =
        raw.t === "e"
          ? { value: raw.w ?? "#N/A", numberFormat: "General", error: true }
          : { value: raw.v as string | number | boolean, numberFormat: String(raw.z ?? "General") };
      const line = sheet.rows[r] ?? [];
      line[c] = mem;
      sheet.rows[r] = line;
    }
  }
  return model;
}
