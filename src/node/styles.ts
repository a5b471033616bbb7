/**
 * Formatting intents of the core ({@link Style}) as exceljs cell styles. Fills keep dark text
 * on light backgrounds (the Excel "Good / Neutral / Bad" pairs) for contrast.
 */
import type ExcelJS from "exceljs";
import { DATE_FORMAT, LOOKS, type Look } from "../core/report/look.js";
import type { Area, OutputSheet, Style } from "../core/types.js";

type CellStyle = Partial<ExcelJS.Style>;

const fill = (argb: string): ExcelJS.Fill => ({ type: "pattern", pattern: "solid", fgColor: { argb } });

/** Number formats (Excel format codes; they display per the user's locale separators). */
export const NUM_FMT = {
  money: LOOKS.money.numberFormat as string,
  percent: LOOKS.percent.numberFormat as string,
  ratio: LOOKS.ratio.numberFormat as string,
  date: DATE_FORMAT,
  integer: LOOKS.integer.numberFormat as string,
} as const;

const argb = (hex: string) => `FF${hex.slice(1).toUpperCase()}`;

/** The core's look of a style as an exceljs style. */
function toExcelJs(look: Look): CellStyle {
  const out: { -readonly [K in keyof CellStyle]: CellStyle[K] } = {};
  if (look.numberFormat) out.numFmt = look.numberFormat;
  if (look.fill) out.fill = fill(argb(look.fill));
  const font: Partial<ExcelJS.Font> = {};
  if (look.bold) font.bold = true;
  if (look.italic) font.italic = true;
  if (look.size) font.size = look.size;
  if (look.color) font.color = { argb: argb(look.color) };
  if (Object.keys(font).length > 0) out.font = font;
  return out;
}

export const STYLE_MAP: Readonly<Record<Style, CellStyle>> = Object.fromEntries(
  Object.entries(LOOKS).map(([style, look]) => [
    style,
    style === "header"
      ? {
          ...toExcelJs(look),
          border: { bottom: { style: "thin", color: { argb: "FF808080" } } },
          alignment: { vertical: "middle", wrapText: true },
        }
      : toExcelJs(look),
  ]),
) as Record<Style, CellStyle>;

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

/** Long text wraps within its column, from the top of a row that grows for it. */
export const WRAP_STYLE: CellStyle = { alignment: { wrapText: true, vertical: "top" } };

/** An area of a sheet and the exceljs style it gets. */
export interface StyledCells {
  readonly area: Area;
  readonly style: CellStyle;
}

/** Every area that styles cells, in the order the writers merge them: the style areas, then the wrapped ones. */
export function styledAreas(sheet: OutputSheet): StyledCells[] {
  return [
    ...sheet.styles.map((area) => ({ area, style: STYLE_MAP[area.style] })),
    ...(sheet.wrap ?? []).map((area) => ({ area, style: WRAP_STYLE })),
  ];
}
