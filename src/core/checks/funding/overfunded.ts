/** FUNDING_OVERFUNDED: the funding expected exceeds the investment's forecast cost. */
import { cellOf } from "../../locate.js";
import type { FicheProjet, FundingResult, IssueDraft } from "../../types.js";
import { cents } from "../money.js";

/**
 * The issue on the `Financement` tab (no cell) when the owner's share is below 0 € (compared in
 * cents). Only for a plan: when Budget revenue lines stand for it, a v1 workbook keeps its v1
 * issues (SPEC §5), and COFINANCING_ABOVE_80 already says it.
 */
export function checkOverfunded(fiche: FicheProjet, funding: FundingResult): IssueDraft[] {
  if (funding.source !== "plan" || cents(funding.ownerShare) >= 0) return [];
  const { sheet } = cellOf(fiche.layout, "financement", "funder");
  const params = { expected: funding.expected, expenses: funding.investmentExpenses };
  return [{ code: "FUNDING_OVERFUNDED", sheet, cell: null, params }];
}
