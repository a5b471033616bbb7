/** The generated tabs of a portfolio workbook (SPEC §1 "What the tools write", §6). */
import type { Lang, OutputSheet } from "../types.js";
import { buildBudgetSheet } from "./tabs/budget.js";
import { buildPortfolioControlsSheet } from "./tabs/controls.js";
import { buildDashboardSheet } from "./tabs/dashboard.js";
import { buildFundingSheet } from "./tabs/funding.js";
import { buildOverviewSheet } from "./tabs/overview.js";
import { buildPpiSheet } from "./tabs/ppi.js";
import { buildStaffingSheet } from "./tabs/staffing.js";
import type { Portfolio } from "./types.js";

/**
 * `Tableau de bord` first, then `Portefeuille`, `PPI`, `Financements`, `Budget consolidé`, `Charge services`,
 * `Contrôles`; their names and words in `lang` (default: the portfolio's): English tab names in
 * English (portfolio/tabNames.ts).
 */
export function buildPortfolioSheets(portfolio: Portfolio, lang: Lang = portfolio.lang): OutputSheet[] {
  const p = lang === portfolio.lang ? portfolio : { ...portfolio, lang };
  return [
    buildDashboardSheet(p),
    buildOverviewSheet(p),
    buildPpiSheet(p),
    buildFundingSheet(p),
    buildBudgetSheet(p),
    buildStaffingSheet(p),
    buildPortfolioControlsSheet(p),
  ];
}
