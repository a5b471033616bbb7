/**
 * What each {@link Style} of an output sheet means in Sheets: a number format, a fill, a weight,
 * a font colour. The Fluent palette of the panel, so the tabs and the sidebar look alike.
 */
import type { Lang, Style } from "../core/types.js";

export interface SheetsLook {
  readonly numberFormat?: string;
  readonly background?: string;
  readonly bold?: boolean;
  readonly color?: string;
}

/** The number format of a date cell without an explicit style. */
export function dateFormat(lang: Lang): string {
  return lang === "en" ? "yyyy-mm-dd" : "dd/mm/yyyy";
}

/** The look of a style in a given language (formats differ, colours do not). */
export function lookOf(style: Style, lang: Lang): SheetsLook {
  switch (style) {
    case "title":
      return { bold: true, color: "#0F6CBD" };
    case "subtitle":
      return { bold: true };
    case "header":
      return { bold: true, background: "#EBF3FC" };
    case "mark":
      return { color: "#616161" };
    case "money":
      return { numberFormat: lang === "en" ? '"€"#,##0.00' : '#,##0.00 "€"' };
    case "percent":
      return { numberFormat: "0.0%" };
    case "ratio":
      return { numberFormat: "0.00" };
    case "date":
      return { numberFormat: dateFormat(lang) };
    case "integer":
      return { numberFormat: "0" };
    case "green":
      return { background: "#DFF6DD", color: "#0E700E" };
    case "amber":
      return { background: "#FFF4CE", color: "#835B00" };
    case "red":
      return { background: "#FDE7E9", color: "#B10E1C" };
    case "error":
      return { color: "#B10E1C", bold: true };
    case "warning":
      return { color: "#835B00" };
    case "info":
      return { color: "#0F6CBD" };
    case "overload":
      return { background: "#FDE7E9", bold: true };
    case "muted":
      return { color: "#616161" };
  }
}
