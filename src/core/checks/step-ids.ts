/** Step IDs: the set a reference must belong to, and ID_DUPLICATE. */
import { cellOf } from "../locate.js";
import type { FicheProjet, IssueDraft, Step } from "../types.js";

/**
 * The first step of each ID, in Calendrier order (later duplicates are left out).
 * @example stepsById([{ id: "A", row: 3 }, { id: "A", row: 4 }]).get("A")?.row // 3
 */
export function stepsById<S extends Pick<Step, "id">>(steps: readonly S[]): Map<string, S> {
  const byId = new Map<string, S>();
  for (const s of steps) if (!byId.has(s.id)) byId.set(s.id, s);
  return byId;
}

/** ID_DUPLICATE at each repeated ID cell, naming the cell of its first use. */
export function checkDuplicateIds(fiche: FicheProjet): IssueDraft[] {
  const first = new Map<string, number>();
  const issues: IssueDraft[] = [];
  for (const s of fiche.steps) {
    const firstRow = first.get(s.id);
    if (firstRow === undefined) {
      first.set(s.id, s.row);
      continue;
    }
    const place = cellOf(fiche.layout, "calendrier", "id", s.row);
    const firstCell = cellOf(fiche.layout, "calendrier", "id", firstRow).cell ?? "";
    issues.push({ code: "ID_DUPLICATE", ...place, params: { id: s.id, firstCell } });
  }
  return issues;
}
