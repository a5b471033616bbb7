/** Text cells, and any cell shown as text. */
import type { Cell } from "../types.js";
import { EMPTY, found, type ReadOutcome } from "./outcome.js";

/**
 * A number as people read it back: integers plain, others without binary noise. No workbook
 * holds an infinite or NaN number (Excel shows such a result as `#NUM!`): a grid that does says
 * `#NUM!` too, never "Infinity" in a message.
 */
function numberText(n: number): string {
  if (!Number.isFinite(n)) return "#NUM!";
  return Number.isInteger(n) ? String(n) : String(Number(n.toPrecision(15)));
}

/**
 * Any cell as raw text (what the user sees, roughly): for messages and for text fields.
 * @example cellText(12.5) // "12.5" ; cellText({ kind: "date", iso: "2026-03-01" }) // "2026-03-01"
 */
export function cellText(cell: Cell): string {
  if (cell === null) return "";
  if (typeof cell === "string") return cell;
  if (typeof cell === "number") return numberText(cell);
  if (typeof cell === "boolean") return cell ? "TRUE" : "FALSE";
  return cell.kind === "date" ? cell.iso : cell.code;
}

/**
 * Raw text cut to `max` characters for a message (`…` marks the cut).
 * @example truncate("abcdef", 4) // "abc…"
 */
export function truncate(s: string, max = 40): string {
  const chars = Array.from(s);
  return chars.length <= max ? s : `${chars.slice(0, max - 1).join("")}…`;
}

/**
 * A text field: trimmed, empty → null; numbers, booleans (`oui`/`non`) and dates become text.
 * @example readText("  Travaux ") // { ok: true, value: "Travaux" }
 */
export function readText(cell: Cell): ReadOutcome<string> {
  if (cell === null) return EMPTY;
  if (typeof cell === "boolean") return found(cell ? "oui" : "non");
  const text = cellText(cell).trim();
  return text === "" ? EMPTY : found(text);
}
