/** Traffic lights (SPEC §3 Health), with thresholds a user can change. */
import type {
  BudgetLine,
  BudgetResult,
  Health,
  HealthResult,
  HealthThresholds,
  ScheduleResult,
  StaffingResult,
} from "../types.js";

/** SPEC defaults: budget 110 % / 100 %, schedule 20 working days, staffing 120 % / 100 %. */
export const DEFAULT_THRESHOLDS: HealthThresholds = {
  budgetRed: 1.1,
  budgetAmber: 1.0,
  scheduleRedDays: 20,
  staffingRed: 1.2,
  staffingAmber: 1.0,
};

/** How bad a light is: `unknown` ranks between amber and red, where a portfolio sorts it (SPEC §3). */
const RANK: Readonly<Record<Health, number>> = { green: 0, amber: 1, unknown: 2, red: 3 };

/**
 * The overall light: red if any light is red, else unknown if any is unknown, else the worst.
 * @example worstHealth(["green", "amber"]) // "amber" ; worstHealth(["unknown", "amber"]) // "unknown"
 */
export function worstHealth(lights: readonly Health[]): Health {
  return lights.reduce<Health>((w, h) => (RANK[h] > RANK[w] ? h : w), "green");
}

/**
 * Sort key of a light, worst first: red, unknown (« à vérifier »), amber, green.
 * @example ["green", "red", "unknown"].sort((a, b) => healthRank(b) - healthRank(a)) // ["red", "unknown", "green"]
 */
export function healthRank(health: Health): number {
  return RANK[health];
}

/** The dimensions whose data holds an error: their figures cannot be trusted. */
export type Unreliable = Readonly<Partial<Record<"budget" | "schedule" | "staffing", boolean>>>;

/**
 * The lights with every unreliable dimension made `unknown`, and the overall light again.
 * @example withUnreliable({ budget: "green", schedule: "amber", staffing: "green", overall: "amber" }, { budget: true }).overall // "unknown"
 */
export function withUnreliable(health: HealthResult, unreliable: Unreliable): HealthResult {
  const budget = unreliable.budget ? "unknown" : health.budget;
  const schedule = unreliable.schedule ? "unknown" : health.schedule;
  const staffing = unreliable.staffing ? "unknown" : health.staffing;
  return { budget, schedule, staffing, overall: worstHealth([budget, schedule, staffing]) };
}

/**
 * Red when expenses' forecast > budgetRed × open credits; amber when > budgetAmber × open or an
 * expense line has committed > open; else green. With no open credits, any forecast is red.
 */
export function budgetHealth(budget: BudgetResult, lines: readonly BudgetLine[], t: HealthThresholds): Health {
  const { forecast, open } = budget.expenses;
  // forecast / open rather than threshold × open: 1.1 × 1000 is 1100.0000000000002 in binary.
  const share = open > 0 ? forecast / open : forecast > 0 ? Number.POSITIVE_INFINITY : 0;
  if (share > t.budgetRed) return "red";
  const overcommitted = lines.some((l) => l.type === "Dépense" && l.committed > l.open);
  return share > t.budgetAmber || overcommitted ? "amber" : "green";
}

/** Red when the project slips more than scheduleRedDays working days; amber when it slips at all or a step is late. */
export function scheduleHealth(schedule: ScheduleResult, t: HealthThresholds): Health {
  if (schedule.slipWorkingDays > t.scheduleRedDays) return "red";
  return schedule.slipWorkingDays > 0 || schedule.lateSteps.length > 0 ? "amber" : "green";
}

/**
 * Red when a load exceeds staffingRed, or planned days meet a capacity of 0; amber when a load
 * exceeds staffingAmber or the digital service is absent.
 */
export function staffingHealth(staffing: StaffingResult, t: HealthThresholds): Health {
  const zeroCapacityOverload = staffing.load.some((c) => c.capacity === 0 && c.planned > 0);
  if (zeroCapacityOverload || staffing.load.some((c) => c.load !== null && c.load > t.staffingRed)) return "red";
  const over = staffing.load.some((c) => c.load !== null && c.load > t.staffingAmber);
  return over || !staffing.digitalServiceInvolved ? "amber" : "green";
}

/** The three lights and the worst of them. */
export function computeHealth(
  parts: { budget: BudgetResult; lines: readonly BudgetLine[]; schedule: ScheduleResult; staffing: StaffingResult },
  thresholds: HealthThresholds,
): HealthResult {
  const budget = budgetHealth(parts.budget, parts.lines, thresholds);
  const schedule = scheduleHealth(parts.schedule, thresholds);
  const staffing = staffingHealth(parts.staffing, thresholds);
  return { budget, schedule, staffing, overall: worstHealth([budget, schedule, staffing]) };
}
