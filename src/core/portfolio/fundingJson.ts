/**
 * The funding parts of `consolidate --json` (SPEC §6): `funding` (totals, by category and by
 * status in SPEC §5.4's English codes, `budget` for the §5.2 fallback's rows, the projects without
 * funding) and the PPI's `fctva`. Money to cents, keys in a fixed order.
 */
import { FUNDING_CATEGORY_CODES, FUNDING_STATUS_CODES } from "../output/fundingDocument.js";
import { roundMoney } from "../output/round.js";
import type { FundingCategoryCode, FundingStatusCode } from "../types.js";
import type { FctvaTable, FundingAmounts, FundingGroup, PortfolioFunding } from "./types.js";

/** An amount of one year. */
export interface YearAmount {
  readonly year: number;
  readonly amount: number;
}

/** A table of projects × years in the document: every year on every project, 0 where it has nothing. */
export interface YearTableJson {
  readonly years: readonly number[];
  readonly projects: readonly {
    readonly code: string;
    readonly title: string | null;
    readonly byYear: readonly YearAmount[];
    readonly total: number;
  }[];
  readonly byYear: readonly YearAmount[];
  readonly total: number;
}

type GroupJson<K extends string, Name extends string> = { readonly [P in Name]: K | "budget" } & {
  readonly rows: number;
} & FundingAmounts;

export interface FundingJson extends FundingAmounts {
  readonly byCategory: readonly GroupJson<FundingCategoryCode, "category">[];
  readonly byStatus: readonly GroupJson<FundingStatusCode, "status">[];
  readonly withoutFunding: readonly string[];
}

function amounts(a: FundingAmounts): FundingAmounts {
  return {
    requested: roundMoney(a.requested),
    awarded: roundMoney(a.awarded),
    received: roundMoney(a.received),
    expected: roundMoney(a.expected),
    toReceive: roundMoney(a.toReceive),
  };
}

export function yearAmounts(years: readonly number[], values: readonly number[]): YearAmount[] {
  return years.map((year, i) => ({ year, amount: roundMoney(values[i] ?? 0) }));
}

/** The FCTVA by year of receipt as the document gives it. */
export function fctvaJson(f: FctvaTable): YearTableJson {
  return {
    years: [...f.years],
    projects: f.rows.map((r) => ({
      code: r.code,
      title: r.title,
      byYear: yearAmounts(f.years, r.amounts),
      total: roundMoney(r.total),
    })),
    byYear: yearAmounts(f.years, f.totals),
    total: roundMoney(f.total),
  };
}

/**
 * The portfolio's funding as the document gives it.
 * @example fundingJson(p.funding).byCategory[0] // { category: "state", rows: 3, requested: …, toReceive: … }
 */
export function fundingJson(f: PortfolioFunding): FundingJson {
  const code = <K extends string, C extends string>(codes: Readonly<Record<K, C>>, g: FundingGroup<K>) =>
    g.key === "budget" ? ("budget" as const) : codes[g.key];
  return {
    ...amounts(f.total),
    byCategory: f.byCategory.map((g) => ({
      category: code(FUNDING_CATEGORY_CODES, g),
      rows: g.rows,
      ...amounts(g),
    })),
    byStatus: f.byStatus.map((g) => ({ status: code(FUNDING_STATUS_CODES, g), rows: g.rows, ...amounts(g) })),
    withoutFunding: [...f.withoutFunding],
  };
}
