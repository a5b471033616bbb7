/**
 * The application layer: the jobs every host runs, written once. A host reads grids, calls
 * these, and writes the grids they return — nothing else (README "How it is built").
 */

export { type CompareDocument, renderCompareDocumentJson, toCompareDocument } from "../compare/document.js";
export type { Comparison } from "../compare/types.js";
export { renderCheckDocumentJson } from "../output/checkDocument.js";
export { findTabName, hasTemplate, isInputTab, tabKeyOf } from "../parse/tabs.js";
export { renderPortfolioDocumentJson } from "../portfolio/jsonDocument.js";
export type { Portfolio, ProjectSummaryForPortfolio } from "../portfolio/types.js";
export {
  type CompareOutcome,
  type CompareProblem,
  compareProblemText,
  compareWorkbooks,
  type NamedGrid,
  type NamedPortfolio,
  previousPortfolio,
} from "./compare.js";
export { analyzeOptionsOf, type JobOptions } from "./options.js";
export {
  type ConsolidationInput,
  type ConsolidationKind,
  type ConsolidationOptions,
  capacityOf,
  consolidate,
  consolidationKind,
  type FileOutcome,
  failedWorkbook,
  fileNotes,
  findCapacity,
  type PortfolioSheetsOptions,
  portfolioDocument,
  portfolioSheets,
  summarizeWorkbook,
} from "./portfolio.js";
export {
  type Checked,
  type Computed,
  checkWorkbook,
  computeWorkbook,
  hasNoFicheTab,
  projectHeader,
  templateTabsToAdd,
} from "./project.js";
export type * from "./protocol.js";
export { panelSteps } from "./steps.js";
export {
  type ExistingTab,
  isMarked,
  otherLanguageName,
  planGeneratedWrite,
  refusedReason,
  refusedTabs,
  type TabTarget,
} from "./writeGuard.js";
