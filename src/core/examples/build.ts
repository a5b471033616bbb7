/**
 * Small builders that fill the optional fields of example records with the same defaults the
 * parser applies, so that an example written to a grid and parsed back is the same data.
 */
import { defaultFundingStatus } from "../parse/records/funding.js";
import { DEFAULT_DIGITAL_SERVICE, DEFAULT_FCTVA_RATE } from "../template/columns.js";
import type { IsoMonth, ProjectInfo } from "../types.js";
import type {
  ExampleBudgetLine,
  ExampleFundingRow,
  ExampleIndicator,
  ExampleStaffRow,
  ExampleStep,
  ExampleValidation,
} from "./types.js";

/** The status date of every example. */
export const EXAMPLE_STATUS_DATE = "2026-11-15";

type Need<T, K extends keyof T> = Partial<T> & Pick<T, K>;

/** Project info with the optional fields defaulted (digital service, holidays, FCTVA rate…). */
export function projectInfo(p: Need<ProjectInfo, "code" | "title" | "status" | "lead" | "leadService">): ProjectInfo {
  return {
    rationale: null,
    objectives: null,
    sponsor: null,
    steeringCommittee: [],
    digitalService: DEFAULT_DIGITAL_SERVICE,
    statusDate: EXAMPLE_STATUS_DATE,
    holidays: "France",
    programmeAuthorisation: null,
    fctvaRate: DEFAULT_FCTVA_RATE,
    fctvaTiming: "N",
    ownerShareWaiver: false,
    ...p,
  };
}

/** A validation stage; a missing decision is null. */
export function stage(s: Need<ExampleValidation, "stage">): ExampleValidation {
  return { body: null, plannedDate: null, decisionDate: null, decision: null, ...s };
}

/** A step; a milestone defaults to finishing the day it starts. */
export function step(s: Need<ExampleStep, "id" | "name" | "baselineStart"> & { baselineFinish?: string }): ExampleStep {
  return {
    objective: null,
    actor: null,
    baselineFinish: s.baselineStart,
    actualStart: null,
    actualFinish: null,
    forecastFinish: null,
    percentComplete: null,
    predecessors: [],
    milestone: false,
    budget: null,
    ...s,
  };
}

/** A budget line with the parser's defaults: an expense, open = initial, forecast = max(open, committed). */
export function line(l: Need<ExampleBudgetLine, "line" | "section" | "year" | "initial">): ExampleBudgetLine {
  const open = l.open ?? l.initial;
  const committed = l.committed ?? 0;
  return {
    type: "Dépense",
    account: null,
    service: null,
    step: null,
    funder: null,
    fctva: false,
    open,
    committed,
    paid: 0,
    forecast: Math.max(open, committed),
    ...l,
  };
}

/** A row of the plan de financement with the parser's defaults: nothing received, the default status. */
export function funding(f: Need<ExampleFundingRow, "funder" | "category">): ExampleFundingRow {
  const awarded = f.awarded ?? null;
  const filedOn = f.filedOn ?? null;
  return {
    scheme: null,
    eligibleBase: null,
    rate: null,
    requested: null,
    awardedOn: null,
    received: 0,
    status: defaultFundingStatus(awarded, filedOn),
    startBy: null,
    completeBy: null,
    ...f,
    awarded,
    filedOn,
  };
}

/** An indicator, `hausse` unless told. */
export function indicator(i: Need<ExampleIndicator, "name">): ExampleIndicator {
  return { unit: null, baseline: null, target: null, measured: null, measuredOn: null, direction: "hausse", ...i };
}

/** `nextMonth("2026-12")` → `"2027-01"`. */
export function nextMonth(month: IsoMonth): IsoMonth {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, "0")}`;
}

/**
 * Monthly staffing rows from `first` on: one row per planned value; `actual[i]` is the
 * actual of month i (0 when not given yet).
 * @example monthly("Culture", null, "E1", "2026-11", [4, 2], [3]) // 2026-11: 4/3, 2026-12: 2/0
 */
export function monthly(
  service: string,
  person: string | null,
  step: string | null,
  first: IsoMonth,
  planned: readonly number[],
  actual: readonly number[] = [],
): ExampleStaffRow[] {
  const rows: ExampleStaffRow[] = [];
  let month = first;
  planned.forEach((p, i) => {
    rows.push({ service, person, step, month, planned: p, actual: actual[i] ?? 0 });
    month = nextMonth(month);
  });
  return rows;
}
