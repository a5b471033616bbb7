/** The figures of one row of the plan de financement (SPEC §5.2). */
import type { FunderResult, FundingRow, FundingStatus } from "../types.js";

/** The statuses whose money is still hoped for (toReceive); `notifié` alone is granted (awardedToReceive). */
const STILL_EXPECTED: ReadonlySet<FundingStatus> = new Set(["envisagé", "sollicité", "notifié"]);

/**
 * Taux × Assiette éligible when both are given, else null. Full precision: a funder's decision
 * may round its amount, and the Montant notifié then says so.
 * @example rateTimesBase({ rate: 0.25, eligibleBase: 1_600_000 }) // 400000
 */
export function rateTimesBase(row: Pick<FundingRow, "rate" | "eligibleBase">): number | null {
  return row.rate === null || row.eligibleBase === null ? null : row.rate * row.eligibleBase;
}

/**
 * A row's expected amount: `refusé` 0; `soldé` what was received (the final amount); `notifié`
 * Montant notifié, else Montant sollicité, else Taux × Assiette; `envisagé` or `sollicité`
 * Montant sollicité, else Taux × Assiette; 0 when none is given.
 * @example expectedOf({ status: "sollicité", requested: null, rate: 0.3, eligibleBase: 500_000, … }) // 150000
 */
export function expectedOf(row: FundingRow): number {
  switch (row.status) {
    case "refusé":
      return 0;
    case "soldé":
      return row.received;
    case "notifié":
      return row.awarded ?? row.requested ?? rateTimesBase(row) ?? 0;
    case "envisagé":
    case "sollicité":
      return row.requested ?? rateTimesBase(row) ?? 0;
  }
}

/** Whether the row's money is still hoped for: `envisagé`, `sollicité` or `notifié`. */
export function isStillExpected(status: FundingStatus): boolean {
  return STILL_EXPECTED.has(status);
}

/**
 * One row as `byFunder` lists it: its amounts as written (0 where empty), its expected amount
 * and what is still to receive from it.
 */
export function funderResult(row: FundingRow): FunderResult {
  const expected = expectedOf(row);
  return {
    row: row.row,
    funder: row.funder,
    scheme: row.scheme,
    category: row.category,
    status: row.status,
    requested: row.requested ?? 0,
    awarded: row.awarded ?? 0,
    received: row.received,
    expected,
    toReceive: isStillExpected(row.status) ? Math.max(0, expected - row.received) : 0,
  };
}
