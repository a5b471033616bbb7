/**
 * The in-memory workbook behind the fake Excel API: cells as Excel keeps them (dates are
 * serial numbers with a date number format, in the workbook's 1900 or 1904 date system; errors
 * are `#REF!`-like values, formulas are flagged), plus what a taskpane can set on a sheet
 * (freeze, filter, validation, charts, page layout) and what can forbid writing (read-only,
 * protection).
 */
import { isoToSerial } from "../../core/dates.js";
import type { Cell, WorkbookGrid } from "../../core/types.js";
import type { ChartRecord } from "./chartRecord.js";
import type { PageLayoutRecord } from "./pageLayout.js";
import { FakeOfficeError } from "./session.js";

export type { ChartRecord } from "./chartRecord.js";

/**
 * Days from 1900-system serials to 1904-system ones: 1904-01-01 is serial 1462 in the first,
 * 0 in the second (ECMA-376 Part 1, §18.17.4.1 "Date Representation").
 */
export const DAYS_1900_TO_1904 = 1462;

export interface MemCell {
  value: string | number | boolean;
  numberFormat: string;
  /** True when Excel would have parsed the text as a formula. */
  formula?: boolean;
  error?: boolean;
  fill?: string;
  /** `format.wrapText`. */
  wrap?: boolean;
  /** `format.verticalAlignment`. */
  verticalAlignment?: string;
  /** `format.borders.getItem("EdgeBottom")`: its colour. */
  bottomBorder?: string;
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  hyperlink?:
    | { readonly documentReference?: string; readonly address?: string; readonly textToDisplay?: string }
    | undefined;
}

export interface Rect {
  readonly row: number;
  readonly col: number;
  readonly rows: number;
  readonly cols: number;
}

export class MemSheet {
  name: string;
  rows: (MemCell | undefined)[][] = [];
  frozenRows = 0;
  charts: ChartRecord[] = [];
  autoFilter: string | null = null;
  validations: { address: string; rule: unknown }[] = [];
  tabColor = "";
  columnWidths = new Map<number, number>();
  /** Rows whose height `format.autofitRows()` fitted to their content. */
  autofitRows = new Set<number>();
  /** `worksheet.pageLayout` as set by the add-in; null until something is set. */
  pageLayout: PageLayoutRecord | null = null;
  /** `worksheet.horizontalPageBreaks`: the manual breaks, as the 0-based row each page starts at. */
  pageBreaks: number[] = [];
  /** `worksheet.protection.protected`: Excel refuses changes to the sheet. */
  protected = false;

  constructor(name: string) {
    this.name = name;
  }

  cell(row: number, col: number): MemCell | undefined {
    return this.rows[row]?.[col];
  }

  /** The cell at (row, col), created empty when absent. */
  ensure(row: number, col: number): MemCell {
    const line = this.rows[row] ?? [];
    this.rows[row] = line;
    const cell = line[col] ?? { value: "", numberFormat: "General" };
    line[col] = cell;
    return cell;
  }

  /** The smallest rectangle holding every non-empty value (or any cell at all when `valuesOnly` is false). */
  usedRect(valuesOnly: boolean): Rect | null {
    let top = -1;
    let bottom = -1;
    let left = Number.POSITIVE_INFINITY;
    let right = -1;
    this.rows.forEach((line, r) => {
      line?.forEach((cell, c) => {
        if (!cell) return;
        if (valuesOnly && cell.value === "") return;
        if (!valuesOnly && cell.value === "" && cell.numberFormat === "General" && !cell.fill && !cell.bold) return;
        if (top < 0) top = r;
        bottom = r;
        left = Math.min(left, c);
        right = Math.max(right, c);
      });
    });
    if (top < 0) return null;
    return { row: top, col: left, rows: bottom - top + 1, cols: right - left + 1 };
  }

  clear(rect: Rect | null): void {
    if (!rect) {
      this.rows = [];
      return;
    }
    // Only the cells that exist: a cleared range may span the whole sheet.
    const lastRow = Math.min(this.rows.length, rect.row + rect.rows);
    for (let r = rect.row; r < lastRow; r++) {
      const line = this.rows[r];
      if (!line) continue;
      const lastCol = Math.min(line.length, rect.col + rect.cols);
      for (let c = rect.col; c < lastCol; c++) line[c] = undefined;
    }
  }
}

export class MemWorkbook {
  sheets: MemSheet[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** The workbook uses the 1904 date system (Excel › Options › Advanced › "Use 1904 date system"). */
  date1904 = false;
  /** `workbook.readOnly`: opened read-only, Excel refuses every change. */
  readOnly = false;
  /** `workbook.protection.protected`: the structure is protected, sheets cannot be added or removed. */
  structureProtected = false;

  /** The serial Excel stores for an ISO date in this workbook's date system. */
  serialOf(iso: string): number {
    return isoToSerial(iso) - (this.date1904 ? DAYS_1900_TO_1904 : 0);
  }

  sheet(name: string): MemSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  add(name: string): MemSheet {
    // Sheet names are unique whatever their case ("Error handling…": ItemAlreadyExists).
    if (this.sheet(name)) throw new FakeOfficeError("ItemAlreadyExists");
    const sheet = new MemSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

/** The number format a fake date cell carries (Excel's default short date in fr-FR). */
export const FAKE_DATE_FORMAT = "dd/mm/yyyy";

function memCellOf(workbook: MemWorkbook, cell: Cell): MemCell | undefined {
  if (cell === null || cell === "") return undefined;
  if (typeof cell === "object") {
    if (cell.kind === "date") return { value: workbook.serialOf(cell.iso), numberFormat: FAKE_DATE_FORMAT };
    return { value: cell.code, numberFormat: "General", error: true };
  }
  return { value: cell, numberFormat: "General" };
}

/**
 * A workbook as Excel would hold these grids (dates become serials, in the 1904 date system when
 * asked, with a date format).
 */
export function memWorkbookFromGrid(grid: WorkbookGrid, options: { readonly date1904?: boolean } = {}): MemWorkbook {
  const workbook = new MemWorkbook();
  workbook.date1904 = options.date1904 === true;
  for (const sheet of grid.sheets) {
    const mem = workbook.add(sheet.name);
    mem.rows = sheet.rows.map((row) => row.map((cell) => memCellOf(workbook, cell)));
  }
  workbook.activeSheet = workbook.sheets[0]?.name ?? null;
  return workbook;
}

/** The values of a sheet as a plain matrix (`""` for empty), for tests and the playground. */
export function sheetValues(sheet: MemSheet): (string | number | boolean)[][] {
  const rect = sheet.usedRect(true);
  if (!rect) return [];
  const out: (string | number | boolean)[][] = [];
  for (let r = 0; r < rect.row + rect.rows; r++) {
    const line: (string | number | boolean)[] = [];
    for (let c = 0; c < rect.col + rect.cols; c++) line.push(sheet.cell(r, c)?.value ?? "");
    out.push(line);
  }
  return out;
}
