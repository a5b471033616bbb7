/** Budget totals across projects: overall, by Exercice × Section, by lead service. */
import type { Measures, Section, YearSectionTotal } from "../types.js";
import { addMeasures, pickMeasures, ZERO_MEASURES } from "./measures.js";
import { compareKeys, matchKey } from "./normalize.js";
import type { FlowTotals, LeadServiceTotal, PortfolioTotals, ProjectSummaryForPortfolio } from "./types.js";

const SECTION_ORDER: Record<Section, number> = { Investissement: 0, Fonctionnement: 1 };

/** Year, then Investissement before Fonctionnement, then Dépense before Recette. */
export function compareYearSection(a: YearSectionTotal, b: YearSectionTotal): number {
  return (
    a.year - b.year ||
    SECTION_ORDER[a.section] - SECTION_ORDER[b.section] ||
    (a.type === b.type ? 0 : a.type === "Dépense" ? -1 : 1)
  );
}

/** The totals of a set of summaries; `noLeadService` labels projects without a lead service. */
export function portfolioTotals(
  summaries: readonly ProjectSummaryForPortfolio[],
  noLeadService: string,
): PortfolioTotals {
  let expenses: Measures = ZERO_MEASURES;
  let revenues: Measures = ZERO_MEASURES;
  const byYear = new Map<string, YearSectionTotal>();
  const byLead = new Map<string, { leadService: string; projects: number; expenses: Measures; revenues: Measures }>();
  for (const s of summaries) {
    expenses = addMeasures(expenses, s.expenses);
    revenues = addMeasures(revenues, s.revenues);
    for (const t of s.byYearSection) {
      const key = `${t.year}|${t.section}|${t.type}`;
      const prev = byYear.get(key);
      const sum = addMeasures(prev ?? ZERO_MEASURES, t);
      byYear.set(key, { year: t.year, section: t.section, type: t.type, ...sum });
    }
    const name = s.leadService?.trim() ? s.leadService.trim() : noLeadService;
    const key = matchKey(name);
    const lead = byLead.get(key) ?? {
      leadService: name,
      projects: 0,
      expenses: ZERO_MEASURES,
      revenues: ZERO_MEASURES,
    };
    byLead.set(key, {
      leadService: lead.leadService,
      projects: lead.projects + 1,
      expenses: addMeasures(lead.expenses, s.expenses),
      revenues: addMeasures(lead.revenues, s.revenues),
    });
  }
  const byLeadService: LeadServiceTotal[] = [...byLead.values()]
    .map((l) => ({ leadService: l.leadService, projects: l.projects, ...flowTotals(l.expenses, l.revenues) }))
    .sort((a, b) => compareKeys(a.leadService, b.leadService));
  return {
    overall: flowTotals(expenses, revenues),
    byYearSection: [...byYear.values()].sort(compareYearSection),
    byLeadService,
  };
}

/** Expenses, revenues and net cost (expenses − revenues, measure by measure). */
export function flowTotals(expenses: Measures, revenues: Measures): FlowTotals {
  const e = pickMeasures(expenses);
  const r = pickMeasures(revenues);
  return {
    expenses: e,
    revenues: r,
    netCost: {
      initial: e.initial - r.initial,
      open: e.open - r.open,
      committed: e.committed - r.committed,
      paid: e.paid - r.paid,
      forecast: e.forecast - r.forecast,
    },
  };
}
