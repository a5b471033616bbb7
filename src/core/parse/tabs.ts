/** Finding the template's tabs in a workbook, whatever their case, accents or language. */
import { normalizeLabel } from "../cells/normalize.js";
import type { TabSpec } from "../template/columns.js";
import type { Sheet, WorkbookGrid } from "../types.js";

/**
 * The first sheet whose name matches the tab's French name, English name or an alias
 * (case-, accent- and space-insensitive), or null.
 * @example findSheet({ sheets: [{ name: " calendrier ", rows: [] }] }, tabSpec("calendrier"))?.name // " calendrier "
 */
export function findSheet(grid: WorkbookGrid, spec: TabSpec): Sheet | null {
  const names = new Set([spec.fr, spec.en, ...spec.aliases].map(normalizeLabel));
  return grid.sheets.find((s) => names.has(normalizeLabel(String(s.name ?? "")))) ?? null;
}
