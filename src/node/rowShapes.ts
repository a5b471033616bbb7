/**
 * The cell formats of a sheet for the direct writer (streamWriter.ts), row by row. A cell's
 * format is the styled areas covering it merged in the sheet's order (as the in-memory writer
 * merges them), plus the date format for a date. Rows of a table share a few *shapes* (which
 * styles cover which columns), so each shape's formats are worked out once; and consecutive rows
 * mostly share their shape (the `Contrôles` tab: one severity cell and the wrapped table on each
 * of its 7 400 rows), so a row is first compared with the one before, without building a key.
 */
import type { OutputSheet } from "../core/types.js";
import { BASE_FONT, mergeStyle, NUM_FMT, type StyledCells, styledAreas } from "./styles.js";
import type { StyleTable } from "./xlsxStyles.js";

type CellStyle = Parameters<StyleTable["xfId"]>[0];

/** The style of a cell as the in-memory writer builds it: date format, then the areas merged in order. */
function styleOf(styled: readonly StyledCells[], areas: readonly number[], isDate: boolean): CellStyle {
  if (areas.length === 0) return isDate ? { numFmt: NUM_FMT.date } : {};
  let merged: CellStyle = {};
  for (const i of areas) merged = mergeStyle(merged, (styled[i] as StyledCells).style);
  const s = mergeStyle(isDate ? { numFmt: NUM_FMT.date } : {}, merged);
  const out: CellStyle = {};
  // A font without a name or size falls back to a serif face in some readers: keep the base font.
  if (s.font) out.font = { ...BASE_FONT, ...s.font };
  if (s.fill) out.fill = s.fill;
  if (s.border) out.border = s.border;
  if (s.alignment) out.alignment = s.alignment;
  if (s.numFmt) out.numFmt = s.numFmt;
  return out;
}

/** For each row (0-based), the indices of the styled areas covering it, in the sheet's order. */
function areasByRow(areas: readonly StyledCells[]): (number[] | undefined)[] {
  const byRow: (number[] | undefined)[] = [];
  for (let i = 0; i < areas.length; i++) {
    const { row, rows } = (areas[i] as StyledCells).area;
    for (let r = row; r < row + rows; r++) {
      const list = byRow[r];
      if (list) list.push(i);
      else byRow[r] = [i];
    }
  }
  return byRow;
}

/** The styled columns of one row shape and their formats. */
export interface RowShape {
  /** One past the last styled column. */
  readonly end: number;
  /** Per column, the styled areas covering it (indices into the sheet's areas), or none. */
  readonly covering: readonly (readonly number[] | undefined)[];
  /** Per column, its format for a value that is not a date (`2c`) and for a date (`2c + 1`), as cells ask. */
  readonly xf: number[];
}

const NO_AREAS: readonly number[] = [];

/** Columns a sheet can have (Excel's 16 384), as a factor that keeps looks apart. */
const COLUMNS = 1 << 15;

/**
 * An area's style id, first column and column count as one number (exact below 2^53: ids stay
 * far below 2^23).
 * @example lookOf(2, 1, 3) // (2 * 32768 + 1) * 32768 + 3
 */
const lookOf = (style: number, col: number, cols: number) => (style * COLUMNS + col) * COLUMNS + cols;

/** The cell formats of one sheet's rows, registered in the workbook's style table as cells ask. */
export class RowFormats {
  private readonly styled: readonly StyledCells[];
  private readonly byRow: readonly (readonly number[] | undefined)[];
  /**
   * Per area, its style and columns as one number: areas share a handful of style objects, and
   * two rows have the same shape when their areas' looks are equal in order.
   */
  private readonly look: readonly number[];
  private readonly shapes = new Map<string, RowShape>();
  private lastAreas: readonly number[] = NO_AREAS;
  private lastShape: RowShape | null = null;
  /** One past the last row that a styled area covers. */
  readonly end: number;

  constructor(
    sheet: OutputSheet,
    private readonly styles: StyleTable,
  ) {
    this.styled = styledAreas(sheet);
    this.byRow = areasByRow(this.styled);
    this.end = this.byRow.length;
    const ids = new Map<CellStyle, number>();
    this.look = this.styled.map(({ area, style }) => {
      let id = ids.get(style);
      if (id === undefined) {
        id = ids.size;
        ids.set(style, id);
      }
      return lookOf(id, area.col, area.cols);
    });
  }

  /** The shape of row `r` (0-based). */
  shapeAt(r: number): RowShape {
    const areas = this.byRow[r] ?? NO_AREAS;
    // Fast path: the same styles over the same columns as the row before (most rows of a table).
    if (this.lastShape !== null && this.sameShape(areas, this.lastAreas)) return this.lastShape;
    this.lastAreas = areas;
    this.lastShape = this.shapeOf(areas);
    return this.lastShape;
  }

  /** The format id of a cell of `shape` in column `c` (a date adds the date format). */
  xf(shape: RowShape, c: number, isDate: boolean): number {
    const slot = 2 * c + (isDate ? 1 : 0);
    let xf = shape.xf[slot];
    if (xf === undefined) {
      xf = this.styles.xfId(styleOf(this.styled, shape.covering[c] ?? NO_AREAS, isDate));
      shape.xf[slot] = xf;
    }
    return xf;
  }

  /** Whether two rows' areas have the same styles over the same columns, in the same order. */
  private sameShape(a: readonly number[], b: readonly number[]): boolean {
    if (a === b) return true;
    if (a.length !== b.length) return false;
    for (let k = 0; k < a.length; k++) if (this.look[a[k] as number] !== this.look[b[k] as number]) return false;
    return true;
  }

  /** The shape of a row covered by `areas`, made on its first row. */
  private shapeOf(areas: readonly number[]): RowShape {
    let key = "";
    for (const i of areas) key += `${this.look[i]};`;
    let shape = this.shapes.get(key);
    if (shape === undefined) {
      const covering: number[][] = [];
      let end = 0;
      for (const i of areas) {
        const a = (this.styled[i] as StyledCells).area;
        end = Math.max(end, a.col + a.cols);
        for (let c = a.col; c < a.col + a.cols; c++) {
          const list = covering[c];
          if (list) list.push(i);
          else covering[c] = [i];
        }
      }
      shape = { end, covering, xf: [] };
      this.shapes.set(key, shape);
    }
    return shape;
  }
}
