/**
 * The checks of the plan de financement (SPEC §5.3) but COFINANCING_ABOVE_80 (in {@link checkFiche}'s
 * project-wide rules): they need the computed funding and the forecast finish, so the
 * computation calls them, as it does the schedule's warnings.
 */
import type { FicheProjet, FundingResult, IsoDate, IssueDraft } from "../../types.js";
import { checkAwardAboveBase } from "./award-above-base.js";
import { checkBudgetMismatch } from "./budget-mismatch.js";
import { checkCompletionDeadline } from "./completion-deadline.js";
import { checkOverfunded } from "./overfunded.js";
import { checkReceivedExceedsAwarded } from "./received-exceeds-awarded.js";
import { checkStartDeadline, firstActualStart } from "./start-deadline.js";

/** What the funding checks need beyond the fiche. */
export interface FundingCheckContext {
  readonly statusDate: IsoDate;
  readonly funding: FundingResult;
  /** The project's forecast finish (SPEC §3), null without a dated step. */
  readonly forecastFinish: IsoDate | null;
}

/**
 * Row by row, in sheet order: award above base, received above awarded, start deadline,
 * completion deadline; then the totals: overfunded, Budget mismatch.
 * @example checkFunding(fiche, { statusDate: "2026-11-15", funding, forecastFinish: "2027-05-31" }).map((d) => d.code) // ["FUNDING_COMPLETION_DEADLINE"]
 */
export function checkFunding(fiche: FicheProjet, context: FundingCheckContext): IssueDraft[] {
  const { layout } = fiche;
  const started = firstActualStart(fiche.steps);
  const issues: IssueDraft[] = [];
  for (const row of fiche.funding) {
    for (const issue of [
      checkAwardAboveBase(row, layout),
      checkReceivedExceedsAwarded(row, layout),
      checkStartDeadline(row, layout, context.statusDate, started),
      checkCompletionDeadline(row, layout, context.forecastFinish),
    ]) {
      if (issue) issues.push(issue);
    }
  }
  return [...issues, ...checkOverfunded(fiche, context.funding), ...checkBudgetMismatch(fiche, context.funding)];
}
