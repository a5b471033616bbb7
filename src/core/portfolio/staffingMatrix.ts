/**
 * The cross-project load as a service × month matrix (SPEC §6 `Charge services`): one row per
 * service with planned days, one column per month from the first to the last month any service
 * has planned days (months without any in between included, so the columns read as a calendar).
 */
import type { IsoMonth } from "../types.js";
import { monthSpan } from "./months.js";
import { matchKey } from "./normalize.js";
import type { Portfolio } from "./types.js";

/** One service × month of the matrix. */
export interface MatrixCell {
  /** Planned person-days across projects (0 in a month of the span without any). */
  readonly planned: number;
  /** The portfolio capacity that month, or null when none is given. */
  readonly capacity: number | null;
  /** planned / capacity; null without a capacity above zero. */
  readonly load: number | null;
  /** Above capacity (a capacity of zero with planned days included). */
  readonly overloaded: boolean;
}

export interface MatrixRow {
  readonly service: string;
  /** One per month of the matrix, in order. */
  readonly cells: readonly MatrixCell[];
  /** Whether the service is overloaded in some month. */
  readonly overloaded: boolean;
}

export interface StaffingMatrix {
  readonly months: readonly IsoMonth[];
  /** Services in the load's order (by name). */
  readonly rows: readonly MatrixRow[];
}

/**
 * The matrix of a portfolio's load and capacity.
 * @example staffingMatrix(portfolio).months // ["2026-01", "2026-02", …]
 */
export function staffingMatrix(portfolio: Pick<Portfolio, "staffing" | "capacity">): StaffingMatrix {
  const planned = portfolio.staffing;
  if (planned.length === 0) return { months: [], rows: [] };
  const sorted = planned.map((l) => l.month).sort();
  const months = monthSpan(sorted[0] as IsoMonth, sorted[sorted.length - 1] as IsoMonth);
  const loads = new Map(planned.map((l) => [`${matchKey(l.service)}|${l.month}`, l]));
  const capacity = new Map(portfolio.capacity.map((c) => [`${matchKey(c.service)}|${c.month}`, c.available]));
  const services = new Map<string, string>();
  for (const l of planned) if (!services.has(matchKey(l.service))) services.set(matchKey(l.service), l.service);
  const rows = [...services].map(([key, service]) => {
    const cells = months.map((month): MatrixCell => {
      const load = loads.get(`${key}|${month}`);
      if (load) return { planned: load.planned, capacity: load.capacity, load: load.load, overloaded: load.overloaded };
      const cap = capacity.get(`${key}|${month}`) ?? null;
      return { planned: 0, capacity: cap, load: cap !== null && cap > 0 ? 0 : null, overloaded: false };
    });
    return { service, cells, overloaded: cells.some((c) => c.overloaded) };
  });
  return { months, rows };
}
