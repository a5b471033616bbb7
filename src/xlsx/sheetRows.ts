/**
 * The rows of one sheet as they are read, with what they cost counted against the workbook's
 * cell budget: a row costs one, and each row its length (its cells up to the last filled one),
 * so the limit bounds the grid's real memory — a lone value in XFD1048576 costs what it costs,
 * a `<dimension>` or an empty row 1 048 576 costs nothing.
 */
import type { Cell } from "../core/types.js";
import { count, refuse } from "./readErrors.js";

/** The cells the whole workbook may still take. */
export interface GridBudget {
  used: number;
  readonly max: number;
}

/** An empty row, shared (rows are read-only for the core). */
const EMPTY_ROW: readonly Cell[] = Object.freeze([]);
/** Most cells the merged ranges of one sheet may visit (overlapping whole-sheet merges). */
const MAX_MERGE_VISITS = 50_000_000;

/** The rows of a sheet being read. */
export class SheetRows {
  private readonly rows: (Cell[] | undefined)[] = [];
  private readonly merges: number[] = [];

  constructor(
    private readonly budget: GridBudget,
    private readonly sheet: string,
  ) {}

  /** Sets the value of the cell at 0-based `row`, `col` (a later value replaces an earlier one). */
  set(row: number, col: number, value: Cell): void {
    const rows = this.rows;
    let cells = rows[row];
    let cost = 0;
    if (cells === undefined) {
      if (row >= rows.length) cost += row + 1 - rows.length;
      cells = [];
      rows[row] = cells;
    }
    if (col >= cells.length) cost += col + 1 - cells.length;
    cells[col] = value;
    if (cost > 0) {
      this.budget.used += cost;
      if (this.budget.used > this.budget.max) this.tooMany();
    }
  }

  private tooMany(): never {
    const max = this.budget.max;
    return refuse(
      "TOO_MANY_CELLS",
      `classeur trop grand\u00a0: plus de ${count(max)} cellules (lignes comprises) à lire, atteint dans la feuille «\u00a0${this.sheet}\u00a0»`,
      `workbook too large: more than ${max} cells (rows included) to read, reached in sheet "${this.sheet}"`,
    );
  }

  /** Records a merged range (0-based, inclusive), applied by {@link finish}. */
  merge(top: number, left: number, bottom: number, right: number): void {
    this.merges.push(top, left, bottom, right);
  }

  /** Empties every merged cell but the top-left one, visiting only the cells that exist. */
  private applyMerges(): void {
    const rows = this.rows;
    let visits = 0;
    for (let k = 0; k < this.merges.length; k += 4) {
      const [top, left, bottom, right] = this.merges.slice(k, k + 4) as [number, number, number, number];
      const last = Math.min(bottom, rows.length - 1);
      for (let r = top; r <= last; r++) {
        const cells = rows[r];
        visits++;
        if (cells === undefined || left >= cells.length) continue;
        const end = Math.min(right, cells.length - 1);
        visits += end - left + 1;
        for (let c = r === top ? left + 1 : left; c <= end; c++) cells[c] = null;
      }
      if (visits > MAX_MERGE_VISITS) {
        refuse(
          "TOO_MANY_CELLS",
          `classeur trop grand\u00a0: les cellules fusionnées de la feuille «\u00a0${this.sheet}\u00a0» se chevauchent sur plus de ${count(MAX_MERGE_VISITS)} cellules`,
          `workbook too large: the merged cells of sheet "${this.sheet}" overlap over more than ${MAX_MERGE_VISITS} cells`,
        );
      }
    }
  }

  /** The rows as the core reads them: holes are null, no trailing empty cell, no trailing empty row. */
  finish(): Cell[][] {
    if (this.merges.length > 0) this.applyMerges();
    const rows = this.rows;
    let last = rows.length - 1;
    const out: Cell[][] = new Array(rows.length);
    for (let r = 0; r < rows.length; r++) {
      const cells = rows[r];
      let len = cells === undefined ? 0 : cells.length;
      while (len > 0 && (cells as Cell[])[len - 1] == null) len--;
      if (len === 0 || cells === undefined) {
        out[r] = EMPTY_ROW as Cell[];
        continue;
      }
      if (len < cells.length) cells.length = len;
      for (let c = 0; c < len; c++) if (cells[c] === undefined) cells[c] = null;
      out[r] = cells;
    }
    while (last >= 0 && (out[last] as Cell[]).length === 0) last--;
    out.length = last + 1;
    return out;
  }
}
