/**
 * The Gantt rows of an analysis. Pure: the Excel taskpane calls it in the page, the Apps
 * Script server calls it before sending plain objects to the sidebar.
 */
import type { Analysis } from "../types.js";
import type { PanelStep } from "./protocol.js";

/**
 * Steps in Calendrier order with baseline and forecast bars.
 * @example panelSteps(analysis)[0] // { id: "A", baselineStart: "2026-01-05", forecastFinish: "2026-02-02", … }
 */
export function panelSteps(analysis: Analysis): PanelStep[] {
  const byId = new Map(analysis.fiche.steps.map((step) => [step.id, step]));
  return analysis.results.schedule.steps.map((result) => {
    const step = byId.get(result.id);
    return {
      id: result.id,
      name: step?.name ?? result.id,
      baselineStart: result.baselineStart,
      baselineFinish: result.baselineFinish,
      forecastStart: result.forecastStart,
      forecastFinish: result.forecastFinish,
      late: result.late || result.slipWorkingDays > 0,
      critical: result.critical,
      milestone: step?.milestone ?? false,
    };
  });
}
