/** Plain numbers: days, indicator values. */
import type { Cell } from "../types.js";
import { parseDecimalText } from "./decimal.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

/**
 * A number, or a text number in French or English style.
 * @example readNumber("12,5") // { ok: true, value: 12.5 }
 */
export function readNumber(cell: Cell): ReadOutcome<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") return Number.isFinite(cell) ? found(cell) : invalid("number");
  if (typeof cell !== "string") return invalid("number");
  if (isBlank(cell)) return EMPTY;
  const n = parseDecimalText(cell);
  return n === null ? invalid("number") : found(n);
}
