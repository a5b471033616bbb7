/**
 * Workbook grid → typed fiche projet. Every problem is an issue draft located to its cell;
 * nothing here throws on data. Issues come tab by tab in template order, row by row.
 */
import { TABS, type TabSpec } from "../template/columns.js";
import type { FicheProjet, IssueDraft, Layout, ParseResult, TabKey, WorkbookGrid } from "../types.js";
import { readKeyValue } from "./keyvalue.js";
import { buildProject } from "./records/project.js";
import {
  buildBudgetLine,
  buildCapacityRow,
  buildIndicator,
  buildStaffRow,
  buildStep,
  buildValidation,
} from "./records/tables.js";
import { type RawRow, readTable } from "./table.js";
import { findSheet } from "./tabs.js";

export { normalizeLabel } from "../cells/normalize.js";
export { findHeader } from "./header.js";
export { findSheet } from "./tabs.js";

/**
 * Reads a workbook: finds the template's tabs and columns, reads and types every value, applies
 * the defaults of SPEC §1, and reports what is missing or unreadable.
 * @example parseWorkbook({ sheets: [] }).issues.map((i) => i.code) // ["TAB_MISSING", "TAB_MISSING", "TAB_MISSING", "TAB_MISSING"]
 */
export function parseWorkbook(grid: WorkbookGrid): ParseResult {
  const issues: IssueDraft[] = [];
  const layout: Layout = {};
  const tables: Partial<Record<TabKey, readonly RawRow[]>> = {};
  const unreadStepIds: string[] = [];
  let projectValues = {};
  for (const spec of TABS) {
    const sheet = findSheet(grid, spec);
    if (!sheet) {
      if (spec.required) issues.push(tabMissing(spec));
      continue;
    }
    if (spec.shape === "keyValue") {
      const read = readKeyValue(sheet, spec);
      layout[spec.key] = read.layout;
      projectValues = read.values;
      issues.push(...read.issues);
    } else {
      const read = readTable(sheet, spec);
      layout[spec.key] = read.layout;
      tables[spec.key] = read.rows;
      if (spec.key === "calendrier") unreadStepIds.push(...idsOf(read.skipped));
      for (const issue of read.issues) issues.push(issue);
    }
  }
  const fiche: FicheProjet = {
    project: buildProject(projectValues),
    validation: (tables.validation ?? []).map(buildValidation),
    steps: (tables.calendrier ?? []).map(buildStep),
    budget: (tables.budget ?? []).map(buildBudgetLine),
    team: (tables.equipe ?? []).map(buildStaffRow),
    capacity: (tables.capacite ?? []).map(buildCapacityRow),
    indicators: (tables.evaluation ?? []).map(buildIndicator),
    layout,
    unreadStepIds,
  };
  return { fiche, issues };
}

/** The IDs that could be read on rows left out. */
function idsOf(rows: readonly RawRow[]): string[] {
  return rows.flatMap((r) => (typeof r.values.id === "string" ? [r.values.id] : []));
}

function tabMissing(spec: TabSpec): IssueDraft {
  return { code: "TAB_MISSING", sheet: spec.fr, cell: null, params: { tab: spec.fr } };
}
