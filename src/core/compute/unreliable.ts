/**
 * Which health dimensions an error makes unreliable (SPEC §3 Health): an error-severity issue on
 * a tab a dimension is computed from. Budget from `Budget` and `Financement` (an erroneous plan
 * de financement leaves the project's receipts and its 80 % rule in doubt); schedule from
 * `Calendrier`; staffing from `Équipe` and `Capacité` (the load is planned days over capacity).
 */
import { tabKeyOf } from "../parse/tabs.js";
import type { Issue, TabKey } from "../types.js";
import type { Unreliable } from "./health.js";

const DIMENSION_OF: Partial<Record<TabKey, keyof Unreliable>> = {
  budget: "budget",
  financement: "budget",
  calendrier: "schedule",
  equipe: "staffing",
  capacite: "staffing",
};

/**
 * The dimensions with an error in their data.
 * @example unreliableDimensions([{ severity: "error", code: "VALUE_INVALID", sheet: "Budget", cell: "J4", message: "…" }]) // { budget: true }
 */
export function unreliableDimensions(issues: readonly Issue[]): Unreliable {
  const out: { -readonly [K in keyof Unreliable]: boolean } = {};
  for (const issue of issues) {
    if (issue.severity !== "error" || issue.sheet === null) continue;
    const key = tabKeyOf(issue.sheet);
    const dimension = key === null ? undefined : DIMENSION_OF[key];
    if (dimension) out[dimension] = true;
  }
  return out;
}
