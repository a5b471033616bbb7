/** Portfolio consolidation (SPEC §3 Portfolio, §4 consolidate). */
import type { PortfolioEntry } from "../types.js";
import { type ConsolidateOptions, consolidatePortfolio } from "./consolidate.js";
import { summarizeProject } from "./summarize.js";
import type { Portfolio } from "./types.js";

export { type ConsolidateOptions, consolidatePortfolio } from "./consolidate.js";
export {
  type PortfolioDocument,
  type PortfolioProjectJson,
  renderPortfolioDocumentJson,
  toPortfolioDocument,
} from "./jsonDocument.js";
export { buildPortfolioSheets } from "./sheets.js";
export { summarizeProject } from "./summarize.js";
export type * from "./types.js";

/** Convenience for hosts that hold whole analyses: summarize each entry, then consolidate. */
export function consolidateEntries(entries: readonly PortfolioEntry[], options: ConsolidateOptions = {}): Portfolio {
  return consolidatePortfolio(
    entries.map((e) => summarizeProject(e.file, e.analysis)),
    options,
  );
}
