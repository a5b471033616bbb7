/** BUDGET_OVERCOMMITTED: Engagé > Crédits ouverts on a line. */
import { cellOf } from "../locate.js";
import type { BudgetLine, IssueDraft, Layout } from "../types.js";
import { exceeds } from "./money.js";

/** The issue for one line, at its Engagé cell, or null. */
export function checkOvercommitted(line: BudgetLine, layout: Layout): IssueDraft | null {
  if (!exceeds(line.committed, line.open)) return null;
  const params = { line: line.line, committed: line.committed, open: line.open };
  return { code: "BUDGET_OVERCOMMITTED", ...cellOf(layout, "budget", "committed", line.row), params };
}
