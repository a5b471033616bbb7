/** Whether a tab was read at all, so that checks do not pile up on a tab already reported missing. */
import { tabSpec } from "../template/columns.js";
import type { Layout, TabKey } from "../types.js";

/**
 * True when the tab was found with all its required columns (its rows were read).
 * @example tabRead({}, "calendrier") // false
 */
export function tabRead(layout: Layout, tab: TabKey): boolean {
  const found = layout[tab];
  if (!found) return false;
  if (found.rows) return true;
  return tabSpec(tab).columns.every((c) => !c.required || found.columns[c.key] !== undefined);
}
