/** The words the template writes: tab names, headers with their required mark, list values. */
import type { Lang } from "../types.js";
import { ENUMS, type EnumKey, type TemplateColumn, type TemplateTab } from "./columns.js";

/** Rows below the header that get number formats and drop-down lists. */
export const TEMPLATE_ROWS = 500;

/** Appended to a required label; the parser's `normalizeLabel` drops it. */
export const REQUIRED_MARK = " *";

/** The tab's name in the sheet's language. */
export function tabName(spec: TemplateTab, lang: Lang): string {
  return lang === "fr" ? spec.fr : spec.en;
}

/** A column's label, marked when required: `Début prévu *`. */
export function headerLabel(column: TemplateColumn, lang: Lang): string {
  const label = lang === "fr" ? column.fr : column.en;
  return column.required ? `${label}${REQUIRED_MARK}` : label;
}

/** The values of a drop-down list in the sheet's language (French canonical, or English). */
export function enumValues(key: EnumKey, lang: Lang): string[] {
  return ENUMS[key].map((v) => (lang === "fr" ? v.value : v.en));
}

/**
 * One canonical value of a list written in the sheet's language.
 * @example enumLabel("status", "en cours", "en") // "in progress"
 */
export function enumLabel(key: EnumKey, value: string, lang: Lang): string {
  const found = ENUMS[key].find((v) => v.value === value);
  if (!found) throw new Error(`${value} is not a value of the list ${key}`);
  return lang === "fr" ? found.value : found.en;
}
