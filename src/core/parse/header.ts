/** Finding a table tab's header row and where each known column sits. */
import { normalizeLabel } from "../cells/normalize.js";
import { cellText } from "../cells/text.js";
import type { ColumnKey, TabKey, TemplateTab } from "../template/columns.js";
import type { Cell, Sheet } from "../types.js";

/** How many rows from the top may hold the header (rows above it are a title). */
export const HEADER_SEARCH_ROWS = 10;

/** Where a table tab's header row and columns are. `C` the tab's column keys. */
export interface HeaderFound<C extends string = string> {
  /** 1-based sheet row. */
  readonly headerRow: number;
  /** Column key → 0-based column index (the first occurrence wins). */
  readonly columns: Readonly<Partial<Record<C, number>>>;
  /** 0-based index of the last non-empty header cell. */
  readonly lastColumn: number;
}

const LABELS = new WeakMap<TemplateTab, ReadonlyMap<string, string>>();

/** normalized label (French, English, aliases) → column key, built once per tab. */
function labels<K extends TabKey>(spec: TemplateTab<K>): ReadonlyMap<string, ColumnKey<K>> {
  // The map of a tab holds that tab's keys only: it was built from its columns below.
  let map = LABELS.get(spec) as ReadonlyMap<string, ColumnKey<K>> | undefined;
  if (!map) {
    const built = new Map<string, ColumnKey<K>>();
    for (const c of spec.columns) {
      for (const label of [c.fr, c.en, ...(c.aliases ?? [])]) {
        const k = normalizeLabel(label);
        if (!built.has(k)) built.set(k, c.key);
      }
    }
    map = built;
    LABELS.set(spec, map);
  }
  return map;
}

/**
 * The column key a header cell names, or null. A trailing unit in brackets is tolerated:
 * `Prévu initial (€)` names `initial`.
 * @example columnKeyOf("Fin prévue *", tabSpec("calendrier")) // "baselineFinish"
 */
export function columnKeyOf<K extends TabKey>(cell: Cell, spec: TemplateTab<K>): ColumnKey<K> | null {
  const text = normalizeLabel(cellText(cell));
  if (text === "") return null;
  const map = labels(spec);
  return map.get(text) ?? map.get(normalizeLabel(text.replace(/\s*\([^()]*\)$/, ""))) ?? null;
}

/**
 * The header row: the first row among the first {@link HEADER_SEARCH_ROWS} with at least two
 * known headers of the tab; null when there is none.
 */
export function findHeader<K extends TabKey>(sheet: Sheet, spec: TemplateTab<K>): HeaderFound<ColumnKey<K>> | null {
  const limit = Math.min(sheet.rows.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const row = sheet.rows[r] ?? [];
    const columns: Partial<Record<ColumnKey<K>, number>> = {};
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
