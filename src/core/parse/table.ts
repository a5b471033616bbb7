/** Reading a table tab into raw typed rows, with every problem located to its cell. */
import { a1 } from "../cells/a1.js";
import { isBlank } from "../cells/outcome.js";
import type { CellValue } from "../cells/read.js";
import type { TabSpec } from "../template/columns.js";
import type { Cell, IssueDraft, Sheet, TabLayout } from "../types.js";
import { placeColumn, readField } from "./field.js";
import { findHeader } from "./header.js";

/** One readable row: its 1-based sheet row and column key → value (null when empty). */
export interface RawRow {
  readonly row: number;
  readonly values: Readonly<Record<string, CellValue | null>>;
}

/** A table tab read: layout, usable rows, rows left out, issues. */
export interface TableRead {
  readonly layout: TabLayout;
  /** Rows whose required fields are all readable; others only yield issues. */
  readonly rows: readonly RawRow[];
  /** Non-empty rows left out because a required value is missing or invalid (what could be read). */
  readonly skipped: readonly RawRow[];
  readonly issues: readonly IssueDraft[];
}

const isEmptyCell = (c: Cell | undefined) => c === null || c === undefined || (typeof c === "string" && isBlank(c));

/**
 * Reads a table tab: header row, then every non-empty row below it. When a required column is
 * absent, COLUMN_MISSING is reported once per column and no row is read (a flood of
 * VALUE_REQUIRED would hide the one real problem).
 */
export function readTable(sheet: Sheet, spec: TabSpec): TableRead {
  const header = findHeader(sheet, spec);
  const issues: IssueDraft[] = [];
  const absent = spec.columns.filter((c) => c.required && header?.columns[c.key] === undefined);
  absent.forEach((c, i) => {
    const cell = header ? a1(header.headerRow, header.lastColumn + 1 + i) : null;
    issues.push({ code: "COLUMN_MISSING", sheet: sheet.name, cell, params: { column: c.fr, tab: spec.fr } });
  });
  const layout: TabLayout = { sheet: sheet.name, headerRow: header?.headerRow ?? 0, columns: header?.columns ?? {} };
  if (!header || absent.length > 0) return { layout, rows: [], skipped: [], issues };
  const present = spec.columns.flatMap((c) => {
    const index = header.columns[c.key];
    return index === undefined ? [] : [placeColumn(spec, c, index)];
  });
  // Left to right, so a row's issues read in sheet order.
  present.sort((a, b) => a.index - b.index);
  const rows: RawRow[] = [];
  const skipped: RawRow[] = [];
  for (let r = header.headerRow; r < sheet.rows.length; r++) {
    const cells = sheet.rows[r] ?? [];
    if (present.every((p) => isEmptyCell(cells[p.index]))) continue;
    const values: Record<string, CellValue | null> = {};
    let usable = true;
    for (const p of present) {
      const read = readField(cells[p.index] ?? null, r + 1, sheet.name, p);
      if (read.issue) issues.push(read.issue);
      if (read.missing && p.spec.required) usable = false;
      values[p.spec.key] = read.value;
    }
    (usable ? rows : skipped).push({ row: r + 1, values });
  }
  return { layout, rows, skipped, issues };
}
