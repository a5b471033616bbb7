/** The line-by-line budget checks, line after line so issues read in sheet order. */
import type { FicheProjet, IssueDraft } from "../types.js";
import { checkForecastOverrun } from "./forecast-overrun.js";
import { checkOvercommitted } from "./overcommitted.js";
import { checkPaidExceedsCommitted } from "./paid-exceeds.js";

/** Over-commitment, paid beyond committed and forecast overrun, for every line. */
export function checkBudgetLines(fiche: FicheProjet): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const line of fiche.budget) {
    for (const check of [checkOvercommitted, checkPaidExceedsCommitted, checkForecastOverrun]) {
      const issue = check(line, fiche.layout);
      if (issue) issues.push(issue);
    }
  }
  return issues;
}
