/** Every computation of SPEC §3 for one project, as of the status date. */
import { checkFunding } from "../checks/funding/index.js";
import type { FicheProjet, HealthThresholds, IsoDate, IssueDraft, ProjectResults } from "../types.js";
import { computeBudget } from "./budget.js";
import { computeEvaluation } from "./evaluation.js";
import { computeEvm } from "./evm.js";
import { computeFunding } from "./funding.js";
import { computeHealth, DEFAULT_THRESHOLDS } from "./health.js";
import { computeSchedule } from "./schedule.js";
import { scheduleIssues } from "./schedule-issues.js";
import { computeStaffing } from "./staffing.js";

export { computeBudget, isFctvaEligible } from "./budget.js";
export { attainment, computeEvaluation, indicatorStatus } from "./evaluation.js";
export { computeEvm } from "./evm.js";
export { evmIndices } from "./evm-indices.js";
export { FCTVA_DELAY, fctvaByYear } from "./fctva-by-year.js";
export { computeFunding, investmentExpenses, shares } from "./funding.js";
export { expectedOf, funderResult, isStillExpected, rateTimesBase } from "./funding-row.js";
export {
  budgetHealth,
  computeHealth,
  DEFAULT_THRESHOLDS,
  healthRank,
  scheduleHealth,
  staffingHealth,
  type Unreliable,
  withUnreliable,
  worstHealth,
} from "./health.js";
export { normalizeName } from "./normalize-name.js";
export { ratio } from "./ratio.js";
export { computeSchedule, forecastStep } from "./schedule.js";
export { computeStaffing, isDigitalServiceInvolved, mobilisedServices } from "./staffing.js";

export interface ComputeOptions {
  readonly statusDate: IsoDate;
  readonly thresholds?: Partial<HealthThresholds>;
}

/**
 * Budget, plan de financement, schedule, earned value, staffing, evaluation and health of a
 * clean fiche, plus the warnings only a computation can see: STEP_LATE, STEP_FORECAST_IN_PAST
 * (Calendrier order), then STAFF_OVERLOAD (service, month order), then the funding checks that
 * need the forecast finish (SPEC §5.3, Financement order). Never throws on data (cycles and
 * unknown predecessors included: the checks report those).
 * @example computeProject(fiche, { statusDate: "2026-11-28" }).results.health.overall // "amber"
 */
export function computeProject(
  fiche: FicheProjet,
  options: ComputeOptions,
): { results: ProjectResults; issues: IssueDraft[] } {
  const { statusDate } = options;
  const calendar = fiche.project.holidays;
  const thresholds: HealthThresholds = { ...DEFAULT_THRESHOLDS, ...finiteOnly(options.thresholds) };
  const budget = computeBudget(fiche.budget, fiche.project.fctvaRate, fiche.project.fctvaTiming);
  const funding = computeFunding(fiche);
  const schedule = computeSchedule(fiche.steps, { statusDate, calendar });
  const evm = computeEvm(fiche.steps, fiche.budget, statusDate, calendar);
  const staffed = computeStaffing(fiche.project, fiche.team, fiche.capacity, fiche.layout);
  const evaluation = computeEvaluation(fiche.indicators);
  const health = computeHealth({ budget, lines: fiche.budget, schedule, staffing: staffed.staffing }, thresholds);
  return {
    results: { statusDate, budget, funding, schedule, evm, staffing: staffed.staffing, evaluation, health },
    issues: [
      ...scheduleIssues(fiche.steps, fiche.layout, statusDate),
      ...staffed.issues,
      ...checkFunding(fiche, { statusDate, funding, forecastFinish: schedule.forecastFinish }),
    ],
  };
}

/** Keeps only finite numbers, so `{ budgetRed: undefined }` (or NaN) keeps the default. */
function finiteOnly(t: Partial<HealthThresholds> | undefined): Partial<HealthThresholds> {
  return Object.fromEntries(Object.entries(t ?? {}).filter(([, v]) => typeof v === "number" && Number.isFinite(v)));
}
