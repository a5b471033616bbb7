/** The portfolio from project summaries (SPEC §3 Portfolio). Linear in the number of projects. */
import { formatIssue } from "../messages/index.js";
import { labels } from "../report/labels.js";
import type { CapacityRow, IsoDate, Issue, Lang, PortfolioFailure } from "../types.js";
import { selectDuplicates } from "./duplicates.js";
import { buildFctva, buildFunding } from "./funding.js";
import { portfolioKpis } from "./kpis.js";
import { buildPpi } from "./ppi.js";
import { crossProjectLoad, portfolioCapacity } from "./staffingLoad.js";
import { portfolioTotals } from "./totals.js";
import type {
  Portfolio,
  PortfolioIssue,
  PortfolioRow,
  ProjectSummaryForPortfolio,
  SkippedFile,
  SkipReason,
} from "./types.js";

export interface ConsolidateOptions {
  /** Capacity rows of the capacity workbook (its `Capacité` tab). */
  readonly capacity?: readonly CapacityRow[];
  /** Workbooks that could not be read, listed with their reason. */
  readonly failures?: readonly PortfolioFailure[];
  /** Files that are not projects, each reported by an info issue. */
  readonly skipped?: readonly SkippedFile[];
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

type SkipCode = "PORTFOLIO_NOT_A_PROJECT" | "PORTFOLIO_CAPACITY_FILE" | "PORTFOLIO_CAPACITY_IGNORED";

const SKIP_CODES: Readonly<Record<SkipReason, SkipCode>> = {
  generated: "PORTFOLIO_NOT_A_PROJECT",
  capacity: "PORTFOLIO_CAPACITY_FILE",
  capacityIgnored: "PORTFOLIO_CAPACITY_IGNORED",
};

/** The info issue of a skipped file (no sheet, no cell: the file itself). */
function skipIssue(s: SkippedFile, lang: Lang): PortfolioIssue {
  const issue = formatIssue({ code: SKIP_CODES[s.reason], sheet: null, cell: null, params: {} }, lang);
  return { file: s.file, ...issue };
}

function sharedStatusDate(summaries: readonly ProjectSummaryForPortfolio[]): IsoDate | null {
  const first = summaries[0]?.statusDate ?? null;
  return summaries.every((s) => s.statusDate === first) ? first : null;
}

/**
 * Consolidates project summaries: one row per project, totals, cross-project staffing load,
 * KPIs, the PPI, every issue with its file, the failures and the skipped files. A project
 * without a Code projet is not consolidated: it is listed among the failures. Of the workbooks
 * sharing a code, one is counted and the others are set aside (SPEC §6), each with a
 * PORTFOLIO_DUPLICATE_CODE error; a set-aside workbook's other issues are not listed.
 * @example consolidatePortfolio([summarizeProject("a.xlsx", a)], {}).kpis.projects // 1
 */
export function consolidatePortfolio(
  summaries: readonly ProjectSummaryForPortfolio[],
  options: ConsolidateOptions = {},
): Portfolio {
  const lang = options.lang ?? "fr";
  const t = labels(lang);
  const failures: PortfolioFailure[] = [...(options.failures ?? [])];
  const skipped = options.skipped ?? [];
  const coded: Coded[] = [];
  for (const s of summaries) {
    if (hasCode(s)) coded.push(s);
    else failures.push({ file: s.file, message: t("missingCode") });
  }
  const selection = selectDuplicates(coded, lang);
  const counted: Coded[] = [];
  const rows: PortfolioRow[] = [];
  const issues: PortfolioIssue[] = [];
  coded.forEach((s, i) => {
    const dup = selection.issues[i] ?? null;
    if (!selection.counted[i]) {
      if (dup) issues.push({ file: s.file, ...dup });
      return;
    }
    const own = dup ? [dup, ...s.issues] : s.issues;
    counted.push(s);
    rows.push(toRow(s, own));
    for (const issue of own) issues.push({ file: s.file, ...issue });
  });
  for (const s of skipped) issues.push(skipIssue(s, lang));
  const setAside = selection.groups.reduce((n, g) => n + g.setAside.length, 0);
  return {
    lang,
    statusDate: options.statusDate ?? sharedStatusDate(counted),
    rows,
    totals: portfolioTotals(counted, t("noLeadService")),
    staffing: crossProjectLoad(counted, options.capacity ?? []),
    capacity: portfolioCapacity(options.capacity ?? []),
    kpis: portfolioKpis(rows, { failures: failures.length, setAside, skipped: skipped.length }),
    issues,
    failures,
    duplicates: selection.groups,
    skipped,
    ppi: { ...buildPpi(counted), fctva: buildFctva(counted) },
    funding: buildFunding(counted),
  };
}
