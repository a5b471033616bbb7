/** Whether a tab was read at all, so that checks do not pile up on a tab already reported missing. */
import { tabSpec } from "../template/columns.js";
import type { AnyTabLayout, Layout, TabKey } from "../types.js";

/**
 * True when the tab was found with all its required columns (its rows were read).
 * @example tabRead({}, "calendrier") // false
 */
export function tabRead(layout: Layout, tab: TabKey): boolean {
  const found: AnyTabLayout | undefined = layout[tab];
  if (!found) return false;
  if ("rows" in found) return true;
  return tabSpec(tab).columns.every((c) => !c.required || found.columns[c.key] !== undefined);
}
