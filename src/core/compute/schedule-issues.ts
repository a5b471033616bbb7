/** Warnings the schedule raises: STEP_LATE and STEP_FORECAST_IN_PAST (params per brief/params.md). */
import { cellOf } from "../locate.js";
import type { IsoDate, IssueDraft, Layout, Step } from "../types.js";
import { isStepLate } from "./schedule.js";

/**
 * For each unfinished step, in Calendrier order: STEP_LATE when its Fin prévue is before the
 * status date (at the Fin prévue cell), then STEP_FORECAST_IN_PAST when its Fin prévisionnelle
 * is before the status date (at the Fin prévisionnelle cell).
 */
export function scheduleIssues(steps: readonly Step[], layout: Layout, statusDate: IsoDate): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const step of steps) {
    if (isStepLate(step, statusDate)) {
      issues.push({
        code: "STEP_LATE",
        ...cellOf(layout, "calendrier", "baselineFinish", step.row),
        params: { id: step.id, baselineFinish: step.baselineFinish, statusDate },
      });
    }
    if (step.actualFinish === null && step.forecastFinish !== null && step.forecastFinish < statusDate) {
      issues.push({
        code: "STEP_FORECAST_IN_PAST",
        ...cellOf(layout, "calendrier", "forecastFinish", step.row),
        params: { id: step.id, forecastFinish: step.forecastFinish, statusDate },
      });
    }
  }
  return issues;
}
