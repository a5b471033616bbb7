/**
 * One worksheet's XML → one core {@link Sheet}, with exceljs 4.4's rules (cell-xform parse and
 * reconcile, Row/Worksheet model setters, eachRow/eachCell, cellValue.ts's toCell): which rows
 * exist, which cells count, merged cells, and how each value is typed. A single forward scan.
 */
import type { Cell, Sheet } from "../core/types.js";
import { toCell } from "./cellValue.js";
import {
  attributes,
  decodeEntities,
  endsName,
  onlyTags,
  rootIs,
  section,
  tagEnd,
  unsupported,
  xmlDecodeAgain,
} from "./fastReadXml.js";

/** What the workbook-level parts give a sheet. */
export interface SheetContext {
  readonly strings: readonly (string | undefined)[];
  readonly dateStyle: readonly boolean[];
}

interface RowData {
  cells: Cell[];
  /** exceljs's row.hasValues: a cell of a type other than Null (a merged cell counts). */
  present: boolean;
}

const MAX_MERGED_CELLS = 100_000;
const MAIN_NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';
const SHEET_DATA_TAGS: ReadonlySet<string> = new Set(["row", "c", "f", "v", "is", "t"]);

/** Column number of the letters of an A1 address in `r`, checking the row; unsupported otherwise. */
function columnOf(r: string, rowNumber: number): number {
  const m = /^([A-Z]{1,3})([1-9][0-9]*)$/.exec(r);
  if (!m || Number(m[2]) !== rowNumber) unsupported("cell address");
  let col = 0;
  for (const ch of (m as RegExpExecArray)[1] as string) col = col * 26 + ch.charCodeAt(0) - 64;
  if (col > 16384) unsupported("column");
  return col;
}

/** The text of the child `<name…>…</name>` in a cell's content, or undefined when absent or empty. */
function childText(xml: string, name: string): { text?: string; attrs?: Record<string, string> } {
  const open = `<${name}`;
  let i = xml.indexOf(open);
  while (i >= 0 && !endsName(xml, i + open.length)) i = xml.indexOf(open, i + open.length);
  if (i < 0) return {};
  if (xml.indexOf(open, i + 1) >= 0) unsupported(`two ${name}`);
  const gt = tagEnd(xml, i);
  const attrs = attributes(xml, i + open.length, gt);
  if (xml.charCodeAt(gt - 1) === 47) return { attrs };
  const c = xml.indexOf(`</${name}>`, gt);
  if (c < 0) unsupported(`unclosed ${name}`);
  const raw = xml.slice(gt + 1, c);
  if (raw.includes("<")) unsupported(`markup in ${name}`);
  return raw === "" ? { attrs } : { attrs, text: decodeEntities(raw) };
}

/** exceljs's utils.excelToDate (1900 system), then cellValue.ts's conversion. */
function dateCell(v: unknown): Cell {
  return toCell(new Date(Math.round(((v as number) - 25569) * 24 * 3600 * 1000)));
}

/** One `<c>`'s content → [counts as a value, the Cell]. */
function cellValue(content: string, t: string | undefined, isDate: boolean, ctx: SheetContext): [boolean, Cell] {
  let value: string | undefined;
  let f: { text?: string; attrs?: Record<string, string> } = {};
  if (content.length > 0) {
    value = childText(content, "v").text;
    f = childText(content, "f");
    const is = content.indexOf("<is");
    if (is >= 0) {
      if (value !== undefined) unsupported("v and is");
      const isEnd = content.indexOf("</is>", is);
      if (isEnd < 0 || content.slice(is, isEnd).includes("<r")) unsupported("rich inline string");
      value = childText(content.slice(is + 3, isEnd), "t").text;
    }
  }
  if (f.text !== undefined || f.attrs?.t) {
    if (value === undefined) return [true, null];
    let result: unknown;
    if (t === "str") result = xmlDecodeAgain(value);
    else if (t === "b") result = Number.parseInt(value, 10) !== 0;
    else if (t === "e") result = { error: value };
    else result = Number.parseFloat(value);
    return [true, isDate ? dateCell(result) : toCell(result)];
  }
  if (value === undefined) return [false, null];
  switch (t) {
    case "s": {
      const s = ctx.strings[Number.parseInt(value, 10)];
      if (s === undefined) unsupported("shared string");
      return [true, s as string];
    }
    case "str":
      return [true, xmlDecodeAgain(value)];
    case "inlineStr":
      return [true, value];
    case "b":
      return [true, Number.parseInt(value, 10) !== 0];
    case "e":
      return [true, { kind: "error", code: value }];
    default: {
      const n = Number.parseFloat(value);
      return [true, isDate ? dateCell(n) : toCell(n)];
    }
  }
}

