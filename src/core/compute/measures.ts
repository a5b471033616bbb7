/** Sums of the five budget measures. */
import type { BudgetLine, Measures } from "../types.js";

export const ZERO_MEASURES: Measures = { initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 };

/** Adds a line's measures to a total. */
export function addMeasures(total: Measures, line: Measures): Measures {
  return {
    initial: total.initial + line.initial,
    open: total.open + line.open,
    committed: total.committed + line.committed,
    paid: total.paid + line.paid,
    forecast: total.forecast + line.forecast,
  };
}

/** a − b, measure by measure (reste à charge = expenses − revenues). */
export function subtractMeasures(a: Measures, b: Measures): Measures {
  return {
    initial: a.initial - b.initial,
    open: a.open - b.open,
    committed: a.committed - b.committed,
    paid: a.paid - b.paid,
    forecast: a.forecast - b.forecast,
  };
}

/** The totals of some lines, added up in their order (as `addMeasures` from zero, without an object per line). */
export function sumMeasures(lines: readonly BudgetLine[]): Measures {
  let initial = 0;
  let open = 0;
  let committed = 0;
  let paid = 0;
  let forecast = 0;
  for (const line of lines) {
    initial += line.initial;
    open += line.open;
    committed += line.committed;
    paid += line.paid;
    forecast += line.forecast;
  }
  return { initial, open, committed, paid, forecast };
}
