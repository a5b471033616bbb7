/** Health compared: the four dimensions, and how much worse a project got. */
import { valueChange } from "./change.js";
import { changePath } from "./path.js";
import type { Change, FieldKey, HealthSnapshot, HealthValue, Theme } from "./types.js";

/** Dimensions in report order: overall first, it is what a committee reads. */
export const HEALTH_DIMENSIONS = [
  ["overall", "healthOverall"],
  ["budget", "healthBudget"],
  ["schedule", "healthSchedule"],
  ["staffing", "healthStaffing"],
] as const satisfies readonly (readonly [keyof HealthSnapshot, FieldKey])[];

/** Severity ranks: « à vérifier » comes right after red (SPEC §3 Health, in portfolio sorts). */
const RANK: Readonly<Record<HealthValue, number>> = { green: 0, amber: 1, unknown: 2, red: 3 };

/**
 * How many ranks the health got worse by (negative when it improved); 0 when a side is unknown to the tab.
 * @example healthWorsening("green", "red") // 3
 * @example healthWorsening("red", "amber") // -2
 */
export function healthWorsening(old: HealthValue | null, now: HealthValue | null): number {
  return old === null || now === null ? 0 : RANK[now] - RANK[old];
}

/**
 * The health dimensions that moved, under `prefix` (`health`, `projects.X.health`).
 * @example healthChanges(["health"], "health", null, before, after).map((c) => c.what) // ["health.overall", "health.schedule"]
 */
export function healthChanges(
  prefix: readonly string[],
  theme: Theme,
  subject: string | null,
  old: HealthSnapshot,
  now: HealthSnapshot,
): Change[] {
  const changes: Change[] = [];
  for (const [key, field] of HEALTH_DIMENSIONS) {
    const change = valueChange(
      { what: changePath(...prefix, key), theme, kind: "health", subject, field },
      old[key],
      now[key],
    );
    if (change) changes.push(change);
  }
  return changes;
}
