/** A consolidated portfolio as the comparison sees it, and a portfolio's totals counted over its projects. */
import { roundInteger, roundMoney } from "../output/round.js";
import { matchKey } from "../portfolio/normalize.js";
import type { Portfolio, PortfolioRow } from "../portfolio/types.js";
import type { HealthValue, PortfolioSnapshot, PortfolioTotalsSnapshot, ProjectPoint } from "./types.js";

/** One portfolio row, rounded as its JSON and its tab show it. */
function pointOf(row: PortfolioRow): ProjectPoint {
  return {
    code: row.code,
    title: row.title,
    status: row.status,
    health: { ...row.health },
    slipWorkingDays: roundInteger(row.slipWorkingDays),
    forecastFinish: row.forecastFinish,
    expensesForecast: roundMoney(row.expenses.forecast),
    revenuesForecast: roundMoney(row.revenues.forecast),
    netCostForecast: roundMoney(row.netCost.forecast),
    errors: row.errors,
    warnings: row.warnings,
  };
}

/**
 * A portfolio just consolidated, as the comparison sees it (the same figures its `Portefeuille`
 * tab would be read back with). A code listed twice keeps its first row, as when read back.
 * @example portfolioSnapshot(portfolio).projects.length // 6
 */
export function portfolioSnapshot(portfolio: Portfolio): PortfolioSnapshot {
  const seen = new Set<string>();
  const projects: ProjectPoint[] = [];
  for (const row of portfolio.rows) {
    if (seen.has(matchKey(row.code))) continue;
    seen.add(matchKey(row.code));
    projects.push(pointOf(row));
  }
  return { statusDate: portfolio.statusDate, projects };
}

/**
 * The totals of a portfolio: its projects, counted by overall health, and the forecasts added up
 * (a figure its tab left empty counts 0).
 * @example totalsOf({ statusDate: null, projects: [] }).projects // 0
 */
export function totalsOf(snapshot: PortfolioSnapshot): PortfolioTotalsSnapshot {
  const byHealth: Record<HealthValue, number> = { green: 0, amber: 0, red: 0, unknown: 0 };
  let expenses = 0;
  let revenues = 0;
  let netCost = 0;
  for (const p of snapshot.projects) {
    if (p.health.overall !== null) byHealth[p.health.overall] += 1;
    expenses += p.expensesForecast ?? 0;
    revenues += p.revenuesForecast ?? 0;
    netCost += p.netCostForecast ?? 0;
  }
  return {
    projects: snapshot.projects.length,
    byHealth,
    expensesForecast: roundMoney(expenses),
    revenuesForecast: roundMoney(revenues),
    netCostForecast: roundMoney(netCost),
  };
}
