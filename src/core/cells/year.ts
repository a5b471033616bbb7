/** Budget years. */
import type { Cell } from "../types.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

/** Budget years accepted (the same range as dates). */
export const MIN_YEAR = 1900;
export const MAX_YEAR = 2200;

/**
 * A whole year between 1900 and 2200, as a number or text.
 * @example readYear(" 2026 ") // { ok: true, value: 2026 }
 */
export function readYear(cell: Cell): ReadOutcome<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === "string" && isBlank(cell)) return EMPTY;
  const n =
    typeof cell === "number" ? cell : typeof cell === "string" && /^\s*[0-9]{4}\s*$/.test(cell) ? Number(cell) : NaN;
  return Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR ? found(n) : invalid("year");
}
