/** The figures of one budget line (SPEC §3 Budget, per line). */
import type { BudgetLine, BudgetLineResult } from "../types.js";
import { ratio } from "./ratio.js";

/**
 * Disponible, reste à mandater, rates over open credits and the forecast variance of one line.
 * @example budgetLineResult({ open: 1000, committed: 400, paid: 100, initial: 1000, forecast: 1100, … })
 * // { available: 600, toPay: 300, commitmentRate: 0.4, executionRate: 0.1, variance: 100, variancePct: 0.1 }
 */
export function budgetLineResult(line: BudgetLine): BudgetLineResult {
  const variance = line.forecast - line.initial;
  return {
    row: line.row,
    available: line.open - line.committed,
    toPay: line.committed - line.paid,
    commitmentRate: ratio(line.committed, line.open),
    executionRate: ratio(line.paid, line.open),
    variance,
    variancePct: ratio(variance, line.initial),
  };
}
