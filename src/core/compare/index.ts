/** "What changed since the last COPIL" (SPEC §6): two fiches or two portfolios compared. */
export { deltaOf } from "./change.js";
export {
  type ChangeJson,
  type CompareDocument,
  renderCompareDocumentJson,
  toCompareDocument,
} from "./document.js";
export { compareFiches } from "./fiche.js";
export { ficheSnapshot } from "./ficheSnapshot.js";
export { healthWorsening } from "./health.js";
export { matchIssues } from "./issues.js";
export { type WorkbookKind, workbookKind } from "./kind.js";
export { compareWords, fieldLabel, healthValueWord, statusWord } from "./labels.js";
export { changePath } from "./path.js";
export { comparePortfolios, type NamedPortfolio, sortEvolutions } from "./portfolio.js";
export { portfolioSnapshot, totalsOf } from "./portfolioSnapshot.js";
export { markStatusDate, type PortfolioReadProblem, readPortfolioTab } from "./portfolioTab.js";
export type * from "./types.js";
export { THEMES } from "./types.js";
