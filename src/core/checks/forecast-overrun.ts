/** BUDGET_FORECAST_OVERRUN: Prévision finale > Crédits ouverts on a line. */
import { cellOf } from "../locate.js";
import type { BudgetLine, IssueDraft, Layout } from "../types.js";
import { exceeds } from "./money.js";

/** The issue for one line, at its Prévision finale cell (Prévu initial when that column is absent), or null. */
export function checkForecastOverrun(line: BudgetLine, layout: Layout): IssueDraft | null {
  if (!exceeds(line.forecast, line.open)) return null;
  const column = layout.budget?.columns.forecast === undefined ? "initial" : "forecast";
  const params = { line: line.line, forecast: line.forecast, open: line.open };
  return { code: "BUDGET_FORECAST_OVERRUN", ...cellOf(layout, "budget", column, line.row), params };
}
