/** FUNDING_RECEIVED_EXCEEDS_AWARDED: more cashed than the decision granted. */
import { cellOf } from "../../locate.js";
import type { FundingRow, IssueDraft, Layout } from "../../types.js";
import { exceeds } from "../money.js";
import { funderParams } from "./funder.js";

/**
 * The issue at the row's Montant encaissé when it exceeds Montant notifié on a `notifié` or
 * `soldé` row (compared in cents), or null. A row without Montant notifié has nothing to compare.
 */
export function checkReceivedExceedsAwarded(row: FundingRow, layout: Layout): IssueDraft | null {
  if (row.status !== "notifié" && row.status !== "soldé") return null;
  if (row.awarded === null || !exceeds(row.received, row.awarded)) return null;
  return {
    code: "FUNDING_RECEIVED_EXCEEDS_AWARDED",
    ...cellOf(layout, "financement", "received", row.row),
    params: { ...funderParams(row), received: row.received, awarded: row.awarded },
  };
}
