/** The critical path of SPEC §3: the steps that end last and the chain of steps that drove them. */
import { nextWorkingDay } from "../calendar/index.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import type { StepDates } from "./schedule.js";
import type { StepGraph } from "./step-graph.js";

/**
 * Indexes of the critical steps: those whose forecast finish F equals the project's forecast
 * finish, plus, recursively, each predecessor whose F set its successor's start (the successor's
 * S was driven by a predecessor and equals the working day after that predecessor's F).
 * Sorted by F ascending, ties in Calendrier order. Unscheduled steps (`dates[i]` undefined) never appear.
 */
export function criticalSteps(
  graph: StepGraph,
  dates: readonly (StepDates | undefined)[],
  forecastFinish: IsoDate | null,
  calendar: HolidayCalendar,
): number[] {
  if (forecastFinish === null) return [];
  const marked = new Set<number>();
  const stack: number[] = [];
  dates.forEach((d, i) => {
    if (d?.finish === forecastFinish) {
      marked.add(i);
      stack.push(i);
    }
  });
  while (stack.length > 0) {
    const i = stack.pop()!;
    const d = dates[i]!;
    if (!d.driven) continue;
    for (const p of graph.predecessors[i]!) {
      const pd = dates[p];
      if (pd === undefined || marked.has(p)) continue;
      if (nextWorkingDay(pd.finish, calendar) === d.start) {
        marked.add(p);
        stack.push(p);
      }
    }
  }
  return [...marked].sort((a, b) => {
    const fa = dates[a]!.finish;
    const fb = dates[b]!.finish;
    return fa < fb ? -1 : fa > fb ? 1 : a - b;
  });
}
