/**
 * The in-memory workbook behind the fake Excel API: cells as Excel keeps them (dates are
 * serial numbers with a date number format, errors are `#REF!`-like values, formulas are
 * flagged), plus what a taskpane can set on a sheet (freeze, filter, validation, charts).
 */
import { isoToSerial } from "../../core/dates.js";
import type { Cell, WorkbookGrid } from "../../core/types.js";

export interface MemCell {
  value: string | number | boolean;
  numberFormat: string;
  /** True when Excel would have parsed the text as a formula. */
  formula?: boolean;
  error?: boolean;
  fill?: string;
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

export interface ChartRecord {
  readonly type: string;
  readonly source: string;
  readonly seriesBy: string;
  title: string;
  position: string | null;
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
    for (let r = rect.row; r < rect.row + rect.rows; r++) {
      const line = this.rows[r];
      if (!line) continue;
      for (let c = rect.col; c < rect.col + rect.cols; c++) line[c] = undefined;
    }
  }
}

export class MemWorkbook {
  sheets: MemSheet[] = [];
  activeSheet: string | null = null;
  selection: { sheet: string; address: string } | null = null;

  sheet(name: string): MemSheet | undefined {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key);
  }

  add(name: string): MemSheet {
    if (this.sheet(name)) throw new Error(`ItemAlreadyExists: a sheet named ${name} already exists`);
    const sheet = new MemSheet(name);
    this.sheets.push(sheet);
    return sheet;
  }
}

/** The number format a fake date cell carries (Excel's default short date in fr-FR). */
export const FAKE_DATE_FORMAT = "dd/mm/yyyy";

function memCellOf(cell: Cell): MemCell | undefined {
  if (cell === null || cell === "") return undefined;
  if (typeof cell === "object") {
    if (cell.kind === "date") return { value: isoToSerial(cell.iso), numberFormat: FAKE_DATE_FORMAT };
    return { value: cell.code, numberFormat: "General", error: true };
  }
  return { value: cell, numberFormat: "General" };
}

/** A workbook as Excel would hold these grids (dates become serials with a date format). */
export function memWorkbookFromGrid(grid: WorkbookGrid): MemWorkbook {
  const workbook = new MemWorkbook();
  for (const sheet of grid.sheets) {
    const mem = workbook.add(sheet.name);
    mem.rows = sheet.rows.map((row) => row.map(memCellOf));
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
