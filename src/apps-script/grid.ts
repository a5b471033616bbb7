/**
 * An {@link OutputSheet} turned into the rectangular arrays Sheets' batch setters take: values
 * (text made literal, dates as midnight in the spreadsheet's zone), number formats, fills,
 * weights, colours and wrapping — so that each is ONE call over the whole grid.
 */
import type { OutCell, OutputSheet } from "../core/types.js";
import { dateFormat, lookOf } from "./styles.js";
import { asPlainText } from "./text.js";
import { midnightInZone } from "./zone.js";

export type SheetsValue = string | number | boolean | Date;

export interface LinkCell {
  /** 0-based. */
  readonly row: number;
  readonly col: number;
  readonly text: string;
  readonly sheet: string;
  readonly cell: string;
}

export interface SheetsGrid {
  readonly height: number;
  readonly width: number;
  readonly values: SheetsValue[][];
  readonly formats: string[][];
  readonly backgrounds: (string | null)[][];
  readonly weights: ("bold" | "normal")[][];
  readonly colors: (string | null)[][];
  /** Cells whose text wraps (the tab's `wrap` areas); null when it has none. */
  readonly wrapped: boolean[][] | null;
  readonly links: readonly LinkCell[];
}

/** The value to give `setValues` for one output cell. */
export function toSheetsValue(cell: OutCell, timeZone: string): SheetsValue {
  if (cell === null) return "";
  if (typeof cell === "string") return asPlainText(cell);
  if (typeof cell === "number" || typeof cell === "boolean") return cell;
  if (cell.kind === "date") return midnightInZone(cell.iso, timeZone);
  return asPlainText(cell.text);
}

const fill = <T>(height: number, width: number, value: T): T[][] =>
  Array.from({ length: height }, () => Array.from({ length: width }, () => value));

/** Lays out a whole output sheet: ragged rows padded with `''`, styles applied area by area. */
export function toSheetsGrid(out: OutputSheet, timeZone: string): SheetsGrid {
  const height = Math.max(1, out.rows.length);
  const width = Math.max(1, ...out.rows.map((r) => r.length));
  const values = fill<SheetsValue>(height, width, "");
  const formats = fill(height, width, "General");
  const backgrounds = fill<string | null>(height, width, null);
  const weights = fill<"bold" | "normal">(height, width, "normal");
  const colors = fill<string | null>(height, width, null);
  const links: LinkCell[] = [];
  out.rows.forEach((row, r) => {
    row.forEach((cell, c) => {
      values[r]![c] = toSheetsValue(cell, timeZone);
      if (cell !== null && typeof cell === "object" && cell.kind === "date") formats[r]![c] = dateFormat();
      if (cell !== null && typeof cell === "object" && cell.kind === "link") {
        links.push({ row: r, col: c, text: cell.text, sheet: cell.sheet, cell: cell.cell });
      }
    });
  });
  for (const area of out.styles) {
    const look = lookOf(area.style);
    for (let r = area.row; r < Math.min(height, area.row + area.rows); r++) {
      for (let c = area.col; c < Math.min(width, area.col + area.cols); c++) {
        if (look.numberFormat) formats[r]![c] = look.numberFormat;
        if (look.background) backgrounds[r]![c] = look.background;
        if (look.bold) weights[r]![c] = "bold";
        if (look.color) colors[r]![c] = look.color;
      }
    }
  }
  let wrapped: boolean[][] | null = null;
  for (const area of out.wrap ?? []) {
    wrapped ??= fill(height, width, false);
    for (let r = area.row; r < Math.min(height, area.row + area.rows); r++)
      for (let c = area.col; c < Math.min(width, area.col + area.cols); c++) wrapped[r]![c] = true;
  }
  return { height, width, values, formats, backgrounds, weights, colors, wrapped, links };
}

/** Column width in pixels from the sheet's width (characters, as the template declares them). */
export function columnPixels(width: number): number {
  return width > 100 ? Math.round(width) : Math.round(width * 7 + 12);
}
