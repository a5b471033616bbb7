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
  const text = cellText(cell);
  // One item or none, the commonest cell (a single predecessor): no split, no array of parts.
  if (!needsSplitting(text, separators)) {
    const item = text.trim();
    return item === "" ? EMPTY : found([item]);
  }
  const items = text
    .split(separators === ";" ? /[;\n\r]/ : /[;,\n\r]/)
    .map((s) => s.replace(/[\u00A0\u202F]/g, " ").trim())
    .filter((s) => s !== "");
  return items.length === 0 ? EMPTY : found(items);
}

/** Whether `text` holds a separator, a line break or a no-break space: what only splitting handles. */
function needsSplitting(text: string, separators: ";" | ";,"): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 59 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f) return true;
    if (c === 44 && separators === ";,") return true;
  }
  return false;
}
