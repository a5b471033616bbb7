/** FUNDING_BUDGET_MISMATCH: the plan de financement and the Budget's revenues tell different totals. */
import { cellOf } from "../../locate.js";
import type { FicheProjet, FundingResult, IssueDraft } from "../../types.js";
import { exceeds } from "../money.js";

/** The difference tolerated between the two totals. */
export const MISMATCH_TOLERANCE = 1;

/**
 * The info issue on the `Financement` tab (no cell) when it has rows, the Budget has Investissement
 * revenue lines, and the rows' expected total and those lines' Prévision finale differ by more
 * than 1 €. Investissement only: the fallback reads those lines, and the plan finances the
 * investment operation.
 */
export function checkBudgetMismatch(fiche: FicheProjet, funding: FundingResult): IssueDraft[] {
  if (funding.source !== "plan") return [];
  let budget = 0;
  let lines = 0;
  for (const l of fiche.budget) {
    if (l.section !== "Investissement" || l.type !== "Recette") continue;
    budget += l.forecast;
    lines++;
  }
  if (lines === 0) return [];
  const gap = Math.abs(funding.expected - budget);
  if (!exceeds(gap, MISMATCH_TOLERANCE)) return [];
  const { sheet } = cellOf(fiche.layout, "financement", "funder");
  return [{ code: "FUNDING_BUDGET_MISMATCH", sheet, cell: null, params: { funding: funding.expected, budget } }];
}
