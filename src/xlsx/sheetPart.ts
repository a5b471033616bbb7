/**
 * One worksheet part → the rows of a core {@link Sheet}, in one pass of the scanner: the values
 * and cached formula results of `<sheetData>` (0 and FALSE are values), typed by the cell's `t`
 * and its style, then the merged ranges (the top-left cell keeps its value, the others are
 * emptied). Everything else in the part (validations, conditional formats, hyperlinks…) is
 * skipped whatever ranges it names: only the cells the file holds cost anything.
 */
import type { Cell } from "../core/types.js";
import { isoCell, serialDate } from "./dateFormats.js";
import { type GridBudget, SheetRows } from "./sheetRows.js";
import { richText } from "./workbookParts.js";
import { CLOSE, EOF, nameBytes, OPEN, TEXT, XmlScanner } from "./xmlScanner.js";
import { decodeText, numberAt, unescapeX } from "./xmlText.js";

/** What the workbook-level parts give a sheet. */
export interface SheetContext {
  readonly strings: readonly string[];
  readonly dateStyle: readonly boolean[];
  readonly date1904: boolean;
  readonly budget: GridBudget;
}

const N = {
  sheetData: nameBytes("sheetData"),
  row: nameBytes("row"),
  c: nameBytes("c"),
  v: nameBytes("v"),
  f: nameBytes("f"),
  is: nameBytes("is"),
  mergeCells: nameBytes("mergeCells"),
  mergeCell: nameBytes("mergeCell"),
  r: nameBytes("r"),
  s: nameBytes("s"),
  t: nameBytes("t"),
  ref: nameBytes("ref"),
};

/** Cell types (`t`), by their first bytes. */
const T_NUMBER = 0;
const T_SHARED = 1;
const T_STR = 2;
const T_INLINE = 3;
const T_BOOL = 4;
const T_ERROR = 5;
const T_DATE = 6;

function cellType(b: Uint8Array, start: number, end: number): number {
  const len = end - start;
  const c = b[start];
  if (len === 1) return c === 115 ? T_SHARED : c === 98 ? T_BOOL : c === 101 ? T_ERROR : c === 100 ? T_DATE : T_NUMBER;
  if (len === 3 && c === 115) return T_STR;
  if (len === 9 && c === 105) return T_INLINE;
  return T_NUMBER;
}

/**
 * An A1 reference in bytes[start, end) → 0-based [row, column] in `out`; false when it is not one.
 * Columns may be given alone (`A`) or rows alone (`1`): the missing part is -1.
 */
export function parseRef(b: Uint8Array, start: number, end: number, out: Int32Array): boolean {
  let i = start;
  if (b[i] === 36) i++;
  let col = 0;
  let letters = 0;
  for (; i < end; i++, letters++) {
    const c = (b[i] as number) | 32; // lower case
    if (c < 97 || c > 122) break;
    col = col * 26 + c - 96;
  }
  if (b[i] === 36) i++;
  let row = 0;
  let digits = 0;
  for (; i < end; i++, digits++) {
    const d = (b[i] as number) - 48;
    if (d < 0 || d > 9) break;
    row = row * 10 + d;
  }
  if (i !== end || letters > 3 || digits > 7 || (letters === 0 && digits === 0)) return false;
  if (col > 16384 || row > 1_048_576 || (digits > 0 && row === 0)) return false;
  out[0] = digits > 0 ? row - 1 : -1;
  out[1] = letters > 0 ? col - 1 : -1;
  return true;
}

/** The value of one `<c>` whose content starts after its start tag. */
function cellValue(x: XmlScanner, type: number, style: number, ctx: SheetContext): Cell {
  if (x.selfClosing) return null;
  // Most cells: `<v>…</v></c>`, read without tokens.
  if (x.simpleChild(N.v)) return typed(x, type, style, ctx, "", x.textStart, x.textEnd);
  const depth = x.depth;
  let vStart = -1;
  let vEnd = -1;
  let vText: string | null = null;
  let inline: string | null = null;
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind !== OPEN) continue;
    if (x.is(N.v)) {
      if (x.selfClosing) continue;
      vStart = -1;
      // The usual case: one run of text, then </v>.
      if (x.next() === TEXT && !x.cdata) {
        const start = x.textStart;
        const end = x.textEnd;
        if (x.next() === CLOSE) {
          vStart = start;
          vEnd = end;
          vText = null;
          continue;
        }
        vText = decodeText(x, start, end) + plainTextFromHere(x, depth + 1);
      } else vText = plainTextFromHere(x, depth + 1);
    } else if (x.is(N.is)) inline = richText(x);
    else x.skip();
  }
  if (type === T_INLINE || (inline !== null && type === T_NUMBER)) {
    if (inline !== null) return inline;
  }
  if (vStart < 0 && vText === null) return null;
  return typed(x, type, style, ctx, vText ?? "", vText === null ? vStart : -1, vEnd);
}

