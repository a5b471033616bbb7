/** The plan de financement compared: totals, then each funder (status and amounts). */

import { matchKey } from "../portfolio/normalize.js";
import { matchByKey, present, valueChange } from "./change.js";
import { changePath } from "./path.js";
import type { Change, FieldKey, FunderSnapshot, FundingSnapshot, ValueKind } from "./types.js";

/** The totals compared, in report order (SPEC §5.2). */
const TOTALS = [
  ["expected", "money"],
  ["received", "money"],
  ["toReceive", "money"],
  ["awarded", "money"],
  ["requested", "money"],
  ["ownerShare", "money"],
  ["publicAidRate", "ratio"],
] as const satisfies readonly (readonly [keyof FundingSnapshot & FieldKey, ValueKind])[];

/** What is compared of a funder on both sides. */
const FUNDER_FIELDS = [
  ["status", "status"],
  ["expected", "money"],
  ["awarded", "money"],
  ["received", "money"],
] as const satisfies readonly (readonly [keyof FunderSnapshot & FieldKey, ValueKind])[];

function funderEntity(funder: FunderSnapshot, side: "added" | "removed"): Change {
  return {
    what: changePath("funding", "funders", funder.name),
    old: side === "removed" ? funder.name : null,
    new: side === "added" ? funder.name : null,
    delta: null,
    theme: "funders",
    kind: "entity",
    subject: funder.name,
    field: null,
  };
}

/**
 * The funding changes, when both documents have a plan de financement (SPEC §5.4); none
 * otherwise — a document from before template v2 has nothing to compare with.
 * @example fundingChanges(null, after) // []
 */
export function fundingChanges(old: FundingSnapshot | null, now: FundingSnapshot | null): Change[] {
  if (old === null || now === null) return [];
  const totals = present(
    TOTALS.map(([field, kind]) =>
      valueChange({ what: changePath("funding", field), theme: "funding", kind, field }, old[field], now[field]),
    ),
  );
  const { both, added, removed } = matchByKey(old.funders, now.funders, (f) => matchKey(f.name));
  const funders = both.flatMap(([before, after]) =>
    present(
      FUNDER_FIELDS.map(([field, kind]) =>
        valueChange(
          {
            what: changePath("funding", "funders", after.name, field),
            theme: "funders",
            kind,
            subject: after.name,
            field,
          },
          before[field],
          after[field],
        ),
      ),
    ),
  );
  return [
    ...totals,
    ...funders,
    ...added.map((f) => funderEntity(f, "added")),
    ...removed.map((f) => funderEntity(f, "removed")),
  ];
}
