/** Lists in one cell: IDs of predecessors, members of a committee. */
import type { Cell } from "../types.js";
import { EMPTY, found, type ReadOutcome } from "./outcome.js";
import { cellText } from "./text.js";

/**
 * Items separated by `;` or `,` (or only `;` when `separators` says so) or line breaks,
 * trimmed, empties dropped; empty → null.
 * @example readList("E1; E2,,E3 ") // { ok: true, value: ["E1", "E2", "E3"] }
 * @example readList("Dupont, Jean; Martin, Anne", ";") // { ok: true, value: ["Dupont, Jean", "Martin, Anne"] }
 */
export function readList(cell: Cell, separators: ";" | ";," = ";,"): ReadOutcome<string[]> {
  const items = cellText(cell)
    .split(separators === ";" ? /[;\n\r]/ : /[;,\n\r]/)
    .map((s) => s.replace(/[\u00A0\u202F]/g, " ").trim())
    .filter((s) => s !== "");
  return items.length === 0 ? EMPTY : found(items);
}
