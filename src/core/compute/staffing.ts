/** Staffing per service × month against capacity (SPEC §3 Staffing). */
import { cellOf } from "../locate.js";
import type { CapacityRow, IssueDraft, Layout, LoadCell, ProjectInfo, StaffingResult, StaffRow } from "../types.js";
import { normalizeName } from "./normalize-name.js";
import { ratio } from "./ratio.js";

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

interface Capacity {
  available: number;
  /** Sheet row of the first Capacité row for that service × month (where an overload points). */
  row: number;
}

/** Capacity per normalized service × month, repeated rows summed. */
export function capacityIndex(rows: readonly CapacityRow[]): Map<string, Capacity> {
  const index = new Map<string, Capacity>();
  for (const r of rows) {
    const key = `${normalizeName(r.service)}|${r.month}`;
    const prev = index.get(key);
    index.set(key, { available: (prev?.available ?? 0) + r.available, row: prev?.row ?? r.row });
  }
  return index;
}

/**
 * Services mobilised: every service named in Équipe plus the lead service, one per normalized
 * name (first spelling kept), sorted by normalized name.
 */
export function mobilisedServices(team: readonly StaffRow[], leadService: string | null): string[] {
  const byKey = new Map<string, string>();
  for (const name of [...team.map((r) => r.service), ...(leadService ? [leadService] : [])]) {
    const key = normalizeName(name);
    if (key !== "" && !byKey.has(key)) byKey.set(key, name.trim());
  }
  return [...byKey.entries()].sort(([a], [b]) => compare(a, b)).map(([, name]) => name);
}

/** Whether Équipe has a row of the digital service (case-, accent- and space-insensitive). */
export function isDigitalServiceInvolved(team: readonly StaffRow[], digitalService: string): boolean {
  const key = normalizeName(digitalService);
  return team.some((r) => normalizeName(r.service) === key);
}

/** Whether a load cell is over capacity: planned > capacity (so any planned day over a capacity of 0). */
export function isOverloaded(cell: LoadCell): boolean {
  return cell.capacity !== null && cell.planned > cell.capacity;
}

/**
 * Load per service × month present in Équipe (sorted by normalized service, then month):
 * planned and actual days, capacity from Capacité (null when absent), load = planned / capacity
 * (null when capacity is null or 0). STAFF_OVERLOAD for each cell over capacity, at the
 * Jours disponibles cell of the first matching Capacité row.
 */
export function computeStaffing(
  project: ProjectInfo,
  team: readonly StaffRow[],
  capacityRows: readonly CapacityRow[],
  layout: Layout,
): { staffing: StaffingResult; issues: IssueDraft[] } {
  const capacity = capacityIndex(capacityRows);
  const groups = new Map<string, { serviceKey: string; month: string; planned: number; actual: number }>();
  for (const r of team) {
    const serviceKey = normalizeName(r.service);
    const key = `${serviceKey}|${r.month}`;
    const g = groups.get(key) ?? { serviceKey, month: r.month, planned: 0, actual: 0 };
    g.planned += r.planned;
    g.actual += r.actual;
    groups.set(key, g);
  }
  const names = new Map(mobilisedServices(team, null).map((s) => [normalizeName(s), s]));
  const sorted = [...groups.values()].sort((a, b) => compare(a.serviceKey, b.serviceKey) || compare(a.month, b.month));
  const issues: IssueDraft[] = [];
  const load = sorted.map((g): LoadCell => {
    const cap = capacity.get(`${g.serviceKey}|${g.month}`);
    const service = names.get(g.serviceKey) ?? g.serviceKey;
    const cell: LoadCell = {
      service,
      month: g.month,
      planned: g.planned,
      actual: g.actual,
      capacity: cap?.available ?? null,
      load: cap === undefined ? null : ratio(g.planned, cap.available),
    };
    if (cap !== undefined && isOverloaded(cell)) {
      issues.push({
        code: "STAFF_OVERLOAD",
        ...cellOf(layout, "capacite", "available", cap.row),
        params: { service, month: g.month, planned: g.planned, capacity: cap.available },
      });
    }
    return cell;
  });
  return {
    staffing: {
      services: mobilisedServices(team, project.leadService),
      digitalServiceInvolved: isDigitalServiceInvolved(team, project.digitalService),
      load,
    },
    issues,
  };
}
