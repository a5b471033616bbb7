/** The budget synthesis of SPEC §3. */
import type { BudgetLine, BudgetResult, FctvaTiming } from "../types.js";
import { budgetLineResult } from "./budget-line.js";
import { totalsByYearSection } from "./by-year-section.js";
import { fctvaByYear, isFctvaEligible } from "./fctva-by-year.js";
import { subtractMeasures, sumMeasures } from "./measures.js";
import { ratio } from "./ratio.js";

export { isFctvaEligible };

/**
 * Per-line figures, expenses and revenues apart, net cost (reste à charge), expenses' rates and
 * variance, co-financing rate (revenues.forecast / expenses.forecast), FCTVA = rate × forecast of
 * the eligible lines, net cost after FCTVA = netCost.forecast − FCTVA, totals by year × section,
 * and the FCTVA by year of receipt per `fctvaTiming` (SPEC §5.2; default `N`).
 * @example computeBudget(lines, 0.16404).fctva // 16 404 for 100 000 of eligible forecast
 */
export function computeBudget(
  lines: readonly BudgetLine[],
  fctvaRate: number,
  fctvaTiming: FctvaTiming = "N",
): BudgetResult {
  const expenses = sumMeasures(lines.filter((l) => l.type === "Dépense"));
  const revenues = sumMeasures(lines.filter((l) => l.type === "Recette"));
  const netCost = subtractMeasures(expenses, revenues);
  const eligible = lines.filter(isFctvaEligible).reduce((sum, l) => sum + l.forecast, 0);
  const fctva = fctvaRate * eligible;
  const forecastVariance = expenses.forecast - expenses.initial;
  return {
    lines: lines.map(budgetLineResult),
    expenses,
    revenues,
    netCost,
    commitmentRate: ratio(expenses.committed, expenses.open),
    executionRate: ratio(expenses.paid, expenses.open),
    forecastVariance,
    forecastVariancePct: ratio(forecastVariance, expenses.initial),
    cofinancingRate: ratio(revenues.forecast, expenses.forecast),
    fctva,
    netCostAfterFctva: netCost.forecast - fctva,
    byYearSection: totalsByYearSection(lines),
    fctvaByYear: fctvaByYear(lines, fctvaRate, fctvaTiming),
  };
}
