/** DIGITAL_SERVICE_ABSENT: the digital-uses service is part of every project team. */
import { normalizeLabel } from "../cells/normalize.js";
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft } from "../types.js";
import { tabRead } from "./readable.js";

/**
 * Whether an Équipe row names the project's digital service (case, accents and spaces ignored).
 * @example digitalServiceInvolved(fiche) // true
 */
export function digitalServiceInvolved(fiche: Pick<FicheProjet, "project" | "team">): boolean {
  const wanted = normalizeLabel(fiche.project.digitalService);
  return fiche.team.some((r) => normalizeLabel(r.service) === wanted);
}

/** The issue on the Équipe tab (no cell), unless the tab could not be read at all. */
export function checkDigitalService(fiche: FicheProjet): IssueDraft[] {
  if (!tabRead(fiche.layout, "equipe") || digitalServiceInvolved(fiche)) return [];
  const { sheet } = cellOf(fiche.layout, "equipe", "service");
  return [{ code: "DIGITAL_SERVICE_ABSENT", sheet, cell: null, params: { service: fiche.project.digitalService } }];
}
