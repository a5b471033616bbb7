/** Finding a table tab's header row and where each known column sits. */
import { normalizeLabel } from "../cells/normalize.js";
import { cellText } from "../cells/text.js";
import type { TabSpec } from "../template/columns.js";
import type { Cell, Sheet } from "../types.js";

/** How many rows from the top may hold the header (rows above it are a title). */
export const HEADER_SEARCH_ROWS = 10;

/** Where a table tab's header row and columns are. */
export interface HeaderFound {
  /** 1-based sheet row. */
  readonly headerRow: number;
  /** Column key → 0-based column index (the first occurrence wins). */
  readonly columns: Readonly<Record<string, number>>;
  /** 0-based index of the last non-empty header cell. */
  readonly lastColumn: number;
}

const LABELS = new WeakMap<TabSpec, Map<string, string>>();

/** normalized label (French, English, aliases) → column key, built once per tab. */
function labels(spec: TabSpec): Map<string, string> {
  let map = LABELS.get(spec);
  if (!map) {
    map = new Map();
    for (const c of spec.columns) {
      for (const label of [c.fr, c.en, ...(c.aliases ?? [])]) {
        const k = normalizeLabel(label);
        if (!map.has(k)) map.set(k, c.key);
      }
    }
    LABELS.set(spec, map);
  }
  return map;
}

/**
 * The column key a header cell names, or null. A trailing unit in brackets is tolerated:
 * `Prévu initial (€)` names `initial`.
 * @example columnKeyOf("Fin prévue *", tabSpec("calendrier")) // "baselineFinish"
 */
export function columnKeyOf(cell: Cell, spec: TabSpec): string | null {
  const text = normalizeLabel(cellText(cell));
  if (text === "") return null;
  const map = labels(spec);
  return map.get(text) ?? map.get(normalizeLabel(text.replace(/\s*\([^()]*\)$/, ""))) ?? null;
}

/**
 * The header row: the first row among the first {@link HEADER_SEARCH_ROWS} with at least two
 * known headers of the tab; null when there is none.
 */
export function findHeader(sheet: Sheet, spec: TabSpec): HeaderFound | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r] ?? [];
    const columns: Record<string, number> = {};
    let known = 0;
    let lastColumn = -1;
    for (let c = 0; c < row.length; c++) {
      const cell = row[c] ?? null;
      if (cellText(cell).trim() !== "") lastColumn = c;
      const key = columnKeyOf(cell, spec);
      if (key !== null && columns[key] === undefined) {
        columns[key] = c;
        known++;
      }
    }
    if (known >= 2) return { headerRow: r + 1, columns, lastColumn };
  }
  return null;
}
