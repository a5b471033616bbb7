/** Table rows as typed records, with the defaults of SPEC §1. */

import type { ColumnKey, TableTabKey } from "../../template/columns.js";
import type {
  BudgetLine,
  CapacityRow,
  Decision,
  FlowType,
  Indicator,
  Section,
  StaffRow,
  Step,
  Trend,
  ValidationStage,
} from "../../types.js";
import type { RawRow } from "../table.js";
import { boolOf, listOf, numberOf, requiredNumber, requiredText, textOf } from "./values.js";

/** A row of table tab `K`: its values keyed by that tab's columns only. */
export type RowOf<K extends TableTabKey> = RawRow<ColumnKey<K>>;

/** A Validation row. */
export function buildValidation({ row, values: v }: RowOf<"validation">): ValidationStage {
  return {
    row,
    stage: requiredText(v, "stage"),
    body: textOf(v, "body"),
    plannedDate: textOf(v, "plannedDate"),
    decisionDate: textOf(v, "decisionDate"),
    decision: textOf(v, "decision") as Decision | null,
  };
}

/** A Calendrier row. */
export function buildStep({ row, values: v }: RowOf<"calendrier">): Step {
  return {
    row,
    id: requiredText(v, "id"),
    name: requiredText(v, "name"),
    objective: textOf(v, "objective"),
    actor: textOf(v, "actor"),
    baselineStart: requiredText(v, "baselineStart"),
    baselineFinish: requiredText(v, "baselineFinish"),
    actualStart: textOf(v, "actualStart"),
    actualFinish: textOf(v, "actualFinish"),
    forecastFinish: textOf(v, "forecastFinish"),
    percentComplete: numberOf(v, "percentComplete"),
    predecessors: listOf(v, "predecessors"),
    milestone: boolOf(v, "milestone", false),
    budget: numberOf(v, "budget"),
  };
}

/** A Budget row: Sens Dépense, open = initial, committed/paid 0, forecast = max(open, committed). */
export function buildBudgetLine({ row, values: v }: RowOf<"budget">): BudgetLine {
  const initial = requiredNumber(v, "initial");
  const open = numberOf(v, "open") ?? initial;
  const committed = numberOf(v, "committed") ?? 0;
  return {
    row,
    line: requiredText(v, "line"),
    section: requiredText(v, "section") as Section,
    type: (textOf(v, "type") ?? "Dépense") as FlowType,
    year: requiredNumber(v, "year"),
    account: textOf(v, "account"),
    service: textOf(v, "service"),
    step: textOf(v, "step"),
    funder: textOf(v, "funder"),
    fctva: boolOf(v, "fctva", false),
    initial,
    open,
    committed,
    paid: numberOf(v, "paid") ?? 0,
    forecast: numberOf(v, "forecast") ?? Math.max(open, committed),
  };
}

/** An Équipe row: planned and actual days default to 0. */
export function buildStaffRow({ row, values: v }: RowOf<"equipe">): StaffRow {
  return {
    row,
    service: requiredText(v, "service"),
    person: textOf(v, "person"),
    step: textOf(v, "step"),
    month: requiredText(v, "month"),
    planned: numberOf(v, "planned") ?? 0,
    actual: numberOf(v, "actual") ?? 0,
  };
}

/** A Capacité row. */
export function buildCapacityRow({ row, values: v }: RowOf<"capacite">): CapacityRow {
  return {
    row,
    service: requiredText(v, "service"),
    month: requiredText(v, "month"),
    available: requiredNumber(v, "available"),
  };
}

/** An Évaluation row: Sens defaults to `hausse`. */
export function buildIndicator({ row, values: v }: RowOf<"evaluation">): Indicator {
  return {
    row,
    name: requiredText(v, "name"),
    unit: textOf(v, "unit"),
    baseline: numberOf(v, "baseline"),
    target: numberOf(v, "target"),
    measured: numberOf(v, "measured"),
    measuredOn: textOf(v, "measuredOn"),
    direction: (textOf(v, "direction") ?? "hausse") as Trend,
  };
}
