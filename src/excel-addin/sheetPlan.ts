/**
 * An {@link OutputSheet} turned into what Office.js writes: a rectangle of values, a matching
 * rectangle of number formats, the links, and the look of each style. Every string cell gets
 * the text format `@` (set before the values), so `=HYPERLINK(…)`, `+33…`, `-x`, `@x` stay text.
 */
import { isoToSerial } from "../core/dates.js";
import type { Lang, OutputSheet, Style } from "../core/types.js";

export interface StyleLook {
  readonly numberFormat?: string;
  readonly fill?: string;
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  readonly size?: number;
}

/** Excel's look of each style intent (number formats in the invariant en-US syntax Office.js expects). */
export function styleLook(style: Style, lang: Lang): StyleLook {
  switch (style) {
    case "title":
      return { bold: true, size: 14, color: "#1F3864" };
    case "subtitle":
      return { bold: true, size: 12, color: "#1F3864" };
    case "header":
      return { bold: true, fill: "#D9E2F3", color: "#1F1F1F" };
    case "mark":
      return { italic: true, color: "#595959" };
    case "money":
      return { numberFormat: '#,##0.00 "€"' };
    case "percent":
      return { numberFormat: "0.0%" };
    case "ratio":
      return { numberFormat: "0.00" };
    case "date":
      return { numberFormat: dateFormat(lang) };
    case "integer":
      return { numberFormat: "#,##0" };
    case "green":
      return { fill: "#DFF6DD", color: "#0E700E" };
    case "amber":
      return { fill: "#FFF4CE", color: "#7A4B00" };
    case "red":
      return { fill: "#FDE7E9", color: "#A4262C" };
    case "error":
      return { color: "#A4262C", bold: true };
    case "warning":
      return { color: "#7A4B00", bold: true };
    case "info":
      return { color: "#0F6CBD" };
    case "overload":
      return { fill: "#FDE7E9", color: "#A4262C", bold: true };
    case "muted":
      return { color: "#595959" };
  }
}

/** The number format of a date cell. */
export function dateFormat(lang: Lang): string {
  return lang === "fr" ? "dd/mm/yyyy" : "yyyy-mm-dd";
}

export interface LinkPlan {
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface SheetPlan {
  readonly rows: number;
  readonly cols: number;
  readonly values: (string | number | boolean)[][];
  readonly formats: string[][];
  readonly links: readonly LinkPlan[];
}

/** Text as Office.js must receive it to keep it literal: a leading apostrophe is doubled (Excel eats one). */
export function literalText(text: string): string {
  return text.startsWith("'") ? `'${text}` : text;
}

/**
 * The values and number formats of a sheet, as rectangles.
 * @example planSheet({ name: "S", rows: [["=1+1", 3]], … }, "fr").formats // [["@", "General"]]
 */
export function planSheet(sheet: OutputSheet, lang: Lang): SheetPlan {
  const rows = sheet.rows.length;
  const cols = Math.max(1, ...sheet.rows.map((r) => r.length));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const area of sheet.styles) {
    const format = styleLook(area.style, lang).numberFormat;
    if (!format) continue;
    for (let r = area.row; r < Math.min(rows, area.row + area.rows); r++) {
      const line = formats[r];
      if (!line) continue;
      for (let c = area.col; c < Math.min(cols, area.col + area.cols); c++) line[c] = format;
    }
  }
  const links: LinkPlan[] = [];
  const values = sheet.rows.map((row, r) => {
    const line: (string | number | boolean)[] = new Array(cols).fill("");
    const fmt = formats[r] as string[];
    row.forEach((cell, c) => {
      if (cell === null) return;
      if (typeof cell === "string") {
        line[c] = literalText(cell);
        fmt[c] = "@";
      } else if (typeof cell === "number" || typeof cell === "boolean") {
        line[c] = cell;
      } else if (cell.kind === "date") {
        line[c] = isoToSerial(cell.iso);
        fmt[c] = dateFormat(lang);
      } else {
        line[c] = literalText(cell.text);
        fmt[c] = "@";
        links.push({ row: r, col: c, text: cell.text, sheet: cell.sheet, cell: cell.cell });
      }
    });
    return line;
  });
  return { rows, cols, values, formats, links };
}
