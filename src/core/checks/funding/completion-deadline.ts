/** FUNDING_COMPLETION_DEADLINE: the project is forecast to finish after the aid's completion deadline. */
import { cellOf } from "../../locate.js";
import type { FundingRow, IsoDate, IssueDraft, Layout } from "../../types.js";
import { funderParams } from "./funder.js";

/**
 * The issue at the row's Achèvement au plus tard when that date is before the project's forecast
 * finish (SPEC §3) on a row neither `refusé` nor `soldé`; or null (also without a forecast finish).
 */
export function checkCompletionDeadline(
  row: FundingRow,
  layout: Layout,
  forecastFinish: IsoDate | null,
): IssueDraft | null {
  const { completeBy } = row;
  if (row.status === "refusé" || row.status === "soldé") return null;
  if (completeBy === null || forecastFinish === null || completeBy >= forecastFinish) return null;
  return {
    code: "FUNDING_COMPLETION_DEADLINE",
    ...cellOf(layout, "financement", "completeBy", row.row),
    params: { ...funderParams(row), completeBy, forecastFinish },
  };
}
