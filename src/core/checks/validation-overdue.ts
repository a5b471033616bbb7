/** VALIDATION_OVERDUE: a validation stage past its planned date still without a decision. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IsoDate, IssueDraft } from "../types.js";

/** One issue per stage whose Date prévue < status date and Décision is empty or `en attente`. */
export function checkValidationOverdue(fiche: FicheProjet, statusDate: IsoDate): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const v of fiche.validation) {
    if (v.plannedDate === null || v.plannedDate >= statusDate) continue;
    if (v.decision !== null && v.decision !== "en attente") continue;
    const place = cellOf(fiche.layout, "validation", "plannedDate", v.row);
    issues.push({ code: "VALIDATION_OVERDUE", ...place, params: { stage: v.stage, plannedDate: v.plannedDate } });
  }
  return issues;
}
