/** Budget totals by Exercice × Section × Sens. */
import type { BudgetLine, YearSectionTotal } from "../types.js";
import { addMeasures, ZERO_MEASURES } from "./measures.js";

const SECTION_ORDER = { Investissement: 0, Fonctionnement: 1 } as const;
const TYPE_ORDER = { Dépense: 0, Recette: 1 } as const;

/**
 * One total per (year, section, type) present, sorted by year, section (Investissement first),
 * type (Dépense first).
 */
export function totalsByYearSection(lines: readonly BudgetLine[]): YearSectionTotal[] {
  const groups = new Map<string, YearSectionTotal>();
  for (const line of lines) {
    const key = `${line.year}|${line.section}|${line.type}`;
    const total = addMeasures(groups.get(key) ?? ZERO_MEASURES, line);
    groups.set(key, { year: line.year, section: line.section, type: line.type, ...total });
  }
  return [...groups.values()].sort(
    (a, b) =>
      a.year - b.year || SECTION_ORDER[a.section] - SECTION_ORDER[b.section] || TYPE_ORDER[a.type] - TYPE_ORDER[b.type],
  );
}
