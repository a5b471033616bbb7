/** Staffing per service × month against capacity (SPEC §3 Staffing). */
import { cellOf } from "../locate.js";
import { entryOf, newMap } from "../maps.js";
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
  const add = (name: string) => {
    const key = normalizeName(name);
    if (key !== "" && !byKey.has(key)) byKey.set(key, name.trim());
  };
  for (const r of team) add(r.service);
  if (leadService) add(leadService);
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

/** The planned and actual days of one normalized service in one month. */
interface LoadGroup {
  readonly serviceKey: string;
  readonly month: string;
  planned: number;
  actual: number;
}

/**
 * Équipe's days summed per normalized service × month, sorted by service then month. Maps nested
 * by service then month rather than one keyed by `service|month`: no key string is built per
 * row, and what is sorted is the few services, then each one's months.
 */
function loadGroups(team: readonly StaffRow[]): LoadGroup[] {
  const byService = new Map<string, Map<string, LoadGroup>>();
  for (const r of team) {
    const serviceKey = normalizeName(r.service);
    const months = entryOf(byService, serviceKey, newMap<string, LoadGroup>);
    let g = months.get(r.month);
    if (g === undefined) {
      g = { serviceKey, month: r.month, planned: 0, actual: 0 };
      months.set(r.month, g);
    }
    g.planned += r.planned;
    g.actual += r.actual;
  }
  const groups: LoadGroup[] = [];
  for (const [, months] of [...byService].sort(([a], [b]) => compare(a, b))) {
    // A service's months, a dozen or two, put in order by insertion as they are appended: a
    // sort call per service cost more than the grouping itself.
    const start = groups.length;
    for (const g of months.values()) {
      let i = groups.length;
      groups.push(g);
      for (; i > start && groups[i - 1]!.month > g.month; i--) groups[i] = groups[i - 1]!;
      groups[i] = g;
    }
  }
  return groups;
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
  const names = new Map(mobilisedServices(team, null).map((s) => [normalizeName(s), s]));
  const issues: IssueDraft[] = [];
  const load = loadGroups(team).map((g): LoadCell => {
    // A project workbook seldom has a Capacité tab: then no key is built per cell.
    const cap = capacity.size === 0 ? undefined : capacity.get(`${g.serviceKey}|${g.month}`);
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
