/** Small cell makers shared by the generated tabs. */
import type { CellDate, IsoDate, OutCell } from "../types.js";

/** A date cell, or an empty cell when the date is unknown. */
export function dateCell(iso: IsoDate | null): CellDate | null {
  return iso === null ? null : { kind: "date", iso };
}

/** A number cell; null (unknown, a ratio over zero) stays empty rather than 0. */
export function numberCell(value: number | null): OutCell {
  return value === null || !Number.isFinite(value) ? null : value;
}

/** Column where charts are anchored: right of the widest table of a tab. */
export const CHART_COLUMN = 10;
