/**
 * The portfolio's plan de financement (SPEC §6 `Financements`) and FCTVA (SPEC §6 `PPI`, §5.2):
 * every Financement row of every counted project, totals by category and by status, and the FCTVA
 * by year of receipt per project. A project funded through the §5.2 Budget fallback is one row,
 * Financeur « Recettes du budget », in a category and a status of its own (`budget`): its
 * revenues say neither who pays nor where the file stands.
 */
import type { FundingCategory, FundingStatus } from "../types.js";
import { compareKeys } from "./normalize.js";
import type {
  FctvaTable,
  FundingAmounts,
  FundingGroup,
  PortfolioFunding,
  PortfolioFundingRow,
  ProjectSummaryForPortfolio,
} from "./types.js";

type Coded = ProjectSummaryForPortfolio & { readonly code: string };

/** Categories and statuses in the order the tab lists them (the Financement tab's lists). */
const CATEGORIES: readonly FundingCategory[] = ["État", "Collectivité", "Europe", "Autre public", "Privé"];
const STATUSES: readonly FundingStatus[] = ["envisagé", "sollicité", "notifié", "refusé", "soldé"];

const ZERO: FundingAmounts = { requested: 0, awarded: 0, received: 0, expected: 0, toReceive: 0 };

function add(
  a: FundingAmounts,
  r: Omit<FundingAmounts, "requested"> & { readonly requested: number | null },
): FundingAmounts {
  return {
    requested: a.requested + (r.requested ?? 0),
    awarded: a.awarded + r.awarded,
    received: a.received + r.received,
    expected: a.expected + r.expected,
    toReceive: a.toReceive + r.toReceive,
  };
}

/** Totals per key, in `order` then `budget`, the keys that have rows only. */
function groups<K extends string>(
  rows: readonly PortfolioFundingRow[],
  keyOf: (r: PortfolioFundingRow) => K | "budget",
  order: readonly K[],
): FundingGroup<K>[] {
  const sums = new Map<K | "budget", { amounts: FundingAmounts; rows: number }>();
  for (const r of rows) {
    const k = keyOf(r);
    const g = sums.get(k) ?? { amounts: ZERO, rows: 0 };
    sums.set(k, { amounts: add(g.amounts, r), rows: g.rows + 1 });
  }
  return [...order, "budget" as const]
    .filter((k) => sums.has(k))
    .map((k) => ({ key: k, rows: sums.get(k)?.rows ?? 0, ...(sums.get(k)?.amounts ?? ZERO) }));
}

/**
 * The rows of the counted projects, by code then in each plan's row order; totals by category,
 * by status and overall; the projects without any funding (no plan, no investment revenue) named.
 * @example buildFunding([media]).rows[0]?.funder // "Préfecture (DETR)"
 */
export function buildFunding(summaries: readonly Coded[]): PortfolioFunding {
  const rows: PortfolioFundingRow[] = [];
  const withoutFunding: string[] = [];
  for (const s of [...summaries].sort((a, b) => compareKeys(a.code, b.code))) {
    const own = s.funders;
    if (own.length === 0) withoutFunding.push(s.code);
    for (const f of own) rows.push({ code: s.code, title: s.title, ...f });
  }
  return {
    rows,
    byCategory: groups(rows, (r) => r.category ?? "budget", CATEGORIES),
    byStatus: groups(rows, (r) => r.status ?? "budget", STATUSES),
    total: rows.reduce<FundingAmounts>((sum, r) => add(sum, r), ZERO),
    withoutFunding,
  };
}

/**
 * The FCTVA by year of receipt: one row per project that receives some (by code), one column per
 * year, with the totals.
 * @example buildFctva([media]).years // [2025, 2026, 2027]
 */
export function buildFctva(summaries: readonly Coded[]): FctvaTable {
  const found = summaries.filter((s) => s.fctvaByYear.some((y) => y.amount !== 0));
  const years = [...new Set(found.flatMap((s) => s.fctvaByYear.map((y) => y.year)))].sort((a, b) => a - b);
  const rows = found
    .sort((a, b) => compareKeys(a.code, b.code))
    .map((s) => {
      const amounts = years.map((y) => s.fctvaByYear.filter((f) => f.year === y).reduce((sum, f) => sum + f.amount, 0));
      return { code: s.code, title: s.title, amounts, total: amounts.reduce((a, b) => a + b, 0) };
    });
  const totals = years.map((_, i) => rows.reduce((sum, r) => sum + (r.amounts[i] ?? 0), 0));
  return { years, rows, totals, total: totals.reduce((a, b) => a + b, 0) };
}
