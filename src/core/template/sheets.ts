/** The template workbook (template v1) as output grids, empty or filled with an example. */
import type { ExampleCapacityRow, ExampleProject } from "../examples/types.js";
import type { Lang, OutputSheet } from "../types.js";
import { modelCell } from "./cell-value.js";
import { TABS, tabSpec } from "./columns.js";
import { exampleCells } from "./example-cells.js";
import { instructionsSheet } from "./instructions.js";
import { projectSheet } from "./project-sheet.js";
import { tableSheet } from "./table-sheet.js";

export interface TemplateOptions {
  readonly lang: Lang;
  /** Fill the tabs with this project's data. */
  readonly example?: ExampleProject;
}

/**
 * The template's tabs: `Mode d'emploi` / `Instructions` first, then every tab of TABS in order,
 * named and labelled in `lang`. Input tabs only: no generated tab, no generated mark.
 * @example buildTemplateSheets({ lang: "fr" }).map((s) => s.name)
 * // ["Mode d'emploi", "Projet", "Validation", "Calendrier", "Budget", "Équipe", "Capacité", "Évaluation"]
 */
export function buildTemplateSheets(options: TemplateOptions): OutputSheet[] {
  const { lang, example } = options;
  const cells = example ? exampleCells(example, lang) : null;
  const sheets: OutputSheet[] = [instructionsSheet(lang)];
  for (const spec of TABS) {
    if (spec.key === "projet") sheets.push(projectSheet(spec, lang, cells?.projet ?? {}));
    else sheets.push(tableSheet(spec, lang, cells?.tables[spec.key] ?? []));
  }
  return sheets;
}

/**
 * A capacity workbook (`consolidate --capacity`): its one `Capacité` / `Capacity` tab, filled
 * with `rows`.
 * @example buildCapacitySheets(EXAMPLE_CAPACITY, "fr")[0].name // "Capacité"
 */
export function buildCapacitySheets(rows: readonly ExampleCapacityRow[], lang: Lang): OutputSheet[] {
  const spec = tabSpec("capacite");
  const cells = rows.map((r) => spec.columns.map((c) => modelCell(c, (r as Record<string, unknown>)[c.key], lang)));
  return [tableSheet(spec, lang, cells)];
}
