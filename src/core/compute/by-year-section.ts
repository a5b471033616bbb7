/** Budget totals by Exercice × Section × Sens. */
import { entryOf } from "../maps.js";
import type { BudgetLine, YearSectionTotal } from "../types.js";

const SECTION_ORDER = { Investissement: 0, Fonctionnement: 1 } as const;
const TYPE_ORDER = { Dépense: 0, Recette: 1 } as const;

/**
 * One total per (year, section, type) present, sorted by year, section (Investissement first),
 * type (Dépense first).
 */
export function totalsByYearSection(lines: readonly BudgetLine[]): YearSectionTotal[] {
  // Per year, its section × type totals in a slot each, in output order, added to in place: no
  // key string to build and hash per line, no new total per line, and nothing to sort but years.
  const byYear = new Map<number, (RunningTotal | undefined)[]>();
  for (const line of lines) {
    const slots = entryOf(byYear, line.year, noSlots);
    const slot = SECTION_ORDER[line.section] * 2 + TYPE_ORDER[line.type];
    let total = slots[slot];
    if (total === undefined) {
      const { year, section, type } = line;
      total = { year, section, type, initial: 0, open: 0, committed: 0, paid: 0, forecast: 0 };
      slots[slot] = total;
    }
    total.initial += line.initial;
    total.open += line.open;
    total.committed += line.committed;
    total.paid += line.paid;
    total.forecast += line.forecast;
  }
  const totals: YearSectionTotal[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    for (const total of byYear.get(year) ?? []) if (total !== undefined) totals.push(total);
  }
  return totals;
}

/** A year's slots before its first line. */
const noSlots = (): (RunningTotal | undefined)[] => [];

/** A year × section × type total while lines are added to it. */
type RunningTotal = { -readonly [K in keyof YearSectionTotal]: YearSectionTotal[K] };
