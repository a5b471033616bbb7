/** Issues: the problems found in a workbook, before (drafts) and after their message is written. */

export type Severity = "error" | "warning" | "info";

export type IssueCode =
  | "TAB_MISSING"
  | "COLUMN_MISSING"
  | "VALUE_REQUIRED"
  | "VALUE_INVALID"
  | "CELL_FORMULA_ERROR"
  | "ID_DUPLICATE"
  | "STEP_UNKNOWN"
  | "SCHEDULE_CYCLE"
  | "DATE_ORDER"
  | "BUDGET_OVERCOMMITTED"
  | "BUDGET_PAID_EXCEEDS_COMMITTED"
  | "BUDGET_FORECAST_OVERRUN"
  | "STEP_LATE"
  | "STEP_FORECAST_IN_PAST"
  | "STAFF_OVERLOAD"
  | "DIGITAL_SERVICE_ABSENT"
  | "VALIDATION_OVERDUE"
  | "EVALUATION_MISSING"
  | "AP_EXCEEDED"
  | "COFINANCING_ABOVE_80"
  | "PORTFOLIO_DUPLICATE_CODE"
  | "FILE_UNREADABLE";

/** Values a message template may interpolate. */
export type IssueParams = Readonly<Record<string, string | number | null>>;

/**
 * A problem before its message is written (zod's model): a stable code, where it is, and the
 * values the catalogue needs. `sheet` is the tab's actual name in the workbook (or the
 * canonical French name when the tab is missing); `cell` an A1 address or null for a whole tab.
 */
export interface IssueDraft {
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly params: IssueParams;
}

/** A problem as users see it (SPEC §2). */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}
