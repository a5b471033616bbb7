/** Values from a closed list (statut, section, sens…), matched loosely, returned canonical. */
import { ENUMS, type EnumKey } from "../template/columns.js";
import type { Cell } from "../types.js";
import { normalizeLabel } from "./normalize.js";
import { EMPTY, found, invalid, type ReadOutcome } from "./outcome.js";
import { cellText } from "./text.js";

const LOOKUP = new Map<EnumKey, Map<string, string>>();

/** normalized spelling → canonical value, built once per list. */
function lookup(key: EnumKey): Map<string, string> {
  let map = LOOKUP.get(key);
  if (!map) {
    map = new Map();
    for (const v of ENUMS[key]) {
      for (const spelling of [v.value, v.en, ...(v.aliases ?? [])]) {
        const k = normalizeLabel(spelling);
        if (!map.has(k)) map.set(k, v.value);
      }
    }
    LOOKUP.set(key, map);
  }
  return map;
}

/**
 * One value of the list `key`, matched on its French value, English value or an alias,
 * ignoring case, accents and spaces; returns the canonical French value.
 * @example readEnum("In Progress", "status") // { ok: true, value: "en cours" }
 */
export function readEnum(cell: Cell, key: EnumKey): ReadOutcome<string> {
  const text = normalizeLabel(cellText(cell));
  if (text === "") return EMPTY;
  const value = lookup(key).get(text);
  return value === undefined ? invalid(key) : found(value);
}
