/** Amounts in euros. */
import type { Cell } from "../types.js";
import { parseDecimalText } from "./decimal.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

const CURRENCY = /€|\bEUR\b|\beuros?\b/gi;
/** `12 k€`, `1,5 M€`, `3 Md€`: a multiplier people use in notes, never in a budget cell. */
const MULTIPLIER = /[0-9]\s*(k|m|md|mds|mio|mrd|milliers?|millions?|milliards?)\s*(€|eur|euros?)?\s*$/i;

/**
 * An amount: a number, or text such as `1 234,56 €`, `1.234.567,89`, `1234.56`, `-1 234`
 * (the sign is kept; columns that need ≥ 0 check it). `12 k€` is refused with its own reason.
 * @example readAmount("1 234,56 €") // { ok: true, value: 1234.56 }
 */
export function readAmount(cell: Cell): ReadOutcome<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") return Number.isFinite(cell) ? found(cell) : invalid("amount");
  if (typeof cell !== "string") return invalid("amount");
  if (isBlank(cell)) return EMPTY;
  if (MULTIPLIER.test(cell.trim())) return invalid("amountNoMultiplier");
  const n = parseDecimalText(cell.replace(CURRENCY, ""));
  return n === null ? invalid("amount") : found(n);
}
