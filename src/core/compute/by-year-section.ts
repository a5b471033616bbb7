/** Budget totals by Exercice × Section × Sens. */
import type { BudgetLine, YearSectionTotal } from "../types.js";

const SECTION_ORDER = { Investissement: 0, Fonctionnement: 1 } as const;
const TYPE_ORDER = { Dépense: 0, Recette: 1 } as const;

/**
 * One total per (year, section, type) present, sorted by year, section (Investissement first),
 * type (Dépense first).
 */
export function totalsByYearSection(lines: readonly BudgetLine[]): YearSectionTotal[] {
  // One running total per group, added to in place: no new total object per line.
  const groups = new Map<string, { -readonly [K in keyof YearSectionTotal]: YearSectionTotal[K] }>();
  for (const line of lines) {
    const key = `${line.year}|${line.section}|${line.type}`;
    let total = groups.get(key);
    if (total === undefined) {
      const { year, section, type } = line;
      total = { year, section, type, initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 };
      groups.set(key, total);
    }
    total.initial += line.initial;
    total.open += line.open;
    total.committed += line.committed;
    total.paid += line.paid;
    total.forecast += line.forecast;
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.year - b.year || SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || TYPE_ORDER[a.type] - TYPE_ORDER[b.type],
  );
}
