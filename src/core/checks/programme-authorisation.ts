/** AP_EXCEEDED: investment expenses committed over all years beyond the programme authorisation. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";
import { exceeds } from "./money.js";

/** The issue at the Autorisation de programme value cell, when an AP is given and exceeded. */
export function checkProgrammeAuthorisation(fiche: FicheProjet): IssueDraft[] {
  const ap = fiche.project.programmeAuthorisation;
  if (ap === null) return [];
  let committed = 0;
  for (const l of fiche.budget) {
    if (l.section === "Investissement" && l.type === "Dépense") committed += l.committed;
  }
  if (!exceeds(committed, ap)) return [];
  const place = cellOf(fiche.layout, "projet", "programmeAuthorisation");
  return [{ code: "AP_EXCEEDED", ...place, params: { committed, ap } }];
}
