/** Two versions of a fiche compared (SPEC §6 "What changed"): one list of changes, by theme. */
import { present, valueChange } from "./change.js";
import { fundingChanges } from "./fundingChanges.js";
import { healthChanges } from "./health.js";
import { issueChanges } from "./issues.js";
import { lineChanges } from "./lines.js";
import { changePath } from "./path.js";
import { stepChanges } from "./steps.js";
import type { Change, FicheComparison, FicheSnapshot, FieldKey, ValueKind } from "./types.js";

const PROJECT_FIELDS = [
  ["code", "text"],
  ["title", "text"],
  ["status", "status"],
  ["lead", "text"],
  ["leadService", "text"],
] as const satisfies readonly (readonly [keyof FicheSnapshot["project"] & FieldKey, ValueKind])[];

const FLOWS = ["expenses", "revenues", "netCost"] as const;
const MEASURE_KEYS = ["initial", "open", "committed", "paid", "forecast"] as const;

function projectChanges(old: FicheSnapshot, now: FicheSnapshot): Change[] {
  return present(
    PROJECT_FIELDS.map(([field, kind]) =>
      valueChange(
        { what: changePath("project", field), theme: "project", kind, field },
        old.project[field],
        now.project[field],
      ),
    ),
  );
}

/** The budget's totals: each measure of expenses, revenues and net cost, then the FCTVA. */
function budgetChanges(old: FicheSnapshot, now: FicheSnapshot): Change[] {
  const measures = FLOWS.flatMap((flow) =>
    MEASURE_KEYS.map((m) =>
      valueChange(
        { what: changePath("budget", flow, m), theme: "budget", kind: "money", field: `${flow}.${m}` },
        old.budget[flow][m],
        now.budget[flow][m],
      ),
    ),
  );
  const fctva = (["fctva", "netCostAfterFctva"] as const).map((field) =>
    valueChange(
      { what: changePath("budget", field), theme: "budget", kind: "money", field },
      old.budget[field],
      now.budget[field],
    ),
  );
  return present([...measures, ...fctva]);
}

function scheduleChanges(old: FicheSnapshot, now: FicheSnapshot): Change[] {
  const fields = [
    ["baselineFinish", "date"],
    ["forecastFinish", "date"],
    ["slipWorkingDays", "integer"],
    ["slipCalendarDays", "integer"],
  ] as const satisfies readonly (readonly [keyof FicheSnapshot["schedule"] & FieldKey, ValueKind])[];
  return present(
    fields.map(([field, kind]) =>
      valueChange(
        { what: changePath("schedule", field), theme: "schedule", kind, field },
        old.schedule[field],
        now.schedule[field],
      ),
    ),
  );
}

/**
 * What changed from `old` to `now`: project, health, budget totals, budget lines, funding,
 * schedule, steps, issues — in that order, each in the order of the new workbook.
 * @example compareFiches(before, after).changes.map((c) => c.what) // ["health.overall", "budget.expenses.forecast", …]
 */
export function compareFiches(old: FicheSnapshot, now: FicheSnapshot): FicheComparison {
  const changes = [
    ...projectChanges(old, now),
    ...healthChanges(["health"], "health", null, old.health, now.health),
    ...budgetChanges(old, now),
    ...lineChanges(old.lines, now.lines),
    ...fundingChanges(old.funding, now.funding),
    ...scheduleChanges(old, now),
    ...stepChanges(old.steps, now.steps),
    ...issueChanges(old.issues, now.issues),
  ];
  return {
    kind: "fiche",
    old: old.side,
    new: now.side,
    project: { code: now.project.code ?? old.project.code, title: now.project.title ?? old.project.title },
    changes,
  };
}
