/** The key/value tab `Projet`: one field per row, label in A, value in B, help in C. */
import { frenchSpacing } from "../messages/index.js";
import type { Area, Lang, OutCell, OutputSheet, StyledArea } from "../types.js";
import type { TemplateTab } from "./columns.js";
import { dropDown, formatStyle } from "./formats.js";
import { headerLabel, tabName } from "./labels.js";

const HEAD = { fr: ["Rubrique", "Valeur", "Aide"], en: ["Field", "Value", "Help"] } as const;
const HELP_WIDTH = 60;

/**
 * The `Projet` tab: a header row, then one row per field (required labels marked ` *`), the
 * value in column B (empty, or the example's) with its format or drop-down list, a help text
 * in column C.
 * @example projectSheet(tabSpec("projet"), "fr", {}).rows[1] // ["Code projet *", null, "Identifiant unique…"]
 */
export function projectSheet(spec: TemplateTab, lang: Lang, values: Readonly<Record<string, OutCell>>): OutputSheet {
  if (spec.shape !== "keyValue") throw new Error(`${spec.key} is not a key/value tab`);
  const styles: StyledArea[] = [{ row: 0, col: 0, rows: 1, cols: 3, style: "header" }];
  const validations: { area: Area; values: string[] }[] = [];
  const rows: OutCell[][] = [[...HEAD[lang]]];
  spec.columns.forEach((column, i) => {
    const row = i + 1;
    const help = lang === "fr" ? frenchSpacing(column.help.fr) : column.help.en;
    rows.push([headerLabel(column, lang), values[column.key] ?? null, help]);
    const style = formatStyle(column);
    if (style) styles.push({ row, col: 1, rows: 1, cols: 1, style });
    const list = dropDown(column, lang);
    if (list) validations.push({ area: { row, col: 1, rows: 1, cols: 1 }, values: list });
  });
  styles.push({ row: 1, col: 2, rows: spec.columns.length, cols: 1, style: "muted" });
  const labelWidth = Math.max(...rows.map((r) => String(r[0]).length)) + 4;
  return {
    name: tabName(spec, lang),
    rows,
    columnWidths: [labelWidth, Math.max(...spec.columns.map((c) => c.width)), HELP_WIDTH],
    frozenRows: 1,
    styles,
    filters: [],
    charts: [],
    validations,
  };
}
