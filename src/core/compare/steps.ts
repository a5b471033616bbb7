/** Steps compared, matched by ID: dates and progress that moved, steps added and removed. */
import { matchByKey, present, valueChange } from "./change.js";
import { changePath } from "./path.js";
import type { Change, FieldKey, StepSnapshot, ValueKind } from "./types.js";

/** What is compared of a step matched on both sides, in report order. */
const STEP_FIELDS = [
  ["baselineFinish", "date"],
  ["forecastFinish", "date"],
  ["percentComplete", "ratio"],
  ["actualStart", "date"],
  ["actualFinish", "date"],
] as const satisfies readonly (readonly [keyof StepSnapshot & FieldKey, ValueKind])[];

const subjectOf = (s: StepSnapshot) => `${s.id} ${s.name}`;

/** A step only on one side: its name on that side, nothing on the other. */
function entity(step: StepSnapshot, side: "added" | "removed"): Change {
  return {
    what: changePath("steps", step.id),
    old: side === "removed" ? step.name : null,
    new: side === "added" ? step.name : null,
    delta: null,
    theme: "steps",
    kind: "entity",
    subject: subjectOf(step),
    field: null,
  };
}

/**
 * The step changes: per step on both sides (in the new Calendrier's order) its dates and
 * progress that moved, then the steps added, then those removed. IDs match exactly, as the
 * parser compares them; a duplicated ID is matched by its first row.
 * @example stepChanges([e3], [{ ...e3, forecastFinish: "2027-01-15" }])[0]?.what // "steps.E3.forecastFinish"
 */
export function stepChanges(olds: readonly StepSnapshot[], news: readonly StepSnapshot[]): Change[] {
  const { both, added, removed } = matchByKey(olds, news, (s) => s.id);
  const moved = both.flatMap(([before, after]) =>
    present(
      STEP_FIELDS.map(([field, kind]) =>
        valueChange(
          { what: changePath("steps", after.id, field), theme: "steps", kind, subject: subjectOf(after), field },
          before[field],
          after[field],
        ),
      ),
    ),
  );
  return [...moved, ...added.map((s) => entity(s, "added")), ...removed.map((s) => entity(s, "removed"))];
}
