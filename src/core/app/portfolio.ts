/**
 * The portfolio jobs, written once for every host: each workbook is reduced where it is read to
 * a small, plain outcome that can be stored or sent; the outcomes are then consolidated into the
 * portfolio, its tabs and its JSON document.
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
import type { Portfolio, ProjectSummaryForPortfolio, SkippedFile } from "../portfolio/types.js";
import { tabSpec } from "../template/columns.js";
import type { CapacityRow, IsoDate, Lang, OutputSheet, PortfolioFailure, WorkbookGrid } from "../types.js";
import { analyzeOptionsOf, type JobOptions } from "./options.js";
import type { FileNote } from "./protocol.js";
import { isMarked } from "./writeGuard.js";

/**
 * What one workbook gives a consolidation (SPEC §6 "Files that are not projects"): a project;
 * a workbook written by fiche-projet (a previous portfolio or report: no `Projet` tab, every tab
 * marked), skipped; a capacity workbook (a `Capacité` tab, no `Projet` tab), the capacity when
 * the host was given none; or why it could not be read. Plain data, so that a host can pass it
 * between threads or store it between runs.
 */
export type FileOutcome =
  | { readonly kind: "project"; readonly summary: ProjectSummaryForPortfolio }
  | { readonly kind: "failed"; readonly failure: PortfolioFailure }
  | { readonly kind: "generated"; readonly file: string }
  | { readonly kind: "capacity"; readonly file: string; readonly capacity: readonly CapacityRow[] };

/** What a workbook is to a consolidation, from its tabs alone (compare/kind.ts answers for `compare`). */
export type ConsolidationKind = "project" | "generated" | "capacity";

/**
 * What a workbook is: `generated` when it has no `Projet` tab and every one of its tabs carries
 * the generated mark, `capacity` when it has a `Capacité` tab and no `Projet` tab, else `project`
 * (a workbook with neither is still read as a project, whose missing tabs are errors).
 * @example consolidationKind({ sheets: [{ name: "Capacité", rows: [] }] }) // "capacity"
 */
export function consolidationKind(grid: WorkbookGrid): ConsolidationKind {
  if (findSheet(grid, tabSpec("projet"))) return "project";
  if (grid.sheets.length > 0 && grid.sheets.every((s) => isMarked(s.rows[0]?.[0] ?? null))) return "generated";
  return findSheet(grid, tabSpec("capacite")) ? "capacity" : "project";
}

/**
 * One workbook of a consolidation: classified by its tabs, and a project reduced to its portfolio
 * summary (the analysis is dropped here, so that 1 000 projects stay small). `file` is how the
 * user knows the workbook.
 * @example summarizeWorkbook("media.xlsx", grid, { lang: "fr", today: "2026-11-20" }).kind // "project"
 */
