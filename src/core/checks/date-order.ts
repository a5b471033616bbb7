/** DATE_ORDER: a finish before its start (Fin prévue < Début prévu, Fin réelle < Début réel). */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";

/** One issue per reversed pair, at the finish cell. */
export function checkDateOrder(fiche: FicheProjet): IssueDraft[] {
  const issues: IssueDraft[] = [];
  for (const s of fiche.steps) {
    if (s.baselineFinish < s.baselineStart) {
      const place = cellOf(fiche.layout, "calendrier", "baselineFinish", s.row);
      issues.push({ code: "DATE_ORDER", ...place, params: { start: s.baselineStart, finish: s.baselineFinish } });
    }
    if (s.actualStart !== null && s.actualFinish !== null && s.actualFinish < s.actualStart) {
      const place = cellOf(fiche.layout, "calendrier", "actualFinish", s.row);
      issues.push({ code: "DATE_ORDER", ...place, params: { start: s.actualStart, finish: s.actualFinish } });
    }
  }
  return issues;
}
