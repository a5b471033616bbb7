/**
 * One workbook of `consolidate`, where it is read: read and guard the file, then the application
 * layer's `summarizeWorkbook`. Shared by the in-process loop and the worker threads, so both give
 * the same results.
 */
import { type FileOutcome, failedWorkbook, type JobOptions, summarizeWorkbook } from "../core/app/index.js";
import type { Lang } from "../core/types.js";
import { UnreadableWorkbookError } from "../node/errors.js";
import { readWorkbookFile } from "../node/readWorkbook.js";

/** What every file of one consolidation is read with (plain data: it crosses to the workers). */
export interface SummarizeOptions {
  readonly job: JobOptions;
  /** Keep the stack of an unexpected exception (FICHE_PROJET_DEBUG=1). */
  readonly debug: boolean;
}

/** One file to summarise: its absolute path and its name as shown to the user. */
export interface SummarizeTask {
  readonly path: string;
  readonly display: string;
}

/** The small, plain result of one file, with the stack of an unexpected failure when debugging. */
export interface SummarizeOutcome {
  readonly outcome: FileOutcome;
  readonly stack?: string;
}

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
    const grid = await readWorkbookFile(task.path, { lang: opts.job.lang, displayName: task.display });
    return { outcome: summarizeWorkbook(task.display, grid, opts.job) };
  } catch (e) {
    const outcome = failedWorkbook(task.display, failureMessage(e, opts.job.lang));
    const unexpected = !(e instanceof UnreadableWorkbookError) && e instanceof Error;
    return unexpected && opts.debug && e.stack ? { outcome, stack: e.stack } : { outcome };
  }
}
