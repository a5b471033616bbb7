/** An example project as the cells of each template tab, in the TABS column order. */
import type { ExampleProject } from "../examples/types.js";
import type { Lang } from "../types.js";
import { modelCell, type PlainCell } from "./cell-value.js";
import { TABS, type TableTabKey } from "./columns.js";

/** The records of each table tab the examples fill (a tab without is written empty). */
function records(project: ExampleProject): Partial<Record<TableTabKey, readonly object[]>> {
  return {
    validation: project.validation,
    calendrier: project.steps,
    budget: project.budget,
    financement: project.funding ?? [],
    equipe: project.team,
    capacite: project.capacity,
    evaluation: project.indicators,
  };
}

export interface ExampleCells {
  /** Projet field key → value cell. */
  readonly projet: Readonly<Record<string, PlainCell>>;
  /** Table tab → data rows (no header). */
  readonly tables: Readonly<Record<TableTabKey, readonly (readonly PlainCell[])[]>>;
}

/**
 * The cells of an example, tab by tab, written in the sheet's language.
 * @example exampleCells(MEDIATHEQUE, "fr").projet.code // "MED-2025-01"
 */
export function exampleCells(project: ExampleProject, lang: Lang): ExampleCells {
  const byTab = records(project);
  const projet: Record<string, PlainCell> = {};
  const tables = {} as Record<TableTabKey, PlainCell[][]>;
  for (const spec of TABS) {
    if (spec.key === "projet") {
      const info = project.project as unknown as Record<string, unknown>;
      for (const c of spec.columns) projet[c.key] = modelCell(c, info[c.key], lang);
      continue;
    }
    tables[spec.key] = (byTab[spec.key] ?? []).map((record) => {
      const fields = record as Record<string, unknown>;
      return spec.columns.map((c) => modelCell(c, fields[c.key], lang));
    });
  }
  return { projet, tables };
}
