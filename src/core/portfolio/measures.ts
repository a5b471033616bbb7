/** Sums of budget measures. */
import type { Measures } from "../types.js";

export const ZERO_MEASURES: Measures = { initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 };

/** a + b, measure by measure. */
export function addMeasures(a: Measures, b: Measures): Measures {
  return {
    initial: a.initial + b.initial,
    open: a.open + b.open,
    committed: a.committed + b.committed,
    paid: a.paid + b.paid,
    forecast: a.forecast + b.forecast,
  };
}

/** The five measures of a record that carries more (a YearSectionTotal). */
export function pickMeasures(m: Measures): Measures {
  return { initial: m.initial, open: m.open, committed: m.committed, paid: m.paid, forecast: m.forecast };
}
