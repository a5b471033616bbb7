/** STEP_UNKNOWN: predecessors and Budget/Équipe steps must be Calendrier IDs. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";
import { tabRead } from "./readable.js";

/**
 * One issue per unknown reference, at the Prédécesseurs cell (Calendrier) or the Étape cell
 * (Budget, Équipe). Nothing when the Calendrier could not be read (already reported).
 * A step naming itself is left to the cycle check.
 */
export function checkUnknownSteps(fiche: FicheProjet, ids: ReadonlySet<string>): IssueDraft[] {
  if (!tabRead(fiche.layout, "calendrier")) return [];
  const issues: IssueDraft[] = [];
  for (const s of fiche.steps) {
    for (const p of s.predecessors) {
      if (ids.has(p)) continue;
      issues.push({
        code: "STEP_UNKNOWN",
        ...cellOf(fiche.layout, "calendrier", "predecessors", s.row),
        params: { id: p },
      });
    }
  }
  for (const line of fiche.budget) {
    if (line.step === null || ids.has(line.step)) continue;
    issues.push({
      code: "STEP_UNKNOWN",
      ...cellOf(fiche.layout, "budget", "step", line.row),
      params: { id: line.step },
    });
  }
  for (const r of fiche.team) {
    if (r.step === null || ids.has(r.step)) continue;
    issues.push({ code: "STEP_UNKNOWN", ...cellOf(fiche.layout, "equipe", "step", r.row), params: { id: r.step } });
  }
  return issues;
}
