/** BUDGET_PAID_EXCEEDS_COMMITTED: Mandaté > Engagé on a line whose Engagé > 0. */
import { cellOf } from "../locate.js";
import type { BudgetLine, IssueDraft, Layout } from "../types.js";
import { cents, exceeds } from "./money.js";

/** The issue for one line, at its Mandaté cell, or null. */
export function checkPaidExceedsCommitted(line: BudgetLine, layout: Layout): IssueDraft | null {
  if (cents(line.committed) <= 0 || !exceeds(line.paid, line.committed)) return null;
  const params = { line: line.line, paid: line.paid, committed: line.committed };
  return { code: "BUDGET_PAID_EXCEEDS_COMMITTED", ...cellOf(layout, "budget", "paid", line.row), params };
}
