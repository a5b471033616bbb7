/** English messages, one per issue code. Column and tab names are translated from the template. */
import { formatDate, formatMoney, formatMonth, formatNumber, formatPercent } from "../format.js";
import { describeExpected } from "./expected.js";
import { columnLabel, tabLabel } from "./labels.js";
import { type Catalogue, type NumberKey, num, str } from "./params.js";

const money = <P extends object>(p: P, k: NumberKey<P>) => formatMoney(num(p, k), "en");
const date = <P extends object>(p: P, k: keyof P & string) => (str(p, k) ? formatDate(str(p, k), "en") : "?");
const q = (s: string) => `"${s}"`;
const pct2 = <P extends object>(p: P, k: NumberKey<P>) => formatPercent(num(p, k), "en", 2);
/** A row of the plan de financement: "Funder — Scheme". */
const who = (p: { readonly funder: string; readonly scheme: string }) =>
  q(str(p, "scheme") ? `${str(p, "funder")} — ${str(p, "scheme")}` : str(p, "funder"));
const tab = (p: { readonly tab: string }) => tabLabel(str(p, "tab"), "en");
const column = (p: { readonly column: string; readonly tab: string }) =>
  columnLabel(str(p, "column"), "en", str(p, "tab") || undefined);

/** English message of each code. */
export const EN: Catalogue = {
  TAB_MISSING: (p) => `Required tab ${q(tab(p))} is missing`,
  COLUMN_MISSING: (p) =>
    str(p, "tab") === "Projet"
      ? `Field ${q(column(p))} is missing from tab ${q(tab(p))} (column A)`
      : `Column ${q(column(p))} is missing from tab ${q(tab(p))}`,
  VALUE_REQUIRED: (p) => `${q(column(p))} is required: the cell is empty`,
  VALUE_INVALID: (p) =>
    `${q(column(p))}: expected ${describeExpected(str(p, "expected"), "en")}, found ${q(str(p, "found"))}`,
  CELL_FORMULA_ERROR: (p) => `Formula error ${str(p, "error")}: fix the formula or type a value`,
  ID_DUPLICATE: (p) => `Duplicate ID ${q(str(p, "id"))} (already used in ${str(p, "firstCell")})`,
  STEP_UNKNOWN: (p) => `Unknown step ${q(str(p, "id"))}: no Schedule ID matches`,
  SCHEDULE_CYCLE: (p) => `Predecessors form a cycle: ${str(p, "ids")}`,
  DATE_ORDER: (p) => `Finish (${date(p, "finish")}) is before start (${date(p, "start")})`,
  BUDGET_OVERCOMMITTED: (p) =>
    `Committed (${money(p, "committed")}) exceeds open credits (${money(p, "open")}) on ${q(str(p, "line"))}`,
  BUDGET_PAID_EXCEEDS_COMMITTED: (p) =>
    `Paid (${money(p, "paid")}) exceeds committed (${money(p, "committed")}) on ${q(str(p, "line"))}`,
  BUDGET_FORECAST_OVERRUN: (p) =>
    `Forecast (${money(p, "forecast")}) exceeds open credits (${money(p, "open")}) on ${q(str(p, "line"))}`,
  STEP_LATE: (p) =>
    `Step ${q(str(p, "id"))} is late: baseline finish ${date(p, "baselineFinish")}, not finished on ${date(p, "statusDate")}`,
  STEP_FORECAST_IN_PAST: (p) =>
    `Step ${q(str(p, "id"))}: forecast finish ${date(p, "forecastFinish")} is past on ${date(p, "statusDate")}; update it`,
  STAFF_OVERLOAD: (p) =>
    `${q(str(p, "service"))} overloaded in ${formatMonth(str(p, "month"), "en")}: ${formatNumber(num(p, "planned"), "en")} days planned for ${formatNumber(num(p, "capacity"), "en")} days available`,
  DIGITAL_SERVICE_ABSENT: (p) => `Service ${q(str(p, "service"))} has no row in the project team`,
  VALIDATION_OVERDUE: (p) =>
    `Approval stage ${q(str(p, "stage"))} planned on ${date(p, "plannedDate")} still has no decision`,
  EVALUATION_MISSING: () => "Project done but no indicator has a measure: record at least one",
  AP_EXCEEDED: (p) =>
    `Capital expenses committed (${money(p, "committed")}) exceed the programme authorisation (${money(p, "ap")})`,
  COFINANCING_ABOVE_80: (p) =>
    `Public aid covers ${pct2(p, "rate")} of public financing: the authority must bring at least 20% (CGCT L1111-10) unless waived`,
  FUNDING_OVERFUNDED: (p) =>
    `Funding expected (${money(p, "expected")}) exceeds the capital expenses' forecast (${money(p, "expenses")}): the owner's share is negative`,
  FUNDING_AWARD_ABOVE_BASE: (p) =>
    `Awarded (${money(p, "awarded")}) exceeds rate × base (${formatPercent(num(p, "rate"), "en")} × ${money(p, "base")} = ${money(p, "ceiling")}) for ${who(p)}`,
  FUNDING_RECEIVED_EXCEEDS_AWARDED: (p) =>
    `Received (${money(p, "received")}) exceeds the awarded amount (${money(p, "awarded")}) for ${who(p)}`,
  FUNDING_START_DEADLINE: (p) =>
    `${who(p)}: the work had to start by ${date(p, "startBy")} and no step had actually started by then (status date ${date(p, "statusDate")}): the aid may lapse`,
  FUNDING_COMPLETION_DEADLINE: (p) =>
    `${who(p)}: completion required by ${date(p, "completeBy")}, project forecast to finish on ${date(p, "forecastFinish")}: ask for an extension or replan`,
  FUNDING_BUDGET_MISMATCH: (p) =>
    `Financing plan (${money(p, "funding")} expected) differs from the Budget's capital revenues (${money(p, "budget")} forecast)`,
  PORTFOLIO_DUPLICATE_CODE: (p) =>
    `Project code ${q(str(p, "code"))} is in several workbooks (${str(p, "files")}): only ${str(p, "kept")} is counted, the others are set aside`,
  FILE_UNREADABLE: (p) => `Cannot read file ${q(str(p, "file"))}: ${str(p, "reason")}`,
  PORTFOLIO_NOT_A_PROJECT: () =>
    "Workbook written by fiche-projet (a portfolio or a report), without a Project tab: skipped",
  PORTFOLIO_CAPACITY_FILE: () =>
    "Capacity workbook (Capacity tab, no Project tab): it is the portfolio's service capacity",
  PORTFOLIO_CAPACITY_IGNORED: () =>
    "Capacity workbook (Capacity tab, no Project tab) skipped: another service capacity is used",
};
