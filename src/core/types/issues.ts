/** Issues: the problems found in a workbook, before (drafts) and after their message is written. */
import type { IsoDate, IsoMonth } from "./model.js";

export type Severity = "error" | "warning" | "info";

/** The row of the plan de financement an issue is about: its Financeur and Dispositif (`""` when empty). */
type FunderParams = {
  readonly funder: string;
  readonly scheme: string;
};

/** A code with nothing to interpolate. */
type NoParams = Readonly<Record<string, never>>;

/**
 * Each issue code and the params its messages interpolate (SPEC §2). The code union is this
 * map's keys: a check that forgets or misspells a param, or a message that reads one its code
 * does not have, fails to compile. Dates are `YYYY-MM-DD`, amounts full-precision euros.
 */
export interface IssueParamsByCode {
  readonly TAB_MISSING: { readonly tab: string };
  readonly COLUMN_MISSING: { readonly column: string; readonly tab: string };
  readonly VALUE_REQUIRED: { readonly column: string; readonly tab: string };
  /** `expected`: a column type, a range rule or a list key (see `messages/expected.ts`). */
  readonly VALUE_INVALID: {
    readonly column: string;
    readonly tab: string;
    readonly expected: string;
    readonly found: string;
  };
  readonly CELL_FORMULA_ERROR: { readonly error: string; readonly column: string; readonly tab: string };
  /** `firstCell`: where the ID is first used, e.g. `A5`. */
  readonly ID_DUPLICATE: { readonly id: string; readonly firstCell: string };
  readonly STEP_UNKNOWN: { readonly id: string };
  /** `ids`: one loop, e.g. `E2 → E3 → E2`. */
  readonly SCHEDULE_CYCLE: { readonly ids: string };
  readonly DATE_ORDER: { readonly start: IsoDate; readonly finish: IsoDate };
  readonly BUDGET_OVERCOMMITTED: { readonly line: string; readonly committed: number; readonly open: number };
  readonly BUDGET_PAID_EXCEEDS_COMMITTED: { readonly line: string; readonly paid: number; readonly committed: number };
  readonly BUDGET_FORECAST_OVERRUN: { readonly line: string; readonly forecast: number; readonly open: number };
  readonly STEP_LATE: { readonly id: string; readonly baselineFinish: IsoDate; readonly statusDate: IsoDate };
  readonly STEP_FORECAST_IN_PAST: {
    readonly id: string;
    readonly forecastFinish: IsoDate;
    readonly statusDate: IsoDate;
  };
  readonly STAFF_OVERLOAD: {
    readonly service: string;
    readonly month: IsoMonth;
    readonly planned: number;
    readonly capacity: number;
  };
  readonly DIGITAL_SERVICE_ABSENT: { readonly service: string };
  readonly VALIDATION_OVERDUE: { readonly stage: string; readonly plannedDate: IsoDate };
  readonly EVALUATION_MISSING: NoParams;
  readonly AP_EXCEEDED: { readonly committed: number; readonly ap: number };
  /** `rate`: the public aid rate of SPEC §5.2 (other public funders' share of all public financing), a fraction. */
  readonly COFINANCING_ABOVE_80: { readonly rate: number };
  /** `expected`: the funding expected (public and private); `expenses`: the Investissement expenses' forecast. */
  readonly FUNDING_OVERFUNDED: { readonly expected: number; readonly expenses: number };
  /** `funder`, `scheme` (empty when none) name the row; `ceiling` = `rate` × `base`. */
  readonly FUNDING_AWARD_ABOVE_BASE: FunderParams & {
    readonly awarded: number;
    readonly rate: number;
    readonly base: number;
    readonly ceiling: number;
  };
  readonly FUNDING_RECEIVED_EXCEEDS_AWARDED: FunderParams & { readonly received: number; readonly awarded: number };
  readonly FUNDING_START_DEADLINE: FunderParams & { readonly startBy: IsoDate; readonly statusDate: IsoDate };
  readonly FUNDING_COMPLETION_DEADLINE: FunderParams & {
    readonly completeBy: IsoDate;
    readonly forecastFinish: IsoDate;
  };
  /** `funding`: the Financement rows' expected total; `budget`: the Budget's Investissement revenues' forecast. */
  readonly FUNDING_BUDGET_MISMATCH: { readonly funding: number; readonly budget: number };
  /** `files`: every workbook with that code, comma-separated; `kept`: the one counted (SPEC §6). */
  readonly PORTFOLIO_DUPLICATE_CODE: { readonly code: string; readonly files: string; readonly kept: string };
  readonly FILE_UNREADABLE: { readonly file: string; readonly reason: string };
  /** A previous portfolio or report among the files (no `Projet` tab, every tab marked): skipped. */
  readonly PORTFOLIO_NOT_A_PROJECT: NoParams;
  /** A capacity workbook among the files (a `Capacité` tab, no `Projet` tab): the portfolio capacity. */
  readonly PORTFOLIO_CAPACITY_FILE: NoParams;
  /** A capacity workbook among the files while another capacity is used: skipped. */
  readonly PORTFOLIO_CAPACITY_IGNORED: NoParams;
}

/** A stable issue code. */
export type IssueCode = keyof IssueParamsByCode;

/**
 * A problem of code `C` before its message is written (zod's model): the code, where it is,
 * and the values the catalogue needs. `sheet` is the tab's actual name in the workbook (or the
 * canonical French name when the tab is missing); `cell` an A1 address or null for a whole tab.
 */
export interface IssueDraftOf<C extends IssueCode> {
  readonly code: C;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly params: IssueParamsByCode[C];
}

/** A problem before its message is written: a union discriminated by `code`. */
export type IssueDraft = { [C in IssueCode]: IssueDraftOf<C> }[IssueCode];

/** A problem as users see it (SPEC §2). */
export interface Issue {
  readonly severity: Severity;
  readonly code: IssueCode;
  readonly sheet: string | null;
  readonly cell: string | null;
  readonly message: string;
}
