/**
 * The portfolio jobs, written once for every host: each workbook is reduced where it is read
 * (a worker thread, a browser page, one Apps Script execution) to a small, plain outcome that
 * can be stored or sent; the outcomes are then consolidated into the portfolio, its tabs and its
 * JSON document.
 */
import { analyzeWorkbook } from "../analyze.js";
import { comparePortfolios, type NamedPortfolio } from "../compare/portfolio.js";
import { portfolioSnapshot } from "../compare/portfolioSnapshot.js";
import { parseWorkbook } from "../parse/index.js";
import { findSheet } from "../parse/tabs.js";
import { consolidatePortfolio } from "../portfolio/consolidate.js";
import { type PortfolioDocument, toPortfolioDocument } from "../portfolio/jsonDocument.js";
import { buildPortfolioSheets } from "../portfolio/sheets.js";
import { summarizeProject } from "../portfolio/summarize.js";
import { buildEvolutionSheet } from "../portfolio/tabs/evolution.js";
import type { Portfolio, ProjectSummaryForPortfolio } from "../portfolio/types.js";
import { tabSpec } from "../template/columns.js";
import type { CapacityRow, IsoDate, Lang, OutputSheet, PortfolioFailure, WorkbookGrid } from "../types.js";
import { analyzeOptionsOf, type JobOptions } from "./options.js";

/** What one workbook gives a consolidation: a project, or why it is not consolidated. */
export type FileOutcome =
  | { readonly kind: "project"; readonly summary: ProjectSummaryForPortfolio }
  | { readonly kind: "failed"; readonly failure: PortfolioFailure };

/**
 * One workbook of a consolidation reduced to its portfolio summary (the analysis is dropped
 * here, so that 1 000 projects stay small). `file` is how the user knows the workbook.
 * @example summarizeWorkbook("media.xlsx", grid, { lang: "fr", today: "2026-11-20" }).kind // "project"
 */
export function summarizeWorkbook(file: string, grid: WorkbookGrid, options: JobOptions): FileOutcome {
  const analysis = analyzeWorkbook(grid, analyzeOptionsOf(options));
  return { kind: "project", summary: summarizeProject(file, analysis) };
}

/**
 * A workbook that could not be read, with its one-line reason.
 * @example failedWorkbook("x.xlsx", "fichier vide").kind // "failed"
 */
export function failedWorkbook(file: string, message: string): FileOutcome {
  return { kind: "failed", failure: { file, message } };
}

/**
 * The `Capacité` rows of a capacity workbook (its other tabs are ignored).
 * @example capacityOf({ sheets: [] }) // []
 */
export function capacityOf(grid: WorkbookGrid): readonly CapacityRow[] {
  const sheet = findSheet(grid, tabSpec("capacite"));
  return sheet ? parseWorkbook({ sheets: [sheet] }).fiche.capacity : [];
}

/** What a consolidation is made of. */
export interface ConsolidationInput {
  /** In the order the files were given or found. */
  readonly outcomes: readonly FileOutcome[];
  /** The portfolio capacity (a capacity workbook's `Capacité` tab). */
  readonly capacity?: readonly CapacityRow[];
}

/** How a consolidation is run. */
export interface ConsolidationOptions {
  readonly lang: Lang;
  /** A status date forced on every project (the CLI's `--status-date`); else the one they share, if any. */
  readonly statusDate?: IsoDate | null;
}

/**
 * Consolidates the outcomes of every workbook (SPEC §3 Portfolio).
 * @example consolidate({ outcomes }, { lang: "fr" }).kpis.projects // 6
 */
export function consolidate(input: ConsolidationInput, options: ConsolidationOptions): Portfolio {
  const summaries: ProjectSummaryForPortfolio[] = [];
  const failures: PortfolioFailure[] = [];
  for (const outcome of input.outcomes) {
    if (outcome.kind === "project") summaries.push(outcome.summary);
    else failures.push(outcome.failure);
  }
  return consolidatePortfolio(summaries, {
    capacity: input.capacity ?? [],
    failures,
    lang: options.lang,
    ...(options.statusDate ? { statusDate: options.statusDate } : {}),
  });
}

/** What else a portfolio workbook shows. */
export interface PortfolioSheetsOptions {
  /** The previous portfolio (`consolidate --previous`): adds `Évolution`, second, after the first tab. */
  readonly previous?: NamedPortfolio;
}

/**
 * The generated tabs of a portfolio workbook, in the portfolio's language.
 * @example portfolioSheets(portfolio).map((s) => s.name) // ["Portefeuille", "Budget consolidé", "Charge services", "Contrôles"]
 */
export function portfolioSheets(portfolio: Portfolio, options: PortfolioSheetsOptions = {}): readonly OutputSheet[] {
  const sheets = buildPortfolioSheets(portfolio);
  if (!options.previous) return sheets;
  const comparison = comparePortfolios(options.previous, { file: "", snapshot: portfolioSnapshot(portfolio) });
  return [...sheets.slice(0, 1), buildEvolutionSheet(comparison, portfolio.lang), ...sheets.slice(1)];
}

/** The `consolidate --json` document (SPEC §4). */
export function portfolioDocument(portfolio: Portfolio): PortfolioDocument {
  return toPortfolioDocument(portfolio);
}
