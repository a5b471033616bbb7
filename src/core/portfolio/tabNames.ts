/**
 * The names of the portfolio's generated tabs, French and English (SPEC §6: English tab names
 * with `--lang en`), declared once: the tab builders name their tab from here, and the write
 * guard (app/writeGuard.ts) knows from here that `Tableau de bord` and `Dashboard` are one tab.
 */
import type { Lang } from "../types.js";

export const PORTFOLIO_TAB_NAMES = {
  dashboard: { fr: "Tableau de bord", en: "Dashboard" },
  overview: { fr: "Portefeuille", en: "Portfolio" },
  ppi: { fr: "PPI", en: "Capital plan" },
  // Not `Funding`: that is the project's input tab (`Financement`'s English alias).
  funding: { fr: "Financements", en: "Financing" },
  budget: { fr: "Budget consolidé", en: "Consolidated budget" },
  staffing: { fr: "Charge services", en: "Service load" },
  controls: { fr: "Contrôles", en: "Checks" },
  evolution: { fr: "Évolution", en: "Changes" },
} as const satisfies Record<string, Readonly<Record<Lang, string>>>;

export type PortfolioTab = keyof typeof PORTFOLIO_TAB_NAMES;

/**
 * A portfolio tab's name in a language.
 * @example portfolioTabName("dashboard", "en") // "Dashboard"
 */
export function portfolioTabName(tab: PortfolioTab, lang: Lang): string {
  return PORTFOLIO_TAB_NAMES[tab][lang];
}
