/** The `consolidate --json` document (SPEC §4), rounded once, keys in a fixed order. */
import { healthInOrder, issueInOrder, roundMeasures, roundYearSection } from "../output/checkDocument.js";
import { roundInteger, roundMoney, roundNullable, roundQuantity, roundRatio } from "../output/round.js";
import type { IsoDate, PortfolioFailure, YearSectionTotal } from "../types.js";
import type { FlowTotals, Portfolio, PortfolioKpis, PortfolioRow } from "./types.js";

/** A project of the JSON document: the portfolio row, rounded. */
export type PortfolioProjectJson = PortfolioRow;

export interface PortfolioDocument {
  readonly schemaVersion: 2;
  readonly statusDate: IsoDate | null;
  readonly projects: readonly PortfolioProjectJson[];
  readonly totals: {
    readonly overall: FlowTotals;
    readonly byYearSection: readonly YearSectionTotal[];
    readonly byLeadService: readonly ({ readonly leadService: string; readonly projects: number } & FlowTotals)[];
  };
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
  };
}

/**
 * The JSON document of `consolidate --json`: money to cents, ratios to 4 decimals, slips as
 * integers, person-days to 2 decimals.
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
  };
}

/** The document as written on stdout: two-space indented JSON. */
export function renderPortfolioDocumentJson(doc: PortfolioDocument): string {
  return JSON.stringify(doc, null, 2);
}
