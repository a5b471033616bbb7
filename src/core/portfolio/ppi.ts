/**
 * The PPI (plan pluriannuel d'investissement, SPEC §6): each project's investment expenses'
 * Prévision finale by Exercice, with the totals by year and overall. Operating lines and
 * revenues are outside it, as in a collectivity's PPI.
 */
import { compareKeys } from "./normalize.js";
import type { Ppi, PpiRow, ProjectSummaryForPortfolio } from "./types.js";

type Coded = ProjectSummaryForPortfolio & { readonly code: string };

/** A project's investment expenses' forecast by year; null when it has no investment expense line. */
function investmentByYear(s: ProjectSummaryForPortfolio): Map<number, number> | null {
  let byYear: Map<number, number> | null = null;
  for (const t of s.byYearSection) {
    if (t.section !== "Investissement" || t.type !== "Dépense") continue;
    byYear ??= new Map();
    byYear.set(t.year, (byYear.get(t.year) ?? 0) + t.forecast);
  }
  return byYear;
}

/**
 * The PPI of the counted projects: one row per project that has an investment expense line
 * (sorted by code), one column per Exercice that has one in some project; the others are named.
 * @example buildPpi([media]).years // [2025, 2026, 2027]
 */
export function buildPpi(summaries: readonly Coded[]): Omit<Ppi, "fctva"> {
  const found: { s: Coded; byYear: Map<number, number> }[] = [];
  const withoutInvestment: string[] = [];
  const yearSet = new Set<number>();
  for (const s of summaries) {
    const byYear = investmentByYear(s);
    if (byYear === null) withoutInvestment.push(s.code);
    else {
      found.push({ s, byYear });
      for (const y of byYear.keys()) yearSet.add(y);
    }
  }
  const years = [...yearSet].sort((a, b) => a - b);
  const rows: PpiRow[] = found
    .sort((a, b) => compareKeys(a.s.code, b.s.code))
    .map(({ s, byYear }) => {
      const amounts = years.map((y) => byYear.get(y) ?? 0);
      return { code: s.code, title: s.title, amounts, total: amounts.reduce((a, b) => a + b, 0) };
    });
  const totals = years.map((_, i) => rows.reduce((sum, r) => sum + (r.amounts[i] ?? 0), 0));
  return {
    years,
    rows,
    totals,
    total: totals.reduce((a, b) => a + b, 0),
    withoutInvestment: withoutInvestment.sort(compareKeys),
  };
}
