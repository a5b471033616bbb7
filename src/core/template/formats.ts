/** Number formats and drop-down lists that a template column gets. */
import type { Lang, Style } from "../types.js";
import type { ColumnType, TemplateColumn } from "./columns.js";
import { enumValues } from "./labels.js";

/** A percentage typed by the user keeps its decimals (Taux FCTVA 16,404 %): `rate`, not the 1-decimal `percent`. */
const FORMAT: Partial<Record<ColumnType, Style>> = { amount: "money", date: "date", percent: "rate" };

/** The display style of a column's values, or null (text, counts, years). */
export function formatStyle(column: TemplateColumn): Style | null {
  return FORMAT[column.type] ?? null;
}

/** The drop-down values of a column (enum and yes/no columns), or null. */
export function dropDown(column: TemplateColumn, lang: Lang): string[] | null {
  return column.enumKey ? enumValues(column.enumKey, lang) : null;
}
