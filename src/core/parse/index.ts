/**
 * Workbook grid → typed fiche projet. Every problem is an issue draft located to its cell;
 * nothing here throws on data. Issues come tab by tab in template order, row by row.
 */
import type { CellValue } from "../cells/read.js";
import { type ColumnKey, TABS, type TableTabKey, type TemplateTab } from "../template/columns.js";
import type { FicheProjet, IssueDraft, LayoutDraft, ParseResult, Sheet, WorkbookGrid } from "../types.js";
import { readKeyValue } from "./keyvalue.js";
import { buildFundingRow } from "./records/funding.js";
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

/** Per table tab, its rows: the usable ones, or those left out. */
type RowsByTab = { [K in TableTabKey]?: readonly RawRow<ColumnKey<K>>[] };

/** What reading the tabs gathers before the records are built. */
interface Reading {
  readonly issues: IssueDraft[];
  readonly layout: LayoutDraft;
  readonly rows: RowsByTab;
  readonly skipped: RowsByTab;
  project: Readonly<Partial<Record<ColumnKey<"projet">, CellValue | null>>>;
}

/**
 * Reads a workbook: finds the template's tabs and columns, reads and types every value, applies
 * the defaults of SPEC §1, and reports what is missing or unreadable.
 * @example parseWorkbook({ sheets: [] }).issues.map((i) => i.code) // ["TAB_MISSING", "TAB_MISSING", "TAB_MISSING", "TAB_MISSING"]
 */
export function parseWorkbook(grid: WorkbookGrid): ParseResult {
  const reading: Reading = { issues: [], layout: {}, rows: {}, skipped: {}, project: {} };
  for (const spec of TABS) {
    const sheet = findSheet(grid, spec);
    if (!sheet) {
      if (spec.required) reading.issues.push(tabMissing(spec));
    } else if (spec.shape === "keyValue") {
      const read = readKeyValue(sheet, spec);
      reading.layout[spec.key] = read.layout;
      reading.project = read.values;
      reading.issues.push(...read.issues);
    } else {
      readTableTab(sheet, spec, reading);
    }
  }
  const { rows, layout } = reading;
  const fiche: FicheProjet = {
    project: buildProject(reading.project),
    validation: (rows.validation ?? []).map(buildValidation),
    steps: (rows.calendrier ?? []).map(buildStep),
    budget: (rows.budget ?? []).map(buildBudgetLine),
    funding: (rows.financement ?? []).map(buildFundingRow),
    team: (rows.equipe ?? []).map(buildStaffRow),
    capacity: (rows.capacite ?? []).map(buildCapacityRow),
    indicators: (rows.evaluation ?? []).map(buildIndicator),
    layout,
    unreadStepIds: (reading.skipped.calendrier ?? []).flatMap((r) =>
      typeof r.values.id === "string" ? [r.values.id] : [],
    ),
  };
  return { fiche, issues: reading.issues };
}

/** Reads one table tab into `reading`, each tab's rows and layout under its own key. */
function readTableTab<K extends TableTabKey>(sheet: Sheet, spec: TemplateTab<K>, reading: Reading): void {
  const read = readTable(sheet, spec);
  reading.layout[spec.key] = read.layout;
  reading.rows[spec.key] = read.rows;
  reading.skipped[spec.key] = read.skipped;
  for (const issue of read.issues) reading.issues.push(issue);
}

function tabMissing(spec: TemplateTab): IssueDraft {
  return { code: "TAB_MISSING", sheet: spec.fr, cell: null, params: { tab: spec.fr } };
}
