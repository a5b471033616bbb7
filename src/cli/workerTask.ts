/**
 * One workbook reduced to its portfolio summary: read, guard, analyse, summarise. Shared by the
 * in-process loop and the worker threads of `consolidate`, so both give the same results.
 */
import { analyzeWorkbook } from "../core/analyze.js";
import { summarizeProject } from "../core/portfolio/summarize.js";
import type { ProjectSummaryForPortfolio } from "../core/portfolio/types.js";
import type { IsoDate, Lang, PortfolioFailure } from "../core/types.js";
import { UnreadableWorkbookError } from "../node/errors.js";
import { readWorkbookFile } from "../node/readWorkbook.js";

/** What every file of one consolidation is read with (plain data: it crosses to the workers). */
export interface SummarizeOptions {
  readonly statusDate: IsoDate;
  readonly statusDateOverride: boolean;
  readonly lang: Lang;
  /** Keep the stack of an unexpected exception (FICHE_PROJET_DEBUG=1). */
  readonly debug: boolean;
}

/** One file to summarise: its absolute path and its name as shown to the user. */
export interface SummarizeTask {
  readonly path: string;
  readonly display: string;
}

/** The small, plain result of one file: its summary, or why it is not consolidated. */
export type SummarizeOutcome =
  | { readonly ok: true; readonly summary: ProjectSummaryForPortfolio }
  | { readonly ok: false; readonly failure: PortfolioFailure; readonly stack?: string };

/**
 * Why a workbook is not consolidated. An unexpected exception on one workbook (a bug, or a file
 * nobody foresaw) is listed like an unreadable file, so the other projects are still consolidated.
 */
export function failureMessage(e: unknown, lang: Lang): string {
  if (e instanceof UnreadableWorkbookError) return e.reason;
  const detail = (e instanceof Error ? e.message : String(e)).split("\n")[0];
  return lang === "en" ? `internal error: ${detail}` : `erreur interne : ${detail}`;
}

/** Reads and reduces one workbook; never throws. */
export async function summarizeFile(task: SummarizeTask, opts: SummarizeOptions): Promise<SummarizeOutcome> {
  try {
    const grid = await readWorkbookFile(task.path, { lang: opts.lang, displayName: task.display });
    const analysis = analyzeWorkbook(grid, {
      statusDate: opts.statusDate,
      statusDateOverride: opts.statusDateOverride,
      lang: opts.lang,
    });
    return { ok: true, summary: summarizeProject(task.display, analysis) };
  } catch (e) {
    const failure = { file: task.display, message: failureMessage(e, opts.lang) };
    const unexpected = !(e instanceof UnreadableWorkbookError) && e instanceof Error;
    return unexpected && opts.debug && e.stack ? { ok: false, failure, stack: e.stack } : { ok: false, failure };
  }
}
