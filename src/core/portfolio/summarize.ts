/** One Analysis reduced to what the portfolio needs (small, plain, serializable). */
import { cellOf } from "../locate.js";
import type { Analysis } from "../types.js";
import type { ProjectSummaryForPortfolio } from "./types.js";

/**
 * The portfolio summary of one analysed workbook. Hosts call it where the workbook is read and
 * drop the Analysis (grids, steps, lines) afterwards, so that 1 000 projects stay small.
 * @example summarizeProject("media.xlsx", analysis).code // "MEDIA-2026"
 */
export function summarizeProject(file: string, analysis: Analysis): ProjectSummaryForPortfolio {
  const { project, layout } = analysis.fiche;
  const r = analysis.results;
  const place = cellOf(layout, "projet", "code");
  return {
    file,
    code: project.code,
    title: project.title,
    lead: project.lead,
    leadService: project.leadService,
    status: project.status,
    statusDate: r.statusDate,
    writtenStatusDate: project.statusDate,
    codePlace: { sheet: place.sheet, cell: place.cell },
    expenses: r.budget.expenses,
    revenues: r.budget.revenues,
    netCost: r.budget.netCost,
    executionRate: r.budget.executionRate,
    forecastVariance: r.budget.forecastVariance,
    fundingToReceive: r.funding.toReceive,
    baselineFinish: r.schedule.baselineFinish,
    forecastFinish: r.schedule.forecastFinish,
    slipWorkingDays: r.schedule.slipWorkingDays,
    cpi: r.evm.cpi,
    spi: r.evm.spi,
    digitalServiceInvolved: r.staffing.digitalServiceInvolved,
    health: r.health,
    byYearSection: r.budget.byYearSection,
    plannedLoad: r.staffing.load
      .filter((c) => c.planned !== 0)
      .map((c) => ({ service: c.service, month: c.month, planned: c.planned })),
    issues: analysis.issues,
  };
}
