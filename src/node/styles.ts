/**
 * Formatting intents of the core ({@link Style}) as exceljs cell styles. Fills keep dark text
 * on light backgrounds (the Excel "Good / Neutral / Bad" pairs) for contrast.
 */
import type ExcelJS from "exceljs";
import type { Style } from "../core/types.js";

type CellStyle = Partial<ExcelJS.Style>;

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Number formats (Excel format codes; they display per the user's locale separators). */
export const NUM_FMT = {
  money: '#,##0.00 "€"',
  percent: "0.0 %",
  ratio: "0.00",
  date: "dd/mm/yyyy",
  integer: "0",
} as const;

export const STYLE_MAP: Readonly<Record<Style, CellStyle>> = {
  title: { font: { bold: true, size: 14 } },
  subtitle: { font: { bold: true, size: 12 } },
  header: {
    font: { bold: true },
    fill: fill("FFE7E6E6"),
    border: { bottom: { style: "thin", color: { argb: "FF808080" } } },
    alignment: { vertical: "middle", wrapText: true },
  },
  mark: { font: { italic: true, color: { argb: "FF7F7F7F" } } },
  money: { numFmt: NUM_FMT.money },
  percent: { numFmt: NUM_FMT.percent },
  ratio: { numFmt: NUM_FMT.ratio },
  date: { numFmt: NUM_FMT.date },
  integer: { numFmt: NUM_FMT.integer },
  green: { fill: fill("FFC6EFCE"), font: { color: { argb: "FF006100" } } },
  amber: { fill: fill("FFFFEB9C"), font: { color: { argb: "FF7A4500" } } },
  red: { fill: fill("FFFFC7CE"), font: { color: { argb: "FF9C0006" } } },
  error: { font: { bold: true, color: { argb: "FF9C0006" } } },
  warning: { font: { color: { argb: "FF7A4500" } } },
  info: { font: { color: { argb: "FF1F4E79" } } },
  overload: { fill: fill("FFFFC7CE"), font: { color: { argb: "FF9C0006" } } },
  muted: { font: { color: { argb: "FF6B6B6B" } } },
};

/** The workbook's default font (exceljs writes Calibri 11): every styled font starts from it. */
export const BASE_FONT: Partial<ExcelJS.Font> = { name: "Calibri", size: 11, family: 2 };

/** The font of an internal link. */
export const LINK_FONT: Partial<ExcelJS.Font> = { color: { argb: "FF0563C1" }, underline: true };

/** Merges two styles; fonts merge property by property, the rest is replaced. */
export function mergeStyle(a: CellStyle, b: CellStyle): CellStyle {
  const out: CellStyle = { ...a, ...b };
  if (a.font || b.font) out.font = { ...a.font, ...b.font };
  if (a.alignment || b.alignment) out.alignment = { ...a.alignment, ...b.alignment };
  return out;
}
