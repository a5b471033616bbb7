/** Budget measures across projects: the same sums as one project's, plus a picker. */
import type { Measures } from "../types.js";

export { addMeasures, ZERO_MEASURES } from "../compute/measures.js";

/** The five measures of a record that carries more (a YearSectionTotal). */
export function pickMeasures(m: Measures): Measures {
  return { initial: m.initial, open: m.open, committed: m.committed, paid: m.paid, forecast: m.forecast };
}
