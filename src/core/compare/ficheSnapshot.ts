/**
 * A checked fiche reduced to what "what changed" looks at, every figure rounded as the check
 * document rounds it: totals come from the document itself, budget lines and steps from the
 * analysis (the document leaves out lines and a step's progress).
 */
import { roundMeasures } from "../output/checkDocument.js";
import { roundRatio } from "../output/round.js";
import { matchKey } from "../portfolio/normalize.js";
import type { Analysis, BudgetLine, CheckDocument, FicheProjet, Measures, ScheduleResult } from "../types.js";
import { fundingSnapshotOf } from "./funding.js";
import type { FicheSnapshot, HealthSnapshot, LineSnapshot, StepSnapshot } from "./types.js";

const MEASURE_KEYS = ["initial", "open", "committed", "paid", "forecast"] as const;

/** The key budget lines are matched by: the Sens and the Poste, case, accents and spaces aside. */
export function lineKey(flow: LineSnapshot["flow"], name: string): string {
  return `${flow}:${matchKey(name)}`;
}

const flowOf = (line: BudgetLine): LineSnapshot["flow"] => (line.type === "Recette" ? "revenues" : "expenses");

/**
 * The budget lines by Sens and Poste. Lines sharing both are one line whose measures are added
 * up: a Poste spread over several Exercices (works over 2026 and 2027) is compared as its
 * total; an expense and a revenue of the same name stay two lines.
 */
export function linesOf(budget: readonly BudgetLine[]): LineSnapshot[] {
  const byKey = new Map<string, { flow: LineSnapshot["flow"]; name: string; sums: Record<keyof Measures, number> }>();
  for (const line of budget) {
    const flow = flowOf(line);
    const key = lineKey(flow, line.line);
    const entry = byKey.get(key) ?? {
      flow,
      name: line.line.trim(),
      sums: { initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 },
    };
    for (const m of MEASURE_KEYS) entry.sums[m] += line[m];
    byKey.set(key, entry);
  }
  return [...byKey.values()].map(({ flow, name, sums }) => ({ flow, name, measures: roundMeasures(sums) }));
}

/** The steps in Calendrier order (the first of a duplicated ID), with their computed forecast finish. */
export function stepsOf(fiche: FicheProjet, schedule: ScheduleResult): StepSnapshot[] {
  const forecast = new Map(schedule.steps.map((s) => [s.id, s.forecastFinish]));
  return fiche.steps.map((s) => ({
    id: s.id,
    name: s.name,
    baselineFinish: s.baselineFinish,
    forecastFinish: forecast.get(s.id) ?? null,
    percentComplete: s.actualFinish !== null ? 1 : s.percentComplete === null ? null : roundRatio(s.percentComplete),
    actualStart: s.actualStart,
    actualFinish: s.actualFinish,
  }));
}

/**
 * A checked fiche as the comparison sees it; `file` is how the user named it.
 * @example ficheSnapshot("avant.xlsx", checkWorkbook(grid, options)).project.code // "MED-2025-01"
 */
export function ficheSnapshot(
  file: string,
  checked: { readonly analysis: Analysis; readonly document: CheckDocument },
): FicheSnapshot {
  const { document, analysis } = checked;
  const { project, budget, schedule } = document;
  const health: HealthSnapshot = { ...document.health };
  return {
    side: { file, statusDate: project.statusDate },
    project: {
      code: project.code,
      title: project.title,
      status: project.status,
      lead: project.lead,
      leadService: project.leadService,
    },
    health,
    budget: {
      expenses: budget.expenses,
      revenues: budget.revenues,
      netCost: budget.netCost,
      fctva: budget.fctva,
      netCostAfterFctva: budget.netCostAfterFctva,
    },
    // Only a plan de financement is compared (SPEC §5.4): without a Financement row (a v1 workbook)
    // the figures stand for the Budget's revenues, already compared line by line.
    funding: analysis.results.funding.source === "plan" ? fundingSnapshotOf(document.funding) : null,
    schedule: {
      baselineFinish: schedule.baselineFinish,
      forecastFinish: schedule.forecastFinish,
      slipWorkingDays: schedule.slipWorkingDays,
      slipCalendarDays: schedule.slipCalendarDays,
    },
    steps: stepsOf(analysis.fiche, analysis.results.schedule),
    lines: linesOf(analysis.fiche.budget),
    issues: document.issues,
  };
}
