/** The options every job takes, and the one rule for the status date. */
import type { AnalyzeOptions, HealthThresholds, IsoDate, Lang } from "../types.js";

/** What a host knows when it runs a job. */
export interface JobOptions {
  readonly lang: Lang;
  /**
   * Today in the host's calendar (Paris for the CLI, the browser's local date in Excel, the
   * spreadsheet's zone in Sheets): the status date of a workbook whose `Date d'état` is empty.
   */
  readonly today: IsoDate;
  /** A status date that wins over every workbook's own `Date d'état` (the CLI's `--status-date`). */
  readonly statusDate?: IsoDate | null;
  readonly thresholds?: Partial<HealthThresholds>;
}

/**
 * The analysis options of a job: the workbook's `Date d'état`, else today — unless the host
 * forces a status date (SPEC §1 `Date d'état`, §4 `--status-date`).
 * @example analyzeOptionsOf({ lang: "fr", today: "2026-11-20" }) // { statusDate: "2026-11-20", statusDateOverride: false, lang: "fr" }
 */
export function analyzeOptionsOf(options: JobOptions): AnalyzeOptions {
  const forced = options.statusDate ?? null;
  return {
    statusDate: forced ?? options.today,
    statusDateOverride: forced !== null,
    lang: options.lang,
    ...(options.thresholds ? { thresholds: options.thresholds } : {}),
  };
}