/** Reads one worksheet part. */
export function readSheet(xml: string, name: string, ctx: SheetContext): Sheet {
  rootIs(xml, "worksheet");
  if (!xml.includes(MAIN_NS, xml.indexOf("<worksheet"))) unsupported("worksheet namespace");
  const data = section(xml, "sheetData");
  if (!data) unsupported("no sheetData");
  const { start, end } = data as { start: number; end: number };
  onlyTags(xml, start, end, SHEET_DATA_TAGS);
  if (xml.includes("<hyperlink", end)) unsupported("hyperlinks");
  const rows = new Map<number, RowData>();
  let lastRow = 0;
  let i = xml.indexOf("<", start);
  let row: RowData | null = null;
  let rowNumber = 0;
  let lastCol = 0;
  while (i >= 0 && i < end) {
    const gt = tagEnd(xml, i);
    const c1 = xml.charCodeAt(i + 1);
    if (c1 === 114 /* r */ && endsName(xml, i + 4) && xml.startsWith("<row", i)) {
      const attrs = attributes(xml, i + 4, gt);
      const n = /^[1-9][0-9]{0,6}$/.test(attrs.r ?? "") ? Number(attrs.r) : 0;
      if (n <= lastRow || n > 1_048_576) unsupported("row number");
      lastRow = rowNumber = n;
      lastCol = 0;
      row = xml.charCodeAt(gt - 1) === 47 ? null : { cells: [], present: false };
      if (row) rows.set(n, row);
      i = xml.indexOf("<", gt);
    } else if (c1 === 47 /* / */ && xml.startsWith("</row>", i)) {
      row = null;
      i = xml.indexOf("<", gt);
    } else if (c1 === 99 /* c */ && endsName(xml, i + 2)) {
      if (!row) unsupported("cell outside a row");
      const attrs = attributes(xml, i + 2, gt);
      if (attrs.r === undefined) unsupported("cell without address");
      const col = columnOf(attrs.r as string, rowNumber);
      if (col <= lastCol) unsupported("cell order");
      lastCol = col;
      let close = gt + 1;
      let inner = gt + 1;
      if (xml.charCodeAt(gt - 1) !== 47) {
        const c = xml.indexOf("</c>", gt);
        if (c < 0 || c > end) unsupported("unclosed c");
        inner = c;
        close = c + 4;
      }
      const styleId = attrs.s ? Number.parseInt(attrs.s, 10) : 0;
      // exceljs ignores style 0 (`model.styleId && …`), even when its format is a date.
      // Without any cellXfs, exceljs's style lookup throws on a styled cell: not modelled.
      if (styleId > 0 && ctx.dateStyle.length === 0) unsupported("style without cellXfs");
      const isDate = styleId > 0 && ctx.dateStyle[styleId] === true;
      const [counts, cell] = cellValue(inner > gt + 1 ? xml.slice(gt + 1, inner) : "", attrs.t, isDate, ctx);
      const r = row as RowData;
      if (counts) r.present = true;
      if (cell !== null) r.cells[col - 1] = cell;
      i = xml.indexOf("<", close);
    } else unsupported("unexpected element in sheetData");
  }
  applyMerges(xml, end, rows);
  return { name, rows: toRows(rows) };
}

/** Merged ranges: every cell but the top-left one loses its value and makes its row exist. */
function applyMerges(xml: string, from: number, rows: Map<number, RowData>): void {
  const merges = section(xml, "mergeCells", from);
  if (!merges) return;
  onlyTags(xml, merges.start, merges.end, new Set(["mergeCell"]));
  const taken = new Set<number>();
  let i = xml.indexOf("<mergeCell", merges.start);
  while (i >= 0 && i < merges.end) {
    const gt = tagEnd(xml, i);
    const ref = attributes(xml, i + 10, gt).ref ?? "";
    const m = /^([A-Z]{1,3})([1-9][0-9]*):([A-Z]{1,3})([1-9][0-9]*)$/.exec(ref);
    if (!m) unsupported("merge ref");
    const [, c1, r1, c2, r2] = m as RegExpExecArray;
    const a = [columnOf(`${c1}${r1}`, Number(r1)), Number(r1)];
    const b = [columnOf(`${c2}${r2}`, Number(r2)), Number(r2)];
    const left = Math.min(a[0] as number, b[0] as number);
    const right = Math.max(a[0] as number, b[0] as number);
    const top = Math.min(a[1] as number, b[1] as number);
    const bottom = Math.max(a[1] as number, b[1] as number);
    if ((right - left + 1) * (bottom - top + 1) + taken.size > MAX_MERGED_CELLS) unsupported("merge area");
    for (let r = top; r <= bottom; r++) {
      for (let c = left; c <= right; c++) {
        const key = r * 16385 + c;
        if (taken.has(key)) unsupported("overlapping merges");
        taken.add(key);
        if (r === top && c === left) continue;
        let row = rows.get(r);
        if (!row) {
          row = { cells: [], present: true };
          rows.set(r, row);
        }
        row.present = true;
        delete row.cells[c - 1];
      }
    }
    i = xml.indexOf("<mergeCell", gt);
  }
}

/** The rows as eachRow/eachCell give them: absent rows empty, holes null, trailing holes dropped. */
function toRows(rows: Map<number, RowData>): Cell[][] {
  let last = 0;
  for (const [n, r] of rows) if (r.present && n > last) last = n;
  const out: Cell[][] = [];
  for (let n = 1; n <= last; n++) {
    const r = rows.get(n);
    if (!r?.present) {
      out.push([]);
      continue;
    }
    let len = r.cells.length;
    while (len > 0 && r.cells[len - 1] === undefined) len--;
    const cells: Cell[] = new Array(len);
    for (let c = 0; c < len; c++) cells[c] = r.cells[c] ?? null;
    out.push(cells);
  }
  return out;
}
