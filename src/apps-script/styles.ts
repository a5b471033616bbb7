/**
 * What each {@link Style} of an output sheet means in Sheets: a number format, a fill, a weight,
 * a font colour, taken from the one table every host shares (core/report/look.ts).
 */
import { DATE_FORMAT, styleLook } from "../core/report/look.js";
import type { Style } from "../core/types.js";

export interface SheetsLook {
  readonly numberFormat?: string;
  readonly background?: string;
  readonly bold?: boolean;
  readonly color?: string;
}

/** The number format of a date cell without an explicit style. */
export function dateFormat(): string {
  return DATE_FORMAT;
}

/** The look of a style in Sheets, from the one table every host shares (core/report/look.ts). */
export function lookOf(style: Style): SheetsLook {
  const look = styleLook(style);
  return {
    ...(look.numberFormat ? { numberFormat: look.numberFormat } : {}),
    ...(look.fill ? { background: look.fill } : {}),
    ...(look.bold ? { bold: true } : {}),
    ...(look.color ? { color: look.color } : {}),
  };
}
