/** FUNDING_START_DEADLINE: the work had to start by a date that has passed, and nothing started. */
import { cellOf } from "../../locate.js";
import type { FundingRow, IsoDate, IssueDraft, Layout, Step } from "../../types.js";
import { funderParams } from "./funder.js";

/**
 * The earliest Début réel of the Calendrier, or null when no step has started.
 * @example firstActualStart([{ actualStart: "2026-04-07" }, { actualStart: null }]) // "2026-04-07"
 */
export function firstActualStart(steps: readonly Pick<Step, "actualStart">[]): IsoDate | null {
  let first: IsoDate | null = null;
  for (const s of steps) if (s.actualStart !== null && (first === null || s.actualStart < first)) first = s.actualStart;
  return first;
}

/**
 * The issue at the row's Début au plus tard when that date is before the status date, the row
 * is not `refusé`, and no Calendrier step has a Début réel on or before it; or null.
 * `started` is {@link firstActualStart} of the Calendrier, computed once for every row.
 */
export function checkStartDeadline(
  row: FundingRow,
  layout: Layout,
  statusDate: IsoDate,
  started: IsoDate | null,
): IssueDraft | null {
  const { startBy } = row;
  if (row.status === "refusé" || startBy === null || startBy >= statusDate) return null;
  if (started !== null && started <= startBy) return null;
  return {
    code: "FUNDING_START_DEADLINE",
    ...cellOf(layout, "financement", "startBy", row.row),
    params: { ...funderParams(row), startBy, statusDate },
  };
}
