/** A model value written into a template cell, as its column's type wants it. */
import type { CellDate, Lang } from "../types.js";
import type { TemplateColumn } from "./columns.js";
import { enumLabel } from "./labels.js";

/** A cell the template writes: never a formula error, so both an input and an output cell. */
export type PlainCell = string | number | boolean | null | CellDate;

/**
 * The cell for a value of the data model: dates become date cells, booleans `oui`/`non`
 * (`yes`/`no`), list values the sheet's language, lists `a; b`, numbers stay raw (a percent
 * stays a fraction).
 * @example modelCell(columnSpec("calendrier", "baselineStart"), "2026-03-02", "fr") // { kind: "date", iso: "2026-03-02" }
 */
export function modelCell(column: TemplateColumn, value: unknown, lang: Lang): PlainCell {
  if (value === null || value === undefined) return null;
  switch (column.type) {
    case "date":
      return { kind: "date", iso: String(value) };
    case "list":
      return Array.isArray(value) && value.length > 0 ? value.join("; ") : null;
    case "yesno":
      return enumLabel("yesno", value === true ? "oui" : "non", lang);
    case "enum":
      return column.enumKey ? enumLabel(column.enumKey, String(value), lang) : String(value);
    case "amount":
    case "percent":
    case "number":
    case "year":
      if (typeof value !== "number") throw new Error(`${column.key}: ${String(value)} is not a number`);
      return value;
    default:
      return String(value);
  }
}
