/** FUNDING_AWARD_ABOVE_BASE: an award above what its rate and eligible base allow. */
import { rateTimesBase } from "../../compute/funding-row.js";
import { cellOf } from "../../locate.js";
import type { FundingRow, IssueDraft, Layout } from "../../types.js";
import { exceeds } from "../money.js";
import { funderParams } from "./funder.js";

/** The tolerance of the comparison: a funder rounds its decision to the euro. */
export const AWARD_TOLERANCE = 1;

/**
 * The issue at the row's Montant notifié when it exceeds Taux × Assiette éligible + 1 €, on a
 * row that has all three (whatever its status), or null.
 */
export function checkAwardAboveBase(row: FundingRow, layout: Layout): IssueDraft | null {
  const ceiling = rateTimesBase(row);
  if (row.awarded === null || ceiling === null || row.rate === null || row.eligibleBase === null) return null;
  if (!exceeds(row.awarded, ceiling + AWARD_TOLERANCE)) return null;
  return {
    code: "FUNDING_AWARD_ABOVE_BASE",
    ...cellOf(layout, "financement", "awarded", row.row),
    params: { ...funderParams(row), awarded: row.awarded, rate: row.rate, base: row.eligibleBase, ceiling },
  };
}