export function summarizeWorkbook(file: string, grid: WorkbookGrid, options: JobOptions): FileOutcome {
  const kind = consolidationKind(grid);
  if (kind === "generated") return { kind, file };
  if (kind === "capacity") return { kind, file, capacity: capacityOf(grid) };
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
 * The `Capacité` rows of a workbook, or null when it has no `Capacité` tab (its other tabs are
 * ignored): the capacity a host is given, from a workbook of its own.
 * @example findCapacity({ sheets: [] }) // null
 */
export function findCapacity(grid: WorkbookGrid): readonly CapacityRow[] | null {
  const sheet = findSheet(grid, tabSpec("capacite"));
  return sheet ? parseWorkbook({ sheets: [sheet] }).fiche.capacity : null;
}

/**
 * The `Capacité` rows of a capacity workbook (none without the tab).
 * @example capacityOf({ sheets: [] }) // []
 */
export function capacityOf(grid: WorkbookGrid): readonly CapacityRow[] {
  return findCapacity(grid) ?? [];
}

/** What a consolidation is made of. */
export interface ConsolidationInput {
  /** In the order the files were given or found (that order breaks ties between duplicates). */
  readonly outcomes: readonly FileOutcome[];
  /**
   * The capacity the host was given (a `Capacité` tab of its own); null or absent when it has
   * none: then the first capacity workbook among the files is the portfolio capacity, and any
   * other is skipped.
   */
  readonly capacity?: readonly CapacityRow[] | null;
  /** The given capacity's file as the outcomes name it, when it is also among them (reported as the capacity, not as skipped). */
  readonly capacityFile?: string | null;
}

/** How a consolidation is run. */
export interface ConsolidationOptions {
  readonly lang: Lang;
  /** A status date forced on every project; else the one they share, if any. */
  readonly statusDate?: IsoDate | null;
}

/**
 * Consolidates the outcomes of every workbook (SPEC §3 Portfolio, §6): projects are counted once
 * per code, files that are not projects are skipped with an info issue, unreadable ones listed.
 * @example consolidate({ outcomes }, { lang: "fr" }).kpis.projects // 6
 */
export function consolidate(input: ConsolidationInput, options: ConsolidationOptions): Portfolio {
  const summaries: ProjectSummaryForPortfolio[] = [];
  const failures: PortfolioFailure[] = [];
  const skipped: SkippedFile[] = [];
  let capacity = input.capacity ?? null;
  for (const outcome of input.outcomes) {
    if (outcome.kind === "project") summaries.push(outcome.summary);
    else if (outcome.kind === "failed") failures.push(outcome.failure);
    else if (outcome.kind === "generated") skipped.push({ file: outcome.file, reason: "generated" });
    else if (capacity === null) {
      capacity = outcome.capacity;
      skipped.push({ file: outcome.file, reason: "capacity" });
    } else {
      const given = outcome.file === (input.capacityFile ?? null);
      skipped.push({ file: outcome.file, reason: given ? "capacity" : "capacityIgnored" });
    }
  }
  return consolidatePortfolio(summaries, {
    capacity: capacity ?? [],
    failures,
    skipped,
    lang: options.lang,
    ...(options.statusDate ? { statusDate: options.statusDate } : {}),
  });
}

/** What else a portfolio workbook shows. */
export interface PortfolioSheetsOptions {
  /** The previous portfolio: adds `Évolution`, second, after the first tab. */
  readonly previous?: NamedPortfolio;
}

/**
 * The files of a consolidation that are not counted as projects but were not failures, for the
 * panel's outcome lines (« capacite.xlsx : capacité des services »).
 * @example fileNotes(portfolio) // [{ file: "capacite.xlsx", kind: "capacity" }]
 */
export function fileNotes(portfolio: Portfolio): FileNote[] {
  return [
    ...portfolio.skipped.map((s) => ({ file: s.file, kind: s.reason })),
    ...portfolio.duplicates.flatMap((g) => g.setAside.map((d) => ({ file: d.file, kind: "setAside" as const }))),
  ];
}

/**
 * The generated tabs of a portfolio workbook, in the portfolio's language.
 * @example portfolioSheets(portfolio).map((s) => s.name) // ["Tableau de bord", "Portefeuille", "PPI", "Financements", "Budget consolidé", "Charge services", "Contrôles"]
 */
export function portfolioSheets(portfolio: Portfolio, options: PortfolioSheetsOptions = {}): readonly OutputSheet[] {
  const sheets = buildPortfolioSheets(portfolio);
  if (!options.previous) return sheets;
  const comparison = comparePortfolios(options.previous, { file: "", snapshot: portfolioSnapshot(portfolio) });
  return [...sheets.slice(0, 1), buildEvolutionSheet(comparison, portfolio.lang), ...sheets.slice(1)];
}

/** The portfolio's JSON document (SPEC §4). */
export function portfolioDocument(portfolio: Portfolio): PortfolioDocument {
  return toPortfolioDocument(portfolio);
}
