/** Earned value of the project at the status date (SPEC §3 Earned value). */
import { stepDuration, workingDaysBetween } from "../calendar/index.js";
import { addDays } from "../dates.js";
import type { BudgetLine, EvmResult, HolidayCalendar, IsoDate, Step } from "../types.js";
import { evmIndices } from "./evm-indices.js";

/**
 * Each step's budget at completion: its own Budget when any step has one (a step without one
 * gets 0); otherwise the expenses' Prévu initial total spread over the steps in proportion to
 * their duration, milestones getting 0.
 */
export function stepBudgets(steps: readonly Step[], lines: readonly BudgetLine[], calendar: HolidayCalendar): number[] {
  if (steps.some((s) => s.budget !== null)) return steps.map((s) => s.budget ?? 0);
  const total = lines.filter((l) => l.type === "Dépense").reduce((sum, l) => sum + l.initial, 0);
  const weights = steps.map((s) => (s.milestone ? 0 : stepDuration(s.baselineStart, s.baselineFinish, calendar)));
  const weightSum = weights.reduce((a, b) => a + b, 0);
  return weights.map((w) => (weightSum === 0 ? 0 : (total * w) / weightSum));
}

/**
 * Share of a step planned to be done at the status date: 0 before Début prévu, 1 from Fin prévue
 * on, else working days from Début prévu to the status date inclusive ÷ duration.
 * @example plannedFraction(step 2–13 Mar 2026 (10 days), "2026-03-06", "France") // 0.5
 */
export function plannedFraction(step: Step, statusDate: IsoDate, calendar: HolidayCalendar): number {
  if (statusDate < step.baselineStart) return 0;
  if (statusDate >= step.baselineFinish) return 1;
  const elapsed = workingDaysBetween(addDays(step.baselineStart, -1), statusDate, calendar);
  return Math.min(1, elapsed / stepDuration(step.baselineStart, step.baselineFinish, calendar));
}

/** Share of a step earned: 1 when finished (Fin réelle given), else Avancement (missing = 0). */
export function earnedFraction(step: Step): number {
  return step.actualFinish !== null ? 1 : (step.percentComplete ?? 0);
}

/**
 * BAC, PV, EV, AC (= expenses' Mandaté total) and the indices derived from them.
 * When steps carry no budget and there is no non-milestone step, BAC is still the expenses'
 * Prévu initial total, while PV and EV stay 0.
 */
export function computeEvm(
  steps: readonly Step[],
  lines: readonly BudgetLine[],
  statusDate: IsoDate,
  calendar: HolidayCalendar,
): EvmResult {
  const budgets = stepBudgets(steps, lines, calendar);
  const expenses = lines.filter((l) => l.type === "Dépense");
  const anyStepBudget = steps.some((s) => s.budget !== null);
  const bac = anyStepBudget ? budgets.reduce((a, b) => a + b, 0) : expenses.reduce((sum, l) => sum + l.initial, 0);
  let pv = 0;
  let ev = 0;
  steps.forEach((step, i) => {
    const b = budgets[i] ?? 0;
    pv += b * plannedFraction(step, statusDate, calendar);
    ev += b * earnedFraction(step);
  });
  const ac = expenses.reduce((sum, l) => sum + l.paid, 0);
  return evmIndices({ bac, pv, ev, ac });
}
