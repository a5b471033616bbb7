/** The FCTVA by year of receipt (SPEC §5.2). */
import { cents } from "../checks/money.js";
import type { BudgetLine, FctvaTiming, FctvaYear } from "../types.js";

/**
 * Whether a line counts for the FCTVA: an expense flagged FCTVA = oui. The section is not
 * required to be Investissement: since 2016 some operating expenses (upkeep of public buildings
 * and roads, networks) are eligible too, so the user's flag decides.
 */
export function isFctvaEligible(line: BudgetLine): boolean {
  return line.type === "Dépense" && line.fctva;
}

/** Years between an expense and its FCTVA, per Régime FCTVA. */
export const FCTVA_DELAY: Readonly<Record<FctvaTiming, number>> = { N: 0, "N+1": 1, "N+2": 2 };

/**
 * Taux FCTVA × each eligible line's Prévision finale, received in the line's Exercice plus the
 * régime's delay; one entry per year, ascending, the years whose amount rounds to 0 € left out.
 * @example fctvaByYear([line(2026, 100_000)], 0.16404, "N+2") // [{ year: 2028, amount: 16404 }]
 */
export function fctvaByYear(lines: readonly BudgetLine[], rate: number, timing: FctvaTiming): FctvaYear[] {
  const byYear = new Map<number, number>();
  const delay = FCTVA_DELAY[timing];
  for (const line of lines) {
    if (!isFctvaEligible(line)) continue;
    const year = line.year + delay;
    byYear.set(year, (byYear.get(year) ?? 0) + rate * line.forecast);
  }
  return [...byYear]
    .filter(([, amount]) => cents(amount) !== 0)
    .sort(([a], [b]) => a - b)
    .map(([year, amount]) => ({ year, amount }));
}
