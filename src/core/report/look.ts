/**
 * What each formatting intent ({@link Style}) looks like, declared once for every host: the
 * xlsx writer, the Excel taskpane and the Sheets script map this one table to their own API,
 * so a generated tab looks the same wherever it is written.
 * Fills are light with dark text (Excel's Good / Neutral / Bad pairs): contrast ≥ 4.5:1.
 */
import type { Style } from "../types.js";

export interface Look {
  /** An Excel format code (invariant syntax: `,` groups and `.` decimals; the host's locale displays them). */
  readonly numberFormat?: string;
  /** Background as `#RRGGBB`. */
  readonly fill?: string;
  /** Font colour as `#RRGGBB`. */
  readonly color?: string;
  readonly bold?: boolean;
  readonly italic?: boolean;
  /** Font size in points. */
  readonly size?: number;
}

/** Dates are written `dd/mm/yyyy` in both languages: the template's users are French authorities. */
export const DATE_FORMAT = "dd/mm/yyyy";

export const LOOKS: Readonly<Record<Style, Look>> = {
  title: { bold: true, size: 14, color: "#1F3864" },
  subtitle: { bold: true, size: 12, color: "#1F3864" },
  header: { bold: true, fill: "#E7E6E6", color: "#1F1F1F" },
  mark: { italic: true, color: "#595959" },
  money: { numberFormat: '#,##0.00 "€"' },
  /** A computed ratio (a rate of execution, a load): one decimal is all it means. */
  percent: { numberFormat: "0.0 %" },
  /** A rate the user typed (Taux FCTVA, Avancement, a funding rate): every decimal it carries, up to 3 (16,404 %). */
  rate: { numberFormat: "0.0## %" },
  percent2: { numberFormat: "0.00 %" },
  ratio: { numberFormat: "0.00" },
  date: { numberFormat: DATE_FORMAT },
  integer: { numberFormat: "0" },
  green: { fill: "#C6EFCE", color: "#006100" },
  amber: { fill: "#FFEB9C", color: "#7A4500" },
  red: { fill: "#FFC7CE", color: "#9C0006" },
  unknown: { fill: "#E7E6E6", color: "#3A3A3A", italic: true },
  error: { bold: true, color: "#9C0006" },
  warning: { color: "#7A4500" },
  info: { color: "#1F4E79" },
  overload: { fill: "#FFC7CE", color: "#9C0006", bold: true },
  muted: { color: "#595959" },
};

/**
 * The look of one formatting intent.
 * @example styleLook("money").numberFormat // '#,##0.00 "€"'
 */
export function styleLook(style: Style): Look {
  return LOOKS[style];
}
