/** The critical path of SPEC §3: the steps that end last and the chain of steps that drove them. */
import { nextWorkingDay } from "../calendar/index.js";
import type { HolidayCalendar, IsoDate } from "../types.js";
import type { StepDates } from "./schedule.js";
import type { StepGraph } from "./step-graph.js";

/**
 * Indexes of the critical steps: those whose forecast finish F equals the project's forecast
 * finish, plus, recursively, each predecessor whose F set its successor's start S: S is the
 * working day after that predecessor's F and did not come from a Début réel. A predecessor that
 * ends exactly the working day before its successor's Début prévu counts too (zero float: any
 * delay of it delays the project), which is what a PMO reads as critical; SPEC's "set S" is read
 * as "S equals the working day after its F", ties with Début prévu included.
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
    if (!d.bound) continue;
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
