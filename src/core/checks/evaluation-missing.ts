/** EVALUATION_MISSING: a finished project must show at least one measured indicator. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";

/** The issue on the Évaluation tab (its actual name, or the canonical one when absent). */
export function checkEvaluationMissing(fiche: FicheProjet): IssueDraft[] {
  if (fiche.project.status !== "réalisé") return [];
  if (fiche.indicators.some((i) => i.measured !== null)) return [];
  const { sheet } = cellOf(fiche.layout, "evaluation", "measured");
  return [{ code: "EVALUATION_MISSING", sheet, cell: null, params: {} }];
}
