/**
 * The message catalogue: turns issue drafts (code, place, params) into the issues users see,
 * in French (default) or English. Checks never write text; only this module does.
 */
import type { Issue, IssueCode, IssueDraft, IssueDraftOf, Lang, Severity } from "../types.js";
import { EN } from "./catalogue-en.js";
import { FR } from "./catalogue-fr.js";
import type { Catalogue } from "./params.js";

export { describeExpected } from "./expected.js";
export { columnLabel, tabLabel } from "./labels.js";

/** The severity of every code (SPEC §2): data wrong or unreadable → error, off track → warning. */
export const SEVERITY: Readonly<Record<IssueCode, Severity>> = {
  TAB_MISSING: "error",
  COLUMN_MISSING: "error",
  VALUE_REQUIRED: "error",
  VALUE_INVALID: "error",
  CELL_FORMULA_ERROR: "error",
  ID_DUPLICATE: "error",
  STEP_UNKNOWN: "error",
  SCHEDULE_CYCLE: "error",
  DATE_ORDER: "error",
  BUDGET_OVERCOMMITTED: "warning",
  BUDGET_PAID_EXCEEDS_COMMITTED: "warning",
  BUDGET_FORECAST_OVERRUN: "warning",
  STEP_LATE: "warning",
  STEP_FORECAST_IN_PAST: "warning",
  STAFF_OVERLOAD: "warning",
  DIGITAL_SERVICE_ABSENT: "warning",
  VALIDATION_OVERDUE: "warning",
  EVALUATION_MISSING: "warning",
  AP_EXCEEDED: "warning",
  COFINANCING_ABOVE_80: "warning",
  FUNDING_OVERFUNDED: "warning",
  FUNDING_AWARD_ABOVE_BASE: "warning",
  FUNDING_RECEIVED_EXCEEDS_AWARDED: "warning",
  FUNDING_START_DEADLINE: "warning",
  FUNDING_COMPLETION_DEADLINE: "warning",
  FUNDING_BUDGET_MISMATCH: "info",
  PORTFOLIO_DUPLICATE_CODE: "error",
  FILE_UNREADABLE: "error",
  PORTFOLIO_NOT_A_PROJECT: "info",
  PORTFOLIO_CAPACITY_FILE: "info",
  PORTFOLIO_CAPACITY_IGNORED: "info",
};

/** Every issue code, in catalogue order. */
export const ISSUE_CODES = Object.keys(SEVERITY) as IssueCode[];

/**
 * The message of one draft in `lang`.
 * @example formatMessage({ code: "STEP_UNKNOWN", sheet: "Budget", cell: "G4", params: { id: "E9" } }, "en")
 * // 'Unknown step "E9": no Schedule ID matches'
 */
export function formatMessage<C extends IssueCode>(draft: IssueDraftOf<C>, lang: Lang): string {
  return lang === "en" ? render(EN, draft) : frenchSpacing(render(FR, draft));
}

/** The template of the draft's code, given that code's params (one generic code ties the two). */
function render<C extends IssueCode>(catalogue: Catalogue, draft: IssueDraftOf<C>): string {
  return catalogue[draft.code](draft.params);
}

/**
 * French typography: a no-break space before `:` `;` `?` `!` and inside « », so that a narrow
 * pane never wraps the punctuation onto a line of its own.
 * @example frenchSpacing("Étape « E6 » : en retard") // "Étape «\u00A0E6\u00A0»\u00A0: en retard"
 */
export function frenchSpacing(text: string): string {
  return text.replace(/ (?=[:;?!»])/g, "\u00A0").replace(/« /g, "«\u00A0");
}

/**
 * The label function of a pair of tables, French typeset once (by `typeset`, {@link frenchSpacing}
 * unless told) rather than at every call: the one mechanism behind each tab's words.
 * @example bilingualLabels({ a: "Total : 3" }, { a: "Total: 3" })("fr")("a") // "Total\u00A0: 3"
 */
export function bilingualLabels<K extends string>(
  fr: Readonly<Record<K, string>>,
  en: Readonly<Record<K, string>>,
  typeset: (text: string) => string = frenchSpacing,
): (lang: Lang) => (key: K) => string {
  const spaced = Object.fromEntries(Object.entries<string>(fr).map(([k, v]) => [k, typeset(v)])) as Record<K, string>;
  const frLabel = (key: K) => spaced[key];
  const enLabel = (key: K) => en[key];
  return (lang) => (lang === "en" ? enLabel : frLabel);
}

/**
 * One draft as the issue users see.
 * @example formatIssue({ code: "TAB_MISSING", sheet: "Budget", cell: null, params: { tab: "Budget" } }, "fr").severity // "error"
 */
export function formatIssue<C extends IssueCode>(draft: IssueDraftOf<C>, lang: Lang): Issue {
  return {
    severity: SEVERITY[draft.code],
    code: draft.code,
    sheet: draft.sheet,
    cell: draft.cell,
    message: formatMessage(draft, lang),
  };
}

/** Every draft as an issue, in the same order. */
export function formatIssues(drafts: readonly IssueDraft[], lang: Lang): Issue[] {
  return drafts.map((d) => formatIssue(d, lang));
}
