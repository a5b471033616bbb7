/** The portfolio from project summaries (SPEC §3 Portfolio). Linear in the number of projects. */
import { labels } from "../report/labels.js";
import type { CapacityRow, IsoDate, Issue, Lang, PortfolioFailure } from "../types.js";
import { duplicateCodeIssues } from "./duplicates.js";
import { portfolioKpis } from "./kpis.js";
import { crossProjectLoad } from "./staffingLoad.js";
import { portfolioTotals } from "./totals.js";
import type { Portfolio, PortfolioIssue, PortfolioRow, ProjectSummaryForPortfolio } from "./types.js";

export interface ConsolidateOptions {
  /** Capacity rows of the capacity workbook (its `Capacité` tab). */
  readonly capacity?: readonly CapacityRow[];
  /** Workbooks that could not be read, listed with their reason. */
  readonly failures?: readonly PortfolioFailure[];
  readonly lang?: Lang;
  /** The status date to show; by default the one every project shares, if any. */
  readonly statusDate?: IsoDate;
}

type Coded = ProjectSummaryForPortfolio & { readonly code: string };

function hasCode(s: ProjectSummaryForPortfolio): s is Coded {
  return s.code !== null && s.code.trim() !== "";
}

function count(issues: readonly Issue[], severity: Issue["severity"]): number {
  return issues.reduce((n, i) => (i.severity === severity ? n + 1 : n), 0);
}

function toRow(s: Coded, issues: readonly Issue[]): PortfolioRow {
  return {
    file: s.file,
    code: s.code,
    title: s.title,
    lead: s.lead,
    leadService: s.leadService,
    status: s.status,
    expenses: s.expenses,
    revenues: s.revenues,
    netCost: s.netCost,
    executionRate: s.executionRate,
    forecastVariance: s.forecastVariance,
    fundingToReceive: s.fundingToReceive,
    baselineFinish: s.baselineFinish,
    forecastFinish: s.forecastFinish,
    slipWorkingDays: s.slipWorkingDays,
    cpi: s.cpi,
    spi: s.spi,
    digitalServiceInvolved: s.digitalServiceInvolved,
    errors: count(issues, "error"),
    warnings: count(issues, "warning"),
    health: s.health,
  };
}

function sharedStatusDate(summaries: readonly ProjectSummaryForPortfolio[]): IsoDate | null {
  const first = summaries[0]?.statusDate ?? null;
  return summaries.every((s) => s.statusDate === first) ? first : null;
}

/**
 * Consolidates project summaries: one row per project, totals, cross-project staffing load,
 * KPIs, every issue with its file, and the failures. A project without a Code projet is not
 * consolidated: it is listed among the failures. Projects sharing a code are all kept, each
 * with a PORTFOLIO_DUPLICATE_CODE error.
 * @example consolidatePortfolio([summarizeProject("a.xlsx", a)], {}).kpis.projects // 1
 */
export function consolidatePortfolio(
  summaries: readonly ProjectSummaryForPortfolio[],
  options: ConsolidateOptions = {},
): Portfolio {
  const lang = options.lang ?? "fr";
  const t = labels(lang);
  const failures: PortfolioFailure[] = [...(options.failures ?? [])];
  const coded: Coded[] = [];
  for (const s of summaries) {
    if (hasCode(s)) coded.push(s);
    else failures.push({ file: s.file, message: t("missingCode") });
  }
  const duplicates = duplicateCodeIssues(coded, lang);
  const rows: PortfolioRow[] = [];
  const issues: PortfolioIssue[] = [];
  coded.forEach((s, i) => {
    const dup = duplicates[i];
    const own = dup ? [dup, ...s.issues] : s.issues;
    rows.push(toRow(s, own));
    for (const issue of own) issues.push({ file: s.file, ...issue });
  });
  return {
    lang,
    statusDate: options.statusDate ?? sharedStatusDate(coded),
    rows,
    totals: portfolioTotals(coded, t("noLeadService")),
    staffing: crossProjectLoad(coded, options.capacity ?? []),
    kpis: portfolioKpis(rows, failures.length),
    issues,
    failures,
  };
}
