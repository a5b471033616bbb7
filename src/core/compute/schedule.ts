/** The forecast schedule of SPEC §3: each step's forecast start and finish, slips, critical path. */
import { addWorkingDays, nextWorkingDay, stepDuration, workingDaysBetween } from "../calendar/index.js";
import { daysBetween, maxDate, minDate } from "../dates.js";
import type { HolidayCalendar, IsoDate, ScheduleResult, Step, StepResult } from "../types.js";
import { criticalSteps } from "./critical-path.js";
import { buildStepGraph, stepsInCycles, topologicalOrder } from "./step-graph.js";

export interface ScheduleOptions {
  readonly statusDate: IsoDate;
  readonly calendar: HolidayCalendar;
}

/** One step's dates once its predecessors are known. */
export interface StepDates {
  readonly start: IsoDate;
  readonly finish: IsoDate;
  /** S came from a predecessor and is later than Début prévu (so F0 may be pushed). */
  readonly driven: boolean;
  /**
   * S is the working day after the latest predecessor's F (later than or equal to Début prévu;
   * not an actual start, not a finished step): that predecessor has no float, it drives S.
   */
  readonly bound: boolean;
}

/**
 * Forecast start and finish of one step (SPEC §3 Schedule), given the latest finish of its
 * predecessors (null when it has none).
 * @example forecastStep(step, "2026-03-13", opts) // { start: "2026-03-16", finish: …, driven: true, bound: true }
 */
export function forecastStep(step: Step, latestPredecessorFinish: IsoDate | null, opts: ScheduleOptions): StepDates {
  const afterPredecessors =
    latestPredecessorFinish === null ? null : nextWorkingDay(latestPredecessorFinish, opts.calendar);
  const planned = afterPredecessors === null ? step.baselineStart : maxDate(step.baselineStart, afterPredecessors);
  if (step.actualFinish !== null) {
    const start = step.actualStart ?? minDate(planned, step.actualFinish);
    return { start, finish: step.actualFinish, driven: false, bound: false };
  }
  const start = step.actualStart ?? planned;
  const bound = step.actualStart === null && afterPredecessors !== null && start === afterPredecessors;
  const driven = bound && start > step.baselineStart;
  let finish = step.forecastFinish ?? step.baselineFinish;
  if (driven) {
    const duration = stepDuration(step.baselineStart, step.baselineFinish, opts.calendar);
    finish = maxDate(finish, addWorkingDays(start, duration - 1, opts.calendar));
  }
  return { start, finish: maxDate(finish, opts.statusDate), driven, bound };
}

/** Whether a step is unfinished and past its baseline finish at the status date. */
export function isStepLate(step: Step, statusDate: IsoDate): boolean {
  return step.actualFinish === null && step.baselineFinish < statusDate;
}

/**
 * The whole schedule. Unknown predecessors are ignored; steps caught in a cycle are left out of
 * `steps`, of the project dates and of the critical path (the checks report the cycle), and
 * their successors are scheduled as if that link did not exist. `lateSteps` lists every late
 * step in Calendrier order (cycle or not: lateness only depends on the step's own dates).
 */
export function computeSchedule(steps: readonly Step[], opts: ScheduleOptions): ScheduleResult {
  const graph = buildStepGraph(steps);
  const cyclic = stepsInCycles(graph);
  const dates = new Array<StepDates | undefined>(steps.length);
  for (const i of topologicalOrder(graph, cyclic)) {
    let latest: IsoDate | null = null;
    for (const p of graph.predecessors[i]!) {
      const f = dates[p]?.finish;
      if (f !== undefined && (latest === null || f > latest)) latest = f;
    }
    dates[i] = forecastStep(steps[i]!, latest, opts);
  }
  const scheduled = steps.map((_, i) => i).filter((i) => dates[i] !== undefined);
  let baselineFinish: IsoDate | null = null;
  let forecastFinish: IsoDate | null = null;
  for (const i of scheduled) {
    baselineFinish =
      baselineFinish === null ? steps[i]!.baselineFinish : maxDate(baselineFinish, steps[i]!.baselineFinish);
    forecastFinish = forecastFinish === null ? dates[i]!.finish : maxDate(forecastFinish, dates[i]!.finish);
  }
  const critical = criticalSteps(graph, dates, forecastFinish, opts.calendar);
  const isCritical = new Set(critical);
  const results: StepResult[] = scheduled.map((i) => {
    const step = steps[i]!;
    const d = dates[i]!;
    return {
      id: step.id,
      row: step.row,
      baselineStart: step.baselineStart,
      baselineFinish: step.baselineFinish,
      forecastStart: d.start,
      forecastFinish: d.finish,
      slipWorkingDays: workingDaysBetween(step.baselineFinish, d.finish, opts.calendar),
      slipCalendarDays: daysBetween(step.baselineFinish, d.finish),
      finished: step.actualFinish !== null,
      late: isStepLate(step, opts.statusDate),
      critical: isCritical.has(i),
    };
  });
  const projectSlip =
    baselineFinish !== null && forecastFinish !== null
      ? {
          slipWorkingDays: workingDaysBetween(baselineFinish, forecastFinish, opts.calendar),
          slipCalendarDays: daysBetween(baselineFinish, forecastFinish),
        }
      : { slipWorkingDays: 0, slipCalendarDays: 0 };
  return {
    baselineFinish,
    forecastFinish,
    ...projectSlip,
    lateSteps: steps.filter((s) => isStepLate(s, opts.statusDate)).map((s) => s.id),
    criticalPath: critical.map((i) => steps[i]!.id),
    steps: results,
  };
}
