/** Yes/no flags (Jalon, FCTVA). */
import type { Cell } from "../types.js";
import { readEnum } from "./enum.js";
import { EMPTY, found, invalid, type ReadOutcome } from "./outcome.js";

/**
 * `oui`/`non` (yes/no, x, 1/0, vrai/faux) or a boolean cell.
 * @example readYesNo("Oui") // { ok: true, value: true } ; readYesNo(false) // { ok: true, value: false }
 */
export function readYesNo(cell: Cell): ReadOutcome<boolean> {
  if (typeof cell === "boolean") return found(cell);
  if (cell !== null && typeof cell === "object") return invalid("yesno");
  const r = readEnum(cell, "yesno");
  if (!r.ok) return invalid("yesno");
  return r.value === null ? EMPTY : found(r.value === "oui");
}
