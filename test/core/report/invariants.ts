/** Checks every generated tab must pass, whatever its content. */
import { expect } from "vitest";
import { type Area, GENERATED_MARK, type OutCell, type OutputSheet } from "../../../src/core/types.js";

function inside(area: Area, sheet: OutputSheet): boolean {
  const width = sheet.rows[0]?.length ?? 0;
  return (
    area.row >= 0 &&
    area.col >= 0 &&
    area.rows >= 1 &&
    area.cols >= 1 &&
    area.row + area.rows <= sheet.rows.length &&
    area.col + area.cols <= width
  );
}

/** A1 carries the mark, the grid is a rectangle, every area lies inside it. */
export function expectWellFormed(sheet: OutputSheet): void {
  expect(String(sheet.rows[0]?.[0])).toMatch(new RegExp(`^${GENERATED_MARK}`));
  const width = sheet.rows[0]?.length ?? 0;
  for (const row of sheet.rows) expect(row.length).toBe(width);
  expect(sheet.columnWidths.length).toBe(width);
  for (const s of sheet.styles) expect(inside(s, sheet), `${sheet.name} style ${JSON.stringify(s)}`).toBe(true);
  for (const f of sheet.filters) expect(inside(f, sheet), `${sheet.name} filter ${JSON.stringify(f)}`).toBe(true);
  for (const c of sheet.charts) {
    expect(inside(c.data, sheet), `${sheet.name} chart ${c.title}`).toBe(true);
    expect(c.anchor.row).toBeLessThan(sheet.rows.length);
  }
  expect(sheet.frozenRows).toBeLessThanOrEqual(sheet.rows.length);
}

/** Every cell of a tab, flattened. */
export function allCells(sheet: OutputSheet): OutCell[] {
  return sheet.rows.flat();
}

/** The 0-based row whose first cell is `label`. */
export function rowOf(sheet: OutputSheet, label: string, from = 0): number {
  const i = sheet.rows.findIndex((r, idx) => idx >= from && r[0] === label);
  if (i < 0) throw new Error(`No row labelled ${label} in ${sheet.name}`);
  return i;
}

/** The styles that cover one cell. */
export function stylesAt(sheet: OutputSheet, row: number, col: number): string[] {
  return sheet.styles
    .filter((s) => row >= s.row && row < s.row + s.rows && col >= s.col && col < s.col + s.cols)
    .map((s) => s.style);
}
