/** One Analysis reduced to what the portfolio needs (small, plain, serializable). */
import { cellOf } from "../locate.js";
import type { Analysis, FundingResult } from "../types.js";
import type { PortfolioFunder, ProjectSummaryForPortfolio } from "./types.js";

/**
 * A project's funding rows for the portfolio: its Financement rows, or the Budget fallback as
 * one row when its investment revenues expect or received something; none otherwise.
 */
export function fundersOf(f: FundingResult): PortfolioFunder[] {
  if (f.source === "plan") {
    return f.byFunder.map((r) => ({
      funder: r.funder,
      scheme: r.scheme,
      category: r.category,
      status: r.status,
      requested: r.requested,
      awarded: r.awarded,
      received: r.received,
      expected: r.expected,
      toReceive: r.toReceive,
    }));
  }
  if (f.expected === 0 && f.received === 0) return [];
  const { awarded, received, expected, toReceive } = f;
  return [
    {
      funder: null,
      scheme: null,
      category: null,
      status: null,
      requested: null,
      awarded,
      received,
      expected,
      toReceive,
    },
  ];
}

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
    funders: fundersOf(r.funding),
    fctvaByYear: r.budget.fctvaByYear,
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
