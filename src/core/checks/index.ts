/**
 * Structural and business checks of a parsed fiche (SPEC §2), as issue drafts pointing at cells.
 * Schedule lateness and staff overload are computations' issues (src/core/compute).
 */
import { computeFunding } from "../compute/funding.js";
import type { FicheProjet, FundingResult, IsoDate, IssueDraft } from "../types.js";
import { checkBudgetLines } from "./budget-lines.js";
import { checkCofinancing } from "./cofinancing.js";
import { checkCycles } from "./cycles.js";
import { checkDateOrder } from "./date-order.js";
import { checkDigitalService } from "./digital-service.js";
import { checkEvaluationMissing } from "./evaluation-missing.js";
import { checkProgrammeAuthorisation } from "./programme-authorisation.js";
import { checkDuplicateIds, stepsById } from "./step-ids.js";
import { checkUnknownSteps } from "./unknown-steps.js";
import { checkValidationOverdue } from "./validation-overdue.js";

export { COFINANCING_LIMIT } from "./cofinancing.js";
export { findCycles, type ScheduleCycle } from "./cycles.js";
export { digitalServiceInvolved } from "./digital-service.js";
export { checkFunding, type FundingCheckContext } from "./funding/index.js";
export { cents, exceeds } from "./money.js";
export { stepsById } from "./step-ids.js";

/** Settings of {@link checkFiche}. */
export interface CheckOptions {
  /** The "as of" date (VALIDATION_OVERDUE). */
  readonly statusDate: IsoDate;
  /** The plan de financement already computed (COFINANCING_ABOVE_80); computed from the fiche when absent. */
  readonly funding?: FundingResult;
}

/**
 * Every check, in a stable order: steps (IDs, references, cycles, dates), budget lines,
 * then project-wide rules.
 * @example checkFiche(fiche, { statusDate: "2026-11-28" }).map((d) => d.code) // ["BUDGET_OVERCOMMITTED"]
 */
export function checkFiche(fiche: FicheProjet, options: CheckOptions): IssueDraft[] {
  const byId = stepsById(fiche.steps);
  const ids = new Set([...byId.keys(), ...(fiche.unreadStepIds ?? [])]);
  return [
    ...checkDuplicateIds(fiche),
    ...checkUnknownSteps(fiche, ids),
    ...checkCycles(fiche, byId),
    ...checkDateOrder(fiche),
    ...checkBudgetLines(fiche),
    ...checkValidationOverdue(fiche, options.statusDate),
    ...checkDigitalService(fiche),
    ...checkEvaluationMissing(fiche),
    ...checkProgrammeAuthorisation(fiche),
    ...checkCofinancing(fiche, options.funding ?? computeFunding(fiche)),
  ];
}
