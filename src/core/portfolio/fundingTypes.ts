/**
 * The portfolio's plan de financement (SPEC §6 `Financements`) and FCTVA (SPEC §6 `PPI`): what a
 * project's summary keeps of its funding, and the consolidated tables built from the summaries.
 */
import type { FctvaYear, FundingCategory, FundingStatus } from "../types.js";

/**
 * One funding row of a project (SPEC §5.2 byFunder, amounts as written, 0 where empty), or the
 * §5.2 Budget fallback's one row: `funder`, `scheme`, `category`, `status` and `requested` null
 * (the tab reads « Recettes du budget »; its revenues say neither who pays nor where the file
 * stands).
 */
export interface PortfolioFunder {
  readonly funder: string | null;
  readonly scheme: string | null;
  readonly category: FundingCategory | null;
  readonly status: FundingStatus | null;
  readonly requested: number | null;
  readonly awarded: number;
  readonly received: number;
  readonly expected: number;
  /** max(0, expected − received) unless refused or closed (SPEC §5.2 toReceive). */
  readonly toReceive: number;
}

/** What a project's summary keeps of its funding. */
export interface ProjectFunding {
  /** Its Financement rows in row order; the fallback's one row; none without any funding. */
  readonly funders: readonly PortfolioFunder[];
  /** The FCTVA by year of receipt (SPEC §5.2), years ascending. */
  readonly fctvaByYear: readonly FctvaYear[];
}

/** A funding row of the `Financements` tab: the project's code and title first. */
export interface PortfolioFundingRow extends PortfolioFunder {
  readonly code: string;
  readonly title: string | null;
}

/** Amounts summed over funding rows (a null Montant sollicité counts 0). */
export interface FundingAmounts {
  readonly requested: number;
  readonly awarded: number;
  readonly received: number;
  readonly expected: number;
  readonly toReceive: number;
}

/** The totals of one category or status; `budget` gathers the Budget fallback's rows. */
export interface FundingGroup<K extends string> extends FundingAmounts {
  readonly key: K | "budget";
  readonly rows: number;
}

/** The `Financements` tab's content. */
export interface PortfolioFunding {
  /** By project code, then each plan's row order. */
  readonly rows: readonly PortfolioFundingRow[];
  /** In the Catégorie list's order, `budget` last; the keys that have rows only. */
  readonly byCategory: readonly FundingGroup<FundingCategory>[];
  /** In the Statut list's order, `budget` last; the keys that have rows only. */
  readonly byStatus: readonly FundingGroup<FundingStatus>[];
  readonly total: FundingAmounts;
  /** Codes of the projects without any funding (no plan, no investment revenue), by code. */
  readonly withoutFunding: readonly string[];
}

/** The FCTVA by year of receipt: projects × year, with totals (SPEC §6 PPI). */
export interface FctvaTable {
  /** Every year some project receives FCTVA in, ascending. */
  readonly years: readonly number[];
  /** Projects receiving some, by code; amounts per year of `years`. */
  readonly rows: readonly {
    readonly code: string;
    readonly title: string | null;
    readonly amounts: readonly number[];
    readonly total: number;
  }[];
  readonly totals: readonly number[];
  readonly total: number;
}
