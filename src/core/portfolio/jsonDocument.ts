/** The `consolidate --json` document (SPEC §4), rounded once, keys in a fixed order. */
import { healthInOrder, issueInOrder, roundMeasures, roundYearSection } from "../output/checkDocument.js";
import { roundInteger, roundMoney, roundNullable, roundQuantity, roundRatio } from "../output/round.js";
import type { IsoDate, PortfolioFailure, YearSectionTotal } from "../types.js";
import { type FundingJson, fctvaJson, fundingJson, type YearTableJson, yearAmounts } from "./fundingJson.js";
import type { DuplicateGroup, FlowTotals, Portfolio, PortfolioKpis, PortfolioRow, Ppi, SkippedFile } from "./types.js";

/** A project of the JSON document: the portfolio row, rounded. */
export type PortfolioProjectJson = PortfolioRow;

/** The PPI in the JSON document: every year of the PPI on every project, 0 where it has nothing. */
export interface PpiJson extends YearTableJson {
  readonly withoutInvestment: readonly string[];
  /** The FCTVA by year of receipt (SPEC §5.2). */
  readonly fctva: YearTableJson;
}

export interface PortfolioDocument {
  readonly schemaVersion: 2;
  readonly statusDate: IsoDate | null;
  readonly projects: readonly PortfolioProjectJson[];
  readonly totals: {
    readonly overall: FlowTotals;
    readonly byYearSection: readonly YearSectionTotal[];
    readonly byLeadService: readonly ({ readonly leadService: string; readonly projects: number } & FlowTotals)[];
  };
  readonly ppi: PpiJson;
  readonly funding: FundingJson;
  readonly staffing: readonly {
    readonly service: string;
    readonly month: string;
    readonly planned: number;
    readonly capacity: number | null;
    readonly load: number | null;
    readonly overloaded: boolean;
  }[];
  readonly kpis: PortfolioKpis;
  readonly issues: readonly {
    readonly file: string;
    readonly severity: string;
    readonly code: string;
    readonly sheet: string | null;
    readonly cell: string | null;
    readonly message: string;
  }[];
  readonly failures: readonly PortfolioFailure[];
  readonly duplicates: readonly DuplicateGroup[];
  readonly skipped: readonly SkippedFile[];
}

function roundFlows(f: FlowTotals): FlowTotals {
  return {
    expenses: roundMeasures(f.expenses),
    revenues: roundMeasures(f.revenues),
    netCost: roundMeasures(f.netCost),
  };
}

function projectJson(r: PortfolioRow): PortfolioProjectJson {
  return {
    file: r.file,
    code: r.code,
    title: r.title,
    lead: r.lead,
    leadService: r.leadService,
    status: r.status,
    ...roundFlows(r),
    executionRate: roundNullable(r.executionRate, roundRatio),
    forecastVariance: roundMoney(r.forecastVariance),
    fundingToReceive: roundMoney(r.fundingToReceive),
    baselineFinish: r.baselineFinish,
    forecastFinish: r.forecastFinish,
    slipWorkingDays: roundInteger(r.slipWorkingDays),
    cpi: roundNullable(r.cpi, roundRatio),
    spi: roundNullable(r.spi, roundRatio),
    digitalServiceInvolved: r.digitalServiceInvolved,
    errors: r.errors,
    warnings: r.warnings,
    health: healthInOrder(r.health),
  };
}

function kpisJson(k: PortfolioKpis): PortfolioKpis {
  return {
    projects: k.projects,
    byStatus: { ...k.byStatus },
    digitalInvolvementRate: roundNullable(k.digitalInvolvementRate, roundRatio),
    projectsInGreen: k.projectsInGreen,
    projectsInAmber: k.projectsInAmber,
    projectsInRed: k.projectsInRed,
    projectsToCheck: k.projectsToCheck,
    errors: k.errors,
    warnings: k.warnings,
    failures: k.failures,
    setAside: k.setAside,
    skipped: k.skipped,
  };
}

function ppiJson(ppi: Ppi): PpiJson {
  return {
    years: [...ppi.years],
    projects: ppi.rows.map((r) => ({
      code: r.code,
      title: r.title,
      byYear: yearAmounts(ppi.years, r.amounts),
      total: roundMoney(r.total),
    })),
    byYear: yearAmounts(ppi.years, ppi.totals),
    total: roundMoney(ppi.total),
    withoutInvestment: [...ppi.withoutInvestment],
    fctva: fctvaJson(ppi.fctva),
  };
}

/**
 * The JSON document of `consolidate --json`: money to cents, ratios to 4 decimals, slips as
 * integers, person-days to 2 decimals. SPEC §6 adds `ppi` (with the FCTVA by year of receipt),
 * `funding` (totals by category and status, toReceive), `duplicates` (the code, the workbook
 * counted and those set aside, each with the Date d'état written in it) and `skipped` (files
 * that are not projects, with why: `generated`, `capacity`, `capacityIgnored`).
 * @example toPortfolioDocument(portfolio).kpis.digitalInvolvementRate // 0.6667
 */
export function toPortfolioDocument(portfolio: Portfolio): PortfolioDocument {
  return {
    schemaVersion: 2,
    statusDate: portfolio.statusDate,
    projects: portfolio.rows.map(projectJson),
    totals: {
      overall: roundFlows(portfolio.totals.overall),
      byYearSection: portfolio.totals.byYearSection.map(roundYearSection),
      byLeadService: portfolio.totals.byLeadService.map((l) => ({
        leadService: l.leadService,
        projects: l.projects,
        ...roundFlows(l),
      })),
    },
    ppi: ppiJson(portfolio.ppi),
    funding: fundingJson(portfolio.funding),
    staffing: portfolio.staffing.map((c) => ({
      service: c.service,
      month: c.month,
      planned: roundQuantity(c.planned),
      capacity: roundNullable(c.capacity, roundQuantity),
      load: roundNullable(c.load, roundRatio),
      overloaded: c.overloaded,
    })),
    kpis: kpisJson(portfolio.kpis),
    issues: portfolio.issues.map((i) => ({ file: i.file, ...issueInOrder(i) })),
    failures: portfolio.failures.map((f) => ({ file: f.file, message: f.message })),
    duplicates: portfolio.duplicates.map((g) => ({
      code: g.code,
      kept: { file: g.kept.file, statusDate: g.kept.statusDate },
      setAside: g.setAside.map((d) => ({ file: d.file, statusDate: d.statusDate })),
    })),
    skipped: portfolio.skipped.map((s) => ({ file: s.file, reason: s.reason })),
  };
}

/** The document as written on stdout: two-space indented JSON. */
export function renderPortfolioDocumentJson(doc: PortfolioDocument): string {
  return JSON.stringify(doc, null, 2);
}
