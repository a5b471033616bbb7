/**
 * The JSON documents of SPEC §4: dates as YYYY-MM-DD, money rounded to cents, ratios to 4
 * decimals. Each part is derived from the result it rounds, so a figure added to a result is
 * either written to the document or left out on purpose here, never forgotten.
 */
import type { Issue } from "./issues.js";
import type { IsoDate, ProjectInfo } from "./model.js";
import type {
  BudgetResult,
  EvmResult,
  FunderResult,
  FundingResult,
  HealthResult,
  IndicatorResult,
  ScheduleResult,
  StaffingResult,
  StepResult,
} from "./results.js";

/** The project's identity in a document: the Projet fields and the status date actually used. */
export interface DocumentProject extends Pick<ProjectInfo, "code" | "title" | "status" | "lead" | "leadService"> {
  readonly statusDate: IsoDate;
}

/** One step of the schedule in a document: its finishes and slip only. */
export type DocumentStep = Pick<StepResult, "id" | "baselineFinish" | "forecastFinish" | "slipWorkingDays">;

/** The schedule in a document: the result with its steps reduced to {@link DocumentStep}. */
export interface DocumentSchedule extends Omit<ScheduleResult, "steps"> {
  readonly steps: readonly DocumentStep[];
}

/** A Catégorie of the plan de financement in a document, whatever the input's language (SPEC §5.4). */
export type FundingCategoryCode = "state" | "local" | "eu" | "otherPublic" | "private";
/** A Statut of the plan de financement in a document (SPEC §5.4). */
export type FundingStatusCode = "planned" | "requested" | "awarded" | "refused" | "closed";

/** One row of the plan in a document: its amounts as written (0 where empty) and its expected amount. */
export interface DocumentFunder
  extends Pick<FunderResult, "funder" | "scheme" | "requested" | "awarded" | "received" | "expected"> {
  readonly category: FundingCategoryCode;
  readonly status: FundingStatusCode;
}

/**
 * The plan de financement in a document (SPEC §5.4): the result without where it came from and
 * without E (both are in the Synthèse), its rows as {@link DocumentFunder}.
 */
export interface DocumentFunding extends Omit<FundingResult, "source" | "investmentExpenses" | "byFunder"> {
  readonly byFunder: readonly DocumentFunder[];
}

/** The `check --json` document (SPEC §4, §5.4). */
export interface CheckDocument {
  readonly schemaVersion: 2;
  readonly project: DocumentProject;
  readonly issues: readonly Issue[];
  /** The budget result without its per-line figures (those are in the Budget tab, not the JSON). */
  readonly budget: Omit<BudgetResult, "lines">;
  readonly funding: DocumentFunding;
  readonly schedule: DocumentSchedule;
  readonly evm: EvmResult;
  readonly staffing: StaffingResult;
  readonly evaluation: {
    readonly indicators: readonly Pick<IndicatorResult, "name" | "attainment" | "status">[];
  };
  readonly health: HealthResult;
}
