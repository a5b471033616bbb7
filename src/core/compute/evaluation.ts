/** Attainment of the evaluation indicators (SPEC §3 Evaluation). */
import type { Indicator, IndicatorResult, IndicatorStatus } from "../types.js";

/**
 * attainment = (Mesure − Référence) / (Cible − Référence). A `baisse` indicator needs no special
 * case: its target below its baseline makes the denominator negative.
 * Decisions where SPEC is silent:
 * - a missing Référence counts as 0 (indicators usually start from nothing: users, sites, files);
 * - no Mesure, or no Cible, or Cible = Référence: attainment null.
 */
export function attainment(indicator: Indicator): number | null {
  if (indicator.measured === null || indicator.target === null) return null;
  const baseline = indicator.baseline ?? 0;
  if (indicator.target === baseline) return null;
  return (indicator.measured - baseline) / (indicator.target - baseline);
}

/**
 * `non mesuré` without a Mesure; else by attainment: `atteint` (≥ 1), `en progrès` (> 0),
 * `non atteint` (≤ 0). When attainment is undefined although measured: with no Cible the
 * indicator cannot be judged (`non mesuré`); with Cible = Référence it is `atteint` when the
 * measure is at or beyond the target in the indicator's direction, else `non atteint`.
 */
export function indicatorStatus(indicator: Indicator): IndicatorStatus {
  if (indicator.measured === null || indicator.target === null) return "non mesuré";
  const a = attainment(indicator);
  if (a === null) {
    const reached =
      indicator.direction === "baisse"
        ? indicator.measured <= indicator.target
        : indicator.measured >= indicator.target;
    return reached ? "atteint" : "non atteint";
  }
  return a >= 1 ? "atteint" : a > 0 ? "en progrès" : "non atteint";
}

/** One result per indicator, in Évaluation order. */
export function computeEvaluation(indicators: readonly Indicator[]): IndicatorResult[] {
  return indicators.map((i) => ({ name: i.name, row: i.row, attainment: attainment(i), status: indicatorStatus(i) }));
}
