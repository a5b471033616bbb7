/** The portfolio's key figures: projects by status and health, digital involvement, issue counts. */
import type { Status } from "../types.js";
import type { PortfolioKpis, PortfolioRow } from "./types.js";

/** How many files were left out, and why. */
export interface LeftOut {
  /** Unreadable, or without a Code projet. */
  readonly failures: number;
  /** Set aside: another workbook of the same code is counted. */
  readonly setAside: number;
  /** Not projects (a previous output, a capacity workbook). */
  readonly skipped: number;
}

/** Counts over the consolidated rows (each code once), and the files left out. */
export function portfolioKpis(rows: readonly PortfolioRow[], leftOut: LeftOut): PortfolioKpis {
  const byStatus: Record<Status, number> = { prévu: 0, "en cours": 0, réalisé: 0, suspendu: 0, abandonné: 0 };
  const health = { green: 0, amber: 0, red: 0, unknown: 0 };
  let digital = 0;
  let errors = 0;
  let warnings = 0;
  for (const r of rows) {
    if (r.status !== null) byStatus[r.status] += 1;
    health[r.health.overall] += 1;
    if (r.digitalServiceInvolved) digital += 1;
    errors += r.errors;
    warnings += r.warnings;
  }
  return {
    projects: rows.length,
    byStatus,
    digitalInvolvementRate: rows.length === 0 ? null : digital / rows.length,
    projectsInGreen: health.green,
    projectsInAmber: health.amber,
    projectsInRed: health.red,
    projectsToCheck: health.unknown,
    errors,
    warnings,
    failures: leftOut.failures,
    setAside: leftOut.setAside,
    skipped: leftOut.skipped,
  };
}
