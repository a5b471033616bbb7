/** The generated tabs of a portfolio workbook (SPEC §1 "What the tools write"). */
import type { Lang, OutputSheet } from "../types.js";
import { buildBudgetSheet } from "./tabs/budget.js";
import { buildPortfolioControlsSheet } from "./tabs/controls.js";
import { buildOverviewSheet } from "./tabs/overview.js";
import { buildStaffingSheet } from "./tabs/staffing.js";
import type { Portfolio } from "./types.js";

/**
 * `Portefeuille`, `Budget consolidé`, `Charge services`, `Contrôles`. Tab names stay French;
 * the words inside follow `lang` (default: the portfolio's).
 */
export function buildPortfolioSheets(portfolio: Portfolio, lang: Lang = portfolio.lang): OutputSheet[] {
  const p = lang === portfolio.lang ? portfolio : { ...portfolio, lang };
  return [buildOverviewSheet(p), buildBudgetSheet(p), buildStaffingSheet(p), buildPortfolioControlsSheet(p)];
}
