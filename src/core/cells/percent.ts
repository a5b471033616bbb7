/** Percentages, always returned as fractions. */
import type { Cell } from "../types.js";
import { parseDecimalText } from "./decimal.js";
import { EMPTY, found, invalid, isBlank, type ReadOutcome } from "./outcome.js";

/** A bare number: ≤ 1 is a fraction (0.45), > 1 a percent (45). */
const asFraction = (n: number) => (Math.abs(n) <= 1 ? n : n / 100);

/**
 * A percentage as a fraction: numbers ≤ 1 are fractions, > 1 percents; text `45 %`, `62,5%`, `0,45`.
 * @example readPercent("62,5 %") // { ok: true, value: 0.625 } ; readPercent(45) // { ok: true, value: 0.45 }
 */
export function readPercent(cell: Cell): ReadOutcome<number> {
  if (cell === null) return EMPTY;
  if (typeof cell === "number") return Number.isFinite(cell) ? found(asFraction(cell)) : invalid("percent");
  if (typeof cell !== "string") return invalid("percent");
  if (isBlank(cell)) return EMPTY;
  const text = cell.trim();
  if (text.endsWith("%")) {
    const n = parseDecimalText(text.slice(0, -1));
    return n === null ? invalid("percent") : found(n / 100);
  }
  const n = parseDecimalText(text);
  return n === null ? invalid("percent") : found(asFraction(n));
}
