/**
 * An {@link OutputSheet} turned into what Office.js writes: a rectangle of values, a matching
 * rectangle of number formats, and the links (each style's look is core/report/look.ts's, one
 * table for every host). Every string cell gets the text format `@` (set before the values), so
 * `=HYPERLINK(…)`, `+33…`, `-x`, `@x` stay text.
 */
import { isoToSerial } from "../core/dates.js";
import { DATE_FORMAT, styleLook } from "../core/report/look.js";
import type { OutputSheet } from "../core/types.js";
import { type DateSystem, from1900 } from "./dateSystem.js";

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
 * The values and number formats of a sheet, as rectangles; dates as serials of the workbook's
 * date system.
 * @example planSheet({ name: "S", rows: [["=1+1", 3]], … }).formats // [["@", "General"]]
 */
export function planSheet(sheet: OutputSheet, dateSystem: DateSystem = 1900): SheetPlan {
  const rows = sheet.rows.length;
  const cols = Math.max(1, ...sheet.rows.map((r) => r.length));
  const formats: string[][] = Array.from({ length: rows }, () => new Array<string>(cols).fill("General"));
  for (const area of sheet.styles) {
    const format = styleLook(area.style).numberFormat;
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
        line[c] = from1900(isoToSerial(cell.iso), dateSystem);
        fmt[c] = DATE_FORMAT;
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
