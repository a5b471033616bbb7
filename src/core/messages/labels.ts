/** Tab and column labels in the message's language, from the template's declaration. */
import { ENUMS, type EnumKey, TABS } from "../template/columns.js";
import type { Lang } from "../types.js";

const normal = (s: string) =>
  s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .trim();

/**
 * A tab's name in `lang`, given its canonical French name (or any other name, returned as is).
 * @example tabLabel("Calendrier", "en") // "Schedule"
 */
export function tabLabel(tab: string, lang: Lang): string {
  if (lang === "fr") return tab;
  const spec = TABS.find((t) => normal(t.fr) === normal(tab));
  return spec ? spec.en : tab;
}

/**
 * A column's label in `lang`, given its French label and, when known, its tab's French name
 * (labels such as `Étape` mean different things in different tabs).
 * @example columnLabel("Fin prévue", "en", "Calendrier") // "Baseline finish"
 */
export function columnLabel(column: string, lang: Lang, tab?: string): string {
  if (lang === "fr") return column;
  const tabs = tab ? TABS.filter((t) => normal(t.fr) === normal(tab)) : [];
  for (const spec of tabs.length > 0 ? tabs : TABS) {
    const col = spec.columns.find((c) => normal(c.fr) === normal(column));
    if (col) return col.en;
  }
  return column;
}

/**
 * The accepted values of an enum, in `lang`, for "expected one of…" messages.
 * @example enumValues("decision", "fr") // ["favorable", "défavorable", "ajourné", "en attente"]
 */
export function enumValues(key: EnumKey, lang: Lang): string[] {
  return ENUMS[key].map((v) => (lang === "fr" ? v.value : v.en));
}
