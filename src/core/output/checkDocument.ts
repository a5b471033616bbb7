/**
 * The `check --json` document (SPEC §4, §5.4): the Analysis with every number rounded once and the
 * keys written in the documented order, so that `JSON.stringify` is stable.
 */
import type {
  Analysis,
  CheckDocument,
  EvmResult,
  HealthResult,
  Issue,
  LoadCell,
  Measures,
  YearSectionTotal,
} from "../types.js";
import { roundFctvaYear, toDocumentFunding } from "./fundingDocument.js";
import { roundInteger, roundMoney, roundNullable, roundQuantity, roundRatio } from "./round.js";

/** Measures in SPEC order, rounded to cents. */
export function roundMeasures(m: Measures): Measures {
  return {
    initial: roundMoney(m.initial),
    open: roundMoney(m.open),
    committed: roundMoney(m.committed),
    paid: roundMoney(m.paid),
    forecast: roundMoney(m.forecast),
  };
}

/** One year × section × type total, keys in SPEC order. */
export function roundYearSection(t: YearSectionTotal): YearSectionTotal {
  return { year: t.year, section: t.section, type: t.type, ...roundMeasures(t) };
}

/** An issue with its keys in SPEC order (drops anything else a caller may have attached). */
export function issueInOrder(i: Issue): Issue {
  return { severity: i.severity, code: i.code, sheet: i.sheet, cell: i.cell, message: i.message };
}

/** Health in SPEC order. */
export function healthInOrder(h: HealthResult): HealthResult {
  return { budget: h.budget, schedule: h.schedule, staffing: h.staffing, overall: h.overall };
}

function roundEvm(e: EvmResult): EvmResult {
  return {
    bac: roundMoney(e.bac),
    pv: roundMoney(e.pv),
    ev: roundMoney(e.ev),
    ac: roundMoney(e.ac),
    cv: roundMoney(e.cv),
    sv: roundMoney(e.sv),
    cpi: roundNullable(e.cpi, roundRatio),
    spi: roundNullable(e.spi, roundRatio),
    eac: roundNullable(e.eac, roundMoney),
    etc: roundNullable(e.etc, roundMoney),
    vac: roundNullable(e.vac, roundMoney),
    tcpi: roundNullable(e.tcpi, roundRatio),
  };
}

function roundLoad(c: LoadCell): LoadCell {
  return {
    service: c.service,
    month: c.month,
    planned: roundQuantity(c.planned),
    actual: roundQuantity(c.actual),
    capacity: roundNullable(c.capacity, roundQuantity),
    load: roundNullable(c.load, roundRatio),
  };
}

/**
 * The JSON document of `check --json`: money to cents, ratios to 4 decimals, days as integers,
 * person-days to 2 decimals, dates ISO, keys in SPEC §4 order; `funding` (§5.4) after `budget`,
 * `fctvaByYear` last in `budget`.
 * @example toCheckDocument(analysis).budget.expenses.open // 120000.5
 */
export function toCheckDocument(analysis: Analysis): CheckDocument {
  const { project } = analysis.fiche;
  const r = analysis.results;
  const b = r.budget;
  const s = r.schedule;
  return {
    schemaVersion: 2,
    project: {
      code: project.code,
      title: project.title,
      status: project.status,
      lead: project.lead,
      leadService: project.leadService,
      statusDate: r.statusDate,
    },
    issues: analysis.issues.map(issueInOrder),
    budget: {
      expenses: roundMeasures(b.expenses),
      revenues: roundMeasures(b.revenues),
      netCost: roundMeasures(b.netCost),
      commitmentRate: roundNullable(b.commitmentRate, roundRatio),
      executionRate: roundNullable(b.executionRate, roundRatio),
      forecastVariance: roundMoney(b.forecastVariance),
      forecastVariancePct: roundNullable(b.forecastVariancePct, roundRatio),
      cofinancingRate: roundNullable(b.cofinancingRate, roundRatio),
      fctva: roundMoney(b.fctva),
      netCostAfterFctva: roundMoney(b.netCostAfterFctva),
      byYearSection: b.byYearSection.map(roundYearSection),
      fctvaByYear: b.fctvaByYear.map(roundFctvaYear),
    },
    funding: toDocumentFunding(r.funding),
    schedule: {
      baselineFinish: s.baselineFinish,
      forecastFinish: s.forecastFinish,
      slipWorkingDays: roundInteger(s.slipWorkingDays),
      slipCalendarDays: roundInteger(s.slipCalendarDays),
      lateSteps: [...s.lateSteps],
      criticalPath: [...s.criticalPath],
      steps: s.steps.map((st) => ({
        id: st.id,
        baselineFinish: st.baselineFinish,
        forecastFinish: st.forecastFinish,
        slipWorkingDays: roundInteger(st.slipWorkingDays),
      })),
    },
    evm: roundEvm(r.evm),
    staffing: {
      services: [...r.staffing.services],
      digitalServiceInvolved: r.staffing.digitalServiceInvolved,
      load: r.staffing.load.map(roundLoad),
    },
    evaluation: {
      indicators: r.evaluation.map((i) => ({
        name: i.name,
        attainment: roundNullable(i.attainment, roundRatio),
        status: i.status,
      })),
    },
    health: healthInOrder(r.health),
  };
}

/** The document as written on stdout: two-space indented JSON. */
export function renderCheckDocumentJson(doc: CheckDocument): string {
  return JSON.stringify(doc, null, 2);
}