/** The cell of a `<v>` given as bytes[start, end) of the part, or (start < 0) as decoded `text`. */
function typed(
  x: XmlScanner,
  type: number,
  style: number,
  ctx: SheetContext,
  text: string,
  start: number,
  end: number,
): Cell {
  if (type === T_NUMBER || type === T_SHARED) {
    const n = start >= 0 ? numberAt(x.bytes, start, end) : text.trim() === "" ? Number.NaN : Number(text);
    if (type === T_SHARED) return ctx.strings[n] ?? null;
    if (!Number.isFinite(n)) return null;
    if (style > 0 && ctx.dateStyle[style] === true) return serialDate(n, ctx.date1904) ?? n;
    return n;
  }
  const s = start >= 0 ? decodeText(x, start, end) : text;
  switch (type) {
    case T_BOOL: {
      const v = s.trim();
      return v === "1" || v === "true" ? true : v === "0" || v === "false" ? false : null;
    }
    case T_ERROR:
      return { kind: "error", code: s.trim() };
    case T_DATE:
      return isoCell(s);
    default:
      return unescapeX(s);
  }
}

/**
 * The rest of a `<v>` whose text was not one plain run (a CDATA section, a comment inside):
 * the scanner is somewhere inside it, at `depth` the `<v>`'s own.
 */
function plainTextFromHere(x: XmlScanner, depth: number): string {
  let out = x.kind === TEXT ? decodeText(x, x.textStart, x.textEnd, x.cdata) : "";
  if (x.kind === CLOSE && x.depth < depth) return out;
  if (x.kind === OPEN) x.skip();
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind === TEXT) out += decodeText(x, x.textStart, x.textEnd, x.cdata);
    else if (x.kind === OPEN) x.skip();
  }
  return out;
}

/** Reads `<sheetData>`, just opened, into `rows`. */
function readSheetData(x: XmlScanner, rows: SheetRows, ctx: SheetContext): void {
  const depth = x.depth;
  const ref = new Int32Array(2);
  let row = -1;
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind !== OPEN) continue;
    if (!x.is(N.row)) {
      x.skip();
      continue;
    }
    let next = row + 1;
    while (x.nextAttr())
      if (x.attrIs(N.r) && parseRef(x.bytes, x.valueStart, x.valueEnd, ref) && ref[1] === -1) next = ref[0] as number;
    row = next;
    if (x.selfClosing) continue;
    const rowDepth = x.depth;
    let col = -1;
    while (x.next() !== EOF && x.depth >= rowDepth) {
      if (x.kind !== OPEN) continue;
      if (!x.is(N.c)) {
        x.skip();
        continue;
      }
      let cellRow = row;
      let cellCol = col + 1;
      let style = 0;
      let type = T_NUMBER;
      while (x.nextAttr()) {
        if (x.attrNameEnd - x.attrLocal !== 1 || x.attrPrefixed) continue;
        const a = x.bytes[x.attrLocal];
        if (a === 114 /* r */) {
          if (parseRef(x.bytes, x.valueStart, x.valueEnd, ref) && ref[1] !== -1) {
            cellCol = ref[1] as number;
            if (ref[0] !== -1) cellRow = ref[0] as number;
          }
        } else if (a === 115 /* s */) style = numberAt(x.bytes, x.valueStart, x.valueEnd) || 0;
        else if (a === 116 /* t */) type = cellType(x.bytes, x.valueStart, x.valueEnd);
      }
      col = cellCol;
      const value = cellValue(x, type, style, ctx);
      if (value !== null) rows.set(cellRow, cellCol, value);
    }
  }
}

/** The merged ranges of `<mergeCells>`, just opened, applied to `rows`. */
function readMerges(x: XmlScanner, rows: SheetRows): void {
  const depth = x.depth;
  const out = new Int32Array(2);
  while (x.next() !== EOF && x.depth >= depth) {
    if (x.kind !== OPEN || !x.is(N.mergeCell)) continue;
    while (x.nextAttr()) {
      if (!x.attrIs(N.ref)) continue;
      const b = x.bytes;
      const colon = b.indexOf(58, x.valueStart);
      if (colon < 0 || colon > x.valueEnd) continue;
      if (!parseRef(b, x.valueStart, colon, out)) continue;
      const [r1, c1] = [out[0] as number, out[1] as number];
      if (!parseRef(b, colon + 1, x.valueEnd, out)) continue;
      const [r2, c2] = [out[0] as number, out[1] as number];
      // A whole column (A:B) or a whole row (1:2): the missing part spans the sheet.
      const top = Math.max(0, Math.min(r1, r2));
      const bottom = r1 < 0 || r2 < 0 ? 1_048_575 : Math.max(r1, r2);
      const left = Math.max(0, Math.min(c1, c2));
      const right = c1 < 0 || c2 < 0 ? 16_383 : Math.max(c1, c2);
      rows.merge(top, left, bottom, right);
    }
  }
}

/**
 * The rows of one worksheet part.
 * @example readSheet(bytes, "xl/worksheets/sheet1.xml", "Budget", ctx) // [["Poste", "Prévu initial"], ["Études", 12000]]
 */
export function readSheet(bytes: Uint8Array, part: string, name: string, ctx: SheetContext): Cell[][] {
  const x = new XmlScanner(bytes, part);
  const rows = new SheetRows(ctx.budget, name);
  while (x.next() !== EOF) {
    if (x.kind !== OPEN || x.depth !== 2) continue;
    if (x.is(N.sheetData)) readSheetData(x, rows, ctx);
    else if (x.is(N.mergeCells)) readMerges(x, rows);
    else x.skip();
  }
  return rows.finish();
}
